import type * as z from '../../../../../src/shared/zod'
import type { FamilyLinkView } from '../../../../../src/shared/contracts'
import type { FamilyLinkDoc } from '../../repos/familyLinks'

/** The link as `viewer` sees it. The confirm code goes only to the requester, and only while it is usable. */
export function linkView(link: FamilyLinkDoc, viewer: string): z.infer<typeof FamilyLinkView> {
  const iAm = link.requesterOpenid === viewer ? 'requester' : link.memberOpenid === viewer ? 'member' : 'coordinator'
  return {
    id: link._id,
    relation: link.relation,
    memberName: link.memberName,
    status: link.status,
    confirmCode: iAm === 'requester' && link.status === 'pending_member' ? link.confirmCode : null,
    iAm
  }
}
