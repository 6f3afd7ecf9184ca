// Rate-limit counters: one document per (community, action, window), `_id` = `<communityId>:<action>:<windowStart ms>`,
// holding `total` (the community's attempts), `by.<openid>` (each person's) and `seen.<request key>` (the attempts
// already counted, so a replayed request is not counted twice). Personal data: the openid keys only (request keys
// are hashes). Invariant: a count never exceeds its cap — every increment is one conditional update whose filter
// holds both caps, so concurrent attempts cannot overshoot.
// Round trips: one conditional update in the steady state; a window's first attempt adds the insert; a refusal or
// a replay adds the insert that fails and a read.
import { db, _ } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf, updatedCount, removedCount } from '../lib/docs'

export interface RateWindowDoc {
  _id: string
  communityId: string
  action: string
  windowStart: Date
  windowEnd: Date
  total: number
  by: Record<string, number>
  seen: Record<string, true>
}

export interface RateTake {
  window: Omit<RateWindowDoc, 'total' | 'by' | 'seen'>
  openid: string
  /** Names this request (a hash of openid + requestId): a field name, so only [0-9a-f]. */
  requestKey: string
  perUser: number
  perCommunity: number
}

/** `ok` — counted now or counted before (a replay); otherwise which cap is full. */
export type TakeOutcome = 'ok' | 'user_full' | 'community_full'

const windows = () => db.collection('rate_limits')

export async function takeSlot(t: RateTake): Promise<TakeOutcome> {
  const { window: w, openid, requestKey } = t
  const increment = async () => {
    const updated = await updatedCount(
      windows()
        .where({ _id: w._id, total: _.lt(t.perCommunity), [`by.${openid}`]: _.exists(false).or(_.lt(t.perUser)), [`seen.${requestKey}`]: _.exists(false) })
        .update({ data: { total: _.inc(1), [`by.${openid}`]: _.inc(1), [`seen.${requestKey}`]: true } })
    )
    return updated === 1
  }
  // Two passes at most. A miss is most often the window's first attempt: open it at once (2 round trips). Only
  // when it exists does a read say why — full (a refusal), or this request counted already (a replay).
  for (let pass = 0; pass < 2; pass++) {
    if (await increment()) return 'ok'
    try {
      await windows().add({ data: { ...w, total: 1, by: { [openid]: 1 }, seen: { [requestKey]: true } } })
      return 'ok'
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    const doc = docsOf<RateWindowDoc>(await windows().where({ _id: w._id }).limit(1).get())[0]
    if (!doc) continue // swept away in between: open it again
    if (doc.seen?.[requestKey]) return 'ok'
    if (doc.total >= t.perCommunity) return 'community_full'
    if ((doc.by?.[openid] ?? 0) >= t.perUser) return 'user_full'
    // room after all (opened by someone else since our update, or the caps changed): try again
  }
  return (await increment()) ? 'ok' : 'community_full'
}

/** Windows that ended before `before` (the nightly clean-up): they can no longer refuse anything. */
export async function removeEndedWindows(before: Date): Promise<number> {
  return removedCount(
    windows()
      .where({ windowEnd: _.lt(before) })
      .remove()
  )
}
