// streets.communities — the 街道工作台: each community of the street with its health (people, open orders, those
// past the community's SLA, those escalated on to the street, coordinators), so the street admin sees where help
// is short. A street admin reads their own street; a platform admin names one (lib/targetStreet.ts). The people
// figures are the community's 工作台 (communityDashboard), never recomputed another way.
// Round trips: the street (1), its communities (1), the street's escalated orders (1), then per community, in
// parallel, its dashboard reads (3), an open-order count (1) and its coordinators (1).
import { formatShanghai } from '../../../../../src/shared/time'
import { targetStreet } from '../../lib/targetStreet'
import { communitiesOfStreet } from '../../repos/communities'
import { coordinatorsOf } from '../../repos/coordinators'
import { countOpen, streetEscalatedOpen } from '../../repos/streetOrders'
import { defineAction } from '../define'
import { communityDashboard } from '../stats/communityDashboard'

export const communities = defineAction({
  action: 'streets.communities',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(input, ctx) {
    const street = await targetStreet(ctx, input.streetId)
    const [list, escalated] = await Promise.all([communitiesOfStreet(street._id), streetEscalatedOpen(street._id)])
    const year = Number(formatShanghai(ctx.now, 'YYYY'))
    const rows = await Promise.all(
      list.map(async (c) => {
        const [d, openOrders, coordinators] = await Promise.all([communityDashboard(c, year, ctx.now), countOpen(c._id), coordinatorsOf(c._id)])
        return {
          communityId: c._id,
          name: c.name,
          code: c.code,
          population: d.volunteers.population,
          residents: d.volunteers.residents,
          registered: d.volunteers.registered,
          activeVolunteers: d.participation.active,
          coordinators: coordinators.length,
          openOrders,
          escalatedOrders: d.openEscalations,
          // Only those still waiting (pending or dispatched): the board's list, per community.
          streetEscalatedOrders: escalated.filter((o) => o.communityId === c._id && o.status === 'pending').length
        }
      })
    )
    return { streetId: street._id, streetName: street.name, escalationMinutes: street.escalationMinutes, communities: rows }
  }
})
