// Who is calling, in ONE round trip: the user document with their community and their volunteer record joined
// in ($lookup on _id and on the unique `openid`). Almost every action needs some of the three (scope, order
// rules and catalogue, eligibility), and CloudBase charges every round trip, so the router reads them together.
import type { UserDoc } from './users'
import type { CommunityDoc } from './communities'
import type { VolunteerDoc } from './volunteers'
import { db } from '../lib/cloud'

export interface CallerDocs {
  user: UserDoc | null
  /** The user's current community (null when they have none). */
  community: CommunityDoc | null
  /** Their volunteer record, whatever its status or community (callers check both). */
  volunteer: VolunteerDoc | null
}

type Row = UserDoc & { _community: CommunityDoc[]; _volunteer: VolunteerDoc[] }

export async function findCaller(openid: string): Promise<CallerDocs> {
  const res = (await db.collection('users').aggregate()
    .match({ _id: openid })
    .limit(1)
    .lookup({ from: 'communities', localField: 'communityId', foreignField: '_id', as: '_community' })
    .lookup({ from: 'volunteers', localField: '_id', foreignField: 'openid', as: '_volunteer' })
    .end()) as { list: Row[] }
  const row = res.list[0]
  if (!row) return { user: null, community: null, volunteer: null }
  const { _community, _volunteer, ...user } = row
  return { user: user as UserDoc, community: (user.communityId && _community[0]) || null, volunteer: _volunteer[0] ?? null }
}
