// Per-volunteer numbers derived from orders, for the nightly stats job: completed orders (completed or resolved)
// with their ratings, and withdrawals (退单 events, 条例 art 22) wherever the order went afterwards.
import { PAYABLE_STATUSES } from '../../../../src/shared/domain/order'
import { db } from '../lib/cloud'
import { rowsOf } from '../lib/docs'

export interface VolunteerOrderStats {
  openid: string
  completed: number
  withdrawn: number
  ratingSum: number
  ratingCount: number
}

export async function orderStatsByVolunteer(): Promise<VolunteerOrderStats[]> {
  const $ = db.command.aggregate
  const done = await rowsOf<{ _id: string; completed: number; ratingSum: number; ratingCount: number }>(
    db
      .collection('orders')
      .aggregate()
      .match({ status: db.command.in([...PAYABLE_STATUSES]), volunteerOpenid: db.command.neq(null) })
      .group({
        _id: '$volunteerOpenid',
        completed: $.sum(1),
        ratingSum: $.sum($.ifNull(['$rating.stars', 0])),
        ratingCount: $.sum($.cond({ if: $.gt(['$rating.stars', 0]), then: 1, else: 0 }))
      })
      .limit(10000)
      .end()
  )
  const withdrawn = await rowsOf<{ _id: string; withdrawn: number }>(
    db
      .collection('orders')
      .aggregate()
      .match({ 'events.kind': 'withdraw' })
      .unwind('$events')
      .match({ 'events.kind': 'withdraw' })
      .group({ _id: '$events.byOpenid', withdrawn: $.sum(1) })
      .limit(10000)
      .end()
  )
  const by = new Map<string, VolunteerOrderStats>()
  const get = (openid: string) => by.get(openid) ?? by.set(openid, { openid, completed: 0, withdrawn: 0, ratingSum: 0, ratingCount: 0 }).get(openid)!
  for (const d of done) Object.assign(get(d._id), { completed: d.completed, ratingSum: d.ratingSum, ratingCount: d.ratingCount })
  for (const w of withdrawn) get(w._id).withdrawn = w.withdrawn
  return [...by.values()]
}
