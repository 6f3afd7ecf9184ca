// What the 注销账号 page shows: the request (if any), the spendable balance the disposal would move, and the family
// members the balance may go to (active links with a member who uses WeChat, either direction — the same people
// timebank.transfer accepts). Shared by me.deletionStatus, me.requestDeletion and me.cancelDeletion.
import { FAMILY_RELATION_LABELS, type DeletionView } from '../../../../../src/shared/contracts'
import { availableOf } from '../../../../../src/shared/domain/ledger'
import { DELETION_COOLING_OFF_DAYS } from '../../../../../src/shared/domain/myData'
import { toUtcIso } from '../../../../../src/shared/time'
import type { DeletionDoc } from '../../repos/deletions'
import { linksOfMember, linksOfRequester } from '../../repos/familyLinks'
import { nicknamesOf } from '../../repos/users'
import type { ActionContext } from '../define'

export type FamilyMember = DeletionView['familyMembers'][number]

/** Round trips: 2 (both link directions at once), +1 when someone links to the caller (their nicknames). */
export async function familyMembersOf(openid: string): Promise<FamilyMember[]> {
  const [asRequester, asMember] = await Promise.all([linksOfRequester(openid), linksOfMember(openid)])
  const mine = asRequester
    .filter((l) => l.status === 'active' && l.memberOpenid)
    .map((l) => ({ userId: l.memberOpenid!, name: l.memberName, relation: FAMILY_RELATION_LABELS[l.relation] }))
  const theirs = asMember.filter((l) => l.status === 'active' && l.requesterOpenid !== openid)
  const names = theirs.length ? await nicknamesOf(theirs.map((l) => l.requesterOpenid)) : new Map<string, string>()
  const all = [...mine, ...theirs.map((l) => ({ userId: l.requesterOpenid, name: names.get(l.requesterOpenid) ?? '家人', relation: '代办我的家人' }))]
  return all.filter((m, i) => all.findIndex((x) => x.userId === m.userId) === i)
}

export function deletionView(d: DeletionDoc | null, ctx: ActionContext, family: FamilyMember[]): DeletionView {
  const live = d && d.status !== 'cancelled' ? d : null
  return {
    status: !live ? 'none' : live.status === 'erased' ? 'erased' : 'pending',
    requestedAt: live ? toUtcIso(live.requestedAt) : null,
    dueAt: live ? toUtcIso(live.dueAt) : null,
    disposal: live?.disposal ?? null,
    toName: live?.toOpenid ? (family.find((m) => m.userId === live.toOpenid)?.name ?? '家人') : null,
    coolingOffDays: DELETION_COOLING_OFF_DAYS,
    balanceMinutes: ctx.account ? Math.max(0, availableOf(ctx.account)) : 0,
    familyMembers: family
  }
}
