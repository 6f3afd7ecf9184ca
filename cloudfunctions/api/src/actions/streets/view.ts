import type { StreetView } from '../../../../../src/shared/contracts'
import type { CommunityDoc } from '../../repos/communities'
import type { StreetDoc } from '../../repos/streets'
import { communityView } from '../communities/view'

export function streetView(s: StreetDoc, communities: CommunityDoc[], admins: StreetView['admins'] = []): StreetView {
  return {
    id: s._id,
    name: s.name,
    escalationMinutes: s.escalationMinutes,
    communities: communities.map((c) => ({ ...communityView(c), population: c.population ?? null })),
    admins
  }
}
