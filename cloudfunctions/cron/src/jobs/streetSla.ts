// When an order escalated to its community goes up to the street (街道): the street's SLA after the community's
// deadline. The community's own order rule (orderRules.streetEscalationMinutes, communities.updateOrderRules) wins
// when it set one; otherwise the street document's escalationMinutes. Null: the community has no street (or the
// street is gone), so the order never escalates past its community.
import { orderRulesOf } from '../../../../src/shared/domain/order'
import { findCommunity } from '../../../api/src/repos/communities'
import { findStreet } from '../../../api/src/repos/streets'

export interface StreetSla {
  streetId: string
  minutes: number
}

/** One look-up per community per run (and per street): `cache` lives for the run. */
export async function streetSlaOf(communityId: string, cache: Map<string, Promise<StreetSla | null>>): Promise<StreetSla | null> {
  if (!cache.has(communityId)) cache.set(communityId, lookUp(communityId))
  return cache.get(communityId)!
}

async function lookUp(communityId: string): Promise<StreetSla | null> {
  const c = await findCommunity(communityId)
  if (!c?.streetId) return null
  const street = await findStreet(c.streetId)
  if (!street) return null
  const own = c.orderRules?.streetEscalationMinutes !== undefined ? orderRulesOf(c.orderRules).streetEscalationMinutes : null
  return { streetId: street._id, minutes: own ?? street.escalationMinutes }
}
