// stations.list — a coordinator's (admin's) view of every station of their community, in service or not, with the
// version an edit must name. One indexed read (community_status_created).
import { listStations } from '../../repos/stations'
import { defineAction } from '../define'
import { managedCommunity, stationView } from './view'

export const list = defineAction({
  action: 'stations.list',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = managedCommunity(ctx, input.communityId)
    return { stations: (await listStations(communityId)).map((s) => stationView(s, ctx.now, ctx)) }
  }
})
