// Dispatch candidates in ONE round trip: eligible volunteers of the community nearest the order ($geoNear on
// volunteers.serviceLocation with the eligibility filter), each joined with their open orders (load) and their
// user document (so someone who has since moved community is left out).
import { db, _ } from '../lib/cloud'
import type { VolunteerDoc } from './volunteers'

export type CandidateDoc = VolunteerDoc & { distanceMeters: number; openOrders: Array<{ _id: string }>; _user: Array<{ communityId: string | null }> }

const OPEN = ['dispatched', 'accepted', 'in_service']

export async function nearestCandidates(near: unknown, filter: Record<string, unknown>, limit: number): Promise<CandidateDoc[]> {
  // pipeline() and expr() exist at run time in wx-server-sdk 4 (@cloudbase/database) but not in its typings.
  const $ = db.command.aggregate as any
  const cmd = _ as any
  const res = (await db.collection('volunteers').aggregate()
    .geoNear({ near, key: 'serviceLocation', spherical: true, distanceField: 'distanceMeters', query: filter })
    .limit(limit)
    .lookup({
      from: 'orders',
      let: { who: '$openid' },
      pipeline: $.pipeline().match(cmd.expr($.and([$.eq(['$volunteerOpenid', '$$who']), $.in(['$status', OPEN])]))).project({ _id: 1 }).done(),
      as: 'openOrders'
    })
    .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: '_user' })
    .end()) as { list: CandidateDoc[] }
  return res.list.filter((c) => c._user[0]?.communityId === c.communityId)
}
