// Dispatch candidates in ONE round trip: eligible volunteers of the community nearest the order ($geoNear on
// volunteers.serviceLocation with the eligibility filter), each joined with their open orders (load) and their
// user document (so someone who has since moved community is left out).
import { ASSIGNED_OPEN_STATUSES } from '../../../../src/shared/domain/order'
import { db } from '../lib/cloud'
import { aggregateOps, expr } from '../lib/aggregate'
import type { VolunteerDoc } from './volunteers'
import { rowsOf } from '../lib/docs'

export type CandidateDoc = VolunteerDoc & { distanceMeters: number; openOrders: Array<{ _id: string }>; _user: Array<{ communityId: string | null }> }

export async function nearestCandidates(near: unknown, filter: Record<string, unknown>, limit: number): Promise<CandidateDoc[]> {
  const $ = aggregateOps
  const list = await rowsOf<CandidateDoc>(
    db
      .collection('volunteers')
      .aggregate()
      .geoNear({ near, key: 'serviceLocation', spherical: true, distanceField: 'distanceMeters', query: filter })
      .limit(limit)
      .lookup({
        from: 'orders',
        let: { who: '$openid' },
        pipeline: $.pipeline()
          .match(expr($.and([$.eq(['$volunteerOpenid', '$$who']), $.in(['$status', [...ASSIGNED_OPEN_STATUSES]])])))
          .project({ _id: 1 })
          .done(),
        as: 'openOrders'
      })
      .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: '_user' })
      .end()
  )
  return list.filter((c) => c._user[0]?.communityId === c.communityId)
}
