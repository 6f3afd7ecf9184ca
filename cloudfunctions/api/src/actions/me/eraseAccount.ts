// Executing one due account deletion (注销), for the `cron` job eraseAccounts. Order of steps, each idempotent so a
// crash mid-way is completed by the next run:
// 1. services in progress (checked in, awaiting confirmation, disputed, or finished but not yet paid) are waited
//    for — erasing the resident or volunteer of a live service would break its settlement; the job retries later;
// 2. open orders the person asked for are cancelled (the state machine's `cancel` as their owner, releasing the
//    held hours in the same transaction); orders they were dispatched to are declined and accepted ones withdrawn
//    (back to the pool) — commitMove, the same path as the actions;
// 3. the spendable balance goes where they chose, by ONE ledger posting `erase:<openid>` (replay-safe, balanced):
//    the community pool, or the family member (whose storage cap still applies; the excess goes to their
//    community's donation pool); a family link no longer active at that time falls back to the pool;
// 4. personal values are erased everywhere (repos/erasure.ts), their files deleted, registration and user last.
import type { Disposal } from '../../../../../src/shared/contracts'
import { accountId, availableOf, splitByCap, type Entry } from '../../../../../src/shared/domain/ledger'
import { ERASED } from '../../../../../src/shared/domain/myData'
import { BEFORE_SERVICE_STATUSES, canMove } from '../../../../../src/shared/domain/order'
import { cloud } from '../../lib/cloud'
import { recordAuditOnce } from '../../repos/audit'
import { findCaller } from '../../repos/caller'
import { beginErasing, markErased, type DeletionDoc } from '../../repos/deletions'
import {
  eraseAudit,
  eraseIdentity,
  eraseLedgerMemos,
  eraseOrders,
  eraseRecords,
  eraseReports,
  leaveTeams,
  personalValues,
  removeAddressesAndLinks,
  unfinishedOrdersOf
} from '../../repos/erasure'
import { linksOfMember, linksOfRequester } from '../../repos/familyLinks'
import { post, releaseHoldIn } from '../../repos/ledger'
import type { OrderDoc } from '../../repos/orderTypes'
import type { Tx } from '../../repos/transaction'
import type { ActionContext } from '../define'
import { holdKeyOf } from '../orders/funding'
import { commitMove } from '../orders/move'
import { rulesOf } from '../timebank/view'

/** The erased person as an actor on their orders' timelines: no name (the placeholders are what events keep). */
const actorCtx = (openid: string, now: Date): ActionContext => ({
  openid,
  requestId: `erase-${openid}`,
  now,
  community: null,
  account: null,
  addresses: null,
  order: null,
  assignee: null,
  user: { nickname: ERASED.name } as ActionContext['user'],
  volunteer: { realName: ERASED.volunteerName } as ActionContext['volunteer']
})

export async function eraseAccount(d: DeletionDoc, now: Date): Promise<'erased' | 'waiting'> {
  const openid = d._id
  const live = (await unfinishedOrdersOf(openid)) as unknown as OrderDoc[]
  if (live.some((o) => !BEFORE_SERVICE_STATUSES.includes(o.status))) return 'waiting' // in service or owed pay: wait
  if (!(await beginErasing(openid, now))) return 'waiting' // cancelled meanwhile
  const ctx = actorCtx(openid, now)
  for (const o of live) await closeOrder(o, ctx).catch(() => undefined) // a lost race: the next run sees it again
  await disposeBalance(openid, d.disposal, d.toOpenid, d.communityId, now)
  const v = await personalValues(openid)
  const files = [...v.files]
  await eraseOrders(openid, v.secrets, files)
  await eraseRecords(openid, v.secrets)
  await eraseReports(openid, v.secrets, files)
  await eraseAudit(openid, v)
  await eraseLedgerMemos(openid, v.secrets)
  await leaveTeams(openid, now)
  if (files.length) await cloud.deleteFile({ fileList: [...new Set(files)] })
  await removeAddressesAndLinks(openid, v.linkIds)
  await eraseIdentity(openid, v.volunteerId, now)
  await recordAuditOnce(
    `erase-${openid}`,
    {
      actorOpenid: 'system',
      action: 'me.erase',
      targetType: 'user',
      targetId: openid,
      requestId: `erase-${openid}`,
      after: { disposal: d.disposal, requestedAt: d.requestedAt }
    },
    now
  )
  await markErased(openid, now)
  return 'erased'
}

async function closeOrder(o: OrderDoc, ctx: ActionContext): Promise<void> {
  const reason = '账号注销，订单自动取消'
  if (o.ownerOpenids.includes(ctx.openid) && canMove('cancel', o.status, 'owner')) {
    const release = o.funding === 'own_hours' ? (t: Tx) => releaseHoldIn(t, accountId.member(o.createdBy), holdKeyOf(o._id), ctx.now) : undefined
    await commitMove(o, 'cancel', 'owner', ctx, { cancelReason: reason }, reason, {}, release)
  } else if (o.volunteerOpenid === ctx.openid) {
    // The volunteer lets go the way the table allows from here: declines a dispatch, withdraws an acceptance.
    const move = (['decline', 'withdraw'] as const).find((m) => canMove(m, o.status, 'assignee'))
    if (!move) return
    const patch = {
      volunteerOpenid: null,
      volunteerId: null,
      volunteerName: null,
      volunteerNo: null,
      acceptedAt: null,
      declinedBy: [...o.declinedBy, ctx.openid]
    }
    await commitMove(o, move, 'assignee', ctx, patch, '志愿者账号注销，订单退回待派单', { volunteerOpenid: ctx.openid })
  }
}

/** The balance less held minutes, as one posting; nothing when it is zero (or already moved: a replay). */
async function disposeBalance(openid: string, disposal: Disposal, toOpenid: string | null, communityId: string | null, now: Date): Promise<void> {
  const from = accountId.member(openid)
  const to = disposal === 'transfer_family' && toOpenid && (await stillFamily(openid, toOpenid)) ? await findCaller(toOpenid) : null
  const community = communityId ?? to?.user?.communityId ?? null
  if (!community) return // never in a community: never held hours
  const id = `erase:${openid}`
  const build = (accounts: ReadonlyMap<string, { balance: number; holds: Record<string, number> }>) => {
    const minutes = availableOf(accounts.get(from)! as never)
    if (minutes <= 0) return null
    const entries: Entry[] = [{ account: from, minutes: -minutes }]
    if (to?.user) {
      const toAccount = accountId.member(to.user._id)
      const { kept, overflow } = splitByCap(accounts.get(toAccount)!.balance, minutes, rulesOf(to.community).storageCapMinutes)
      if (kept > 0) entries.push({ account: toAccount, minutes: kept })
      if (overflow > 0) entries.push({ account: accountId.donation(to.community?._id ?? community), minutes: overflow })
      return { id, kind: 'transfer' as const, entries, memo: '注销账号：余额转给家人', reverses: null }
    }
    entries.push({ account: accountId.pool(community), minutes })
    return { id, kind: 'donate' as const, entries, memo: '注销账号：余额捐赠给社区', reverses: null }
  }
  const reads = to?.user ? [from, accountId.member(to.user._id)] : [from]
  await post(
    { id, reads, build },
    { now, communityId: community, actorOpenid: openid, memberCommunity: to?.user ? { [accountId.member(to.user._id)]: to.user.communityId } : {} }
  )
}

async function stillFamily(a: string, b: string): Promise<boolean> {
  const [asRequester, asMember] = await Promise.all([linksOfRequester(a), linksOfMember(a)])
  return asRequester.some((l) => l.status === 'active' && l.memberOpenid === b) || asMember.some((l) => l.status === 'active' && l.requesterOpenid === b)
}
