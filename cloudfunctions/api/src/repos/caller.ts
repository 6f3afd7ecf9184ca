// Who is calling, in ONE round trip: the user document with their community and their volunteer record joined
// in ($lookup on _id and on the unique `openid`). Almost every action needs some of the three (scope, order
// rules and catalogue, eligibility), and CloudBase charges every round trip, so the router reads them together.
import type { AddressDoc } from './addresses'
import type { AccountDoc } from './ledgerDocs'
import type { UserDoc } from './users'
import type { CommunityDoc } from './communities'
import type { OrderDoc } from './orderTypes'
import type { VolunteerDoc } from './volunteers'
import { db } from '../lib/cloud'
import { aggregateOps } from '../lib/aggregate'
import { rowsOf } from '../lib/docs'

export interface CallerDocs {
  user: UserDoc | null
  /** The user's current community (null when they have none). */
  community: CommunityDoc | null
  /** Their volunteer record, whatever its status or community (callers check both). */
  volunteer: VolunteerDoc | null
  /** Only when the action asked for it (`needs`): the caller's time-bank account, null if never opened. */
  account: AccountDoc | null
  /** Only when the action asked for it: the caller's address book (at most 10). */
  addresses: AddressDoc[] | null
  /** Only when the action asked for it: the order the input names (null if there is none by that id). */
  order: OrderDoc | null
  /** Only when the action asked for it: the volunteer record the input names (input.volunteerId; dispatch). */
  assignee: VolunteerDoc | null
}

/** Extra caller documents an action may ask the router for, joined into the same single read. */
export type CallerNeed = 'account' | 'addresses' | 'order' | 'assignee'

type Row = UserDoc & {
  _community: CommunityDoc[]
  _volunteer: VolunteerDoc[]
  _account?: AccountDoc[]
  _addresses?: AddressDoc[]
  _order?: OrderDoc[]
  _assignee?: VolunteerDoc[]
}

/** `orderId`: with need 'order', the order the action is about, joined by _id (saves the action its own read);
 * `volunteerId`: with need 'assignee', the volunteer record it names, likewise. */
export async function findCaller(
  openid: string,
  needs: readonly CallerNeed[] = [],
  target: { orderId?: string; volunteerId?: string } = {}
): Promise<CallerDocs> {
  let q = db
    .collection('users')
    .aggregate()
    .match({ _id: openid })
    .limit(1)
    .lookup({ from: 'communities', localField: 'communityId', foreignField: '_id', as: '_community' })
    .lookup({ from: 'volunteers', localField: '_id', foreignField: 'openid', as: '_volunteer' })
  if (needs.includes('account')) q = q.lookup({ from: 'ledger_accounts', localField: '_id', foreignField: 'ownerOpenid', as: '_account' })
  if (needs.includes('addresses')) q = q.lookup({ from: 'addresses', localField: '_id', foreignField: 'ownerOpenid', as: '_addresses' })
  const $ = aggregateOps
  if (needs.includes('order') && target.orderId)
    q = q.lookup({ from: 'orders', pipeline: $.pipeline().match({ _id: target.orderId }).limit(1).done(), as: '_order' })
  if (needs.includes('assignee') && target.volunteerId)
    q = q.lookup({ from: 'volunteers', pipeline: $.pipeline().match({ _id: target.volunteerId }).limit(1).done(), as: '_assignee' })
  const row = (await rowsOf<Row>(q.end()))[0]
  if (!row)
    return { user: null, community: null, volunteer: null, account: null, addresses: needs.includes('addresses') ? [] : null, order: null, assignee: null }
  const { _community, _volunteer, _account, _addresses, _order, _assignee, ...user } = row
  return {
    user,
    community: (user.communityId && _community[0]) || null,
    volunteer: _volunteer[0] ?? null,
    account: _account?.[0] ?? null,
    addresses: _addresses ?? null,
    order: _order?.[0] ?? null,
    assignee: _assignee?.[0] ?? null
  }
}
