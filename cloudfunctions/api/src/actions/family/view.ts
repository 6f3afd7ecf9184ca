import type * as z from '../../../../../src/shared/zod'
import type { FamilyLinkView } from '../../../../../src/shared/contracts'
import type { FamilyLinkDoc } from '../../repos/familyLinks'

/**
 * The link as `viewer` sees it. The confirm code goes only to the requester, and only while it is usable.
 * `names`: nicknames of requesters, for members' view of the counterpart (else a neutral label).
 */
export function linkView(link: FamilyLinkDoc, viewer: string, names: ReadonlyMap<string, string> = new Map()): z.infer<typeof FamilyLinkView> {
  const iAm = link.requesterOpenid === viewer ? 'requester' : link.memberOpenid === viewer ? 'member' : 'coordinator'
  return {
    id: link._id,
    relation: link.relation,
    memberName: link.memberName,
    status: link.status,
    confirmCode: iAm === 'requester' && link.status === 'pending_member' ? link.confirmCode : null,
    iAm,
    counterpart: counterpartOf(link, iAm, names)
  }
}

function counterpartOf(link: FamilyLinkDoc, iAm: 'requester' | 'member' | 'coordinator', names: ReadonlyMap<string, string>) {
  if (link.status !== 'active' || !link.memberOpenid || iAm === 'coordinator') return null
  if (iAm === 'requester') return { userId: link.memberOpenid, name: link.memberName }
  return { userId: link.requesterOpenid, name: names.get(link.requesterOpenid) ?? '家人' }
}
