// beneficiaries.list — the community's register for its coordinators (an admin may name any community): one page,
// newest first, active or archived. Another community's coordinator is refused (FORBIDDEN). One indexed read
// (community_status_created), one more document than the page to tell whether more follow.
import { listBeneficiaries } from '../../repos/beneficiaries'
import { defineAction } from '../define'
import { managedCommunity } from '../stations/view'
import { beneficiaryView } from './view'

export const list = defineAction({
  action: 'beneficiaries.list',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = managedCommunity(ctx, input.communityId)
    const docs = await listBeneficiaries(communityId, input.status, input.offset, input.limit + 1)
    return { items: docs.slice(0, input.limit).map(beneficiaryView), hasMore: docs.length > input.limit }
  }
})
