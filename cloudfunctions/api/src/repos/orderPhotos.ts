// Verdicts for order photos (the only write to `orders` outside repos/orders.ts, and it touches one array
// element's status only). Invariant: a photo's status changes only here, only from WeChat's media-check verdict,
// found by its trace id (index photo_trace on photos.traceId).
import { db } from '../lib/cloud'
import { updatedCount } from '../lib/docs'

/**
 * Sets the status of the photo whose check has this trace id: ONE conditional update, the positional `$` naming
 * the element the query matched. False when no order holds the trace id (unknown or forged) or the status was
 * already this one (a repeated push).
 */
export async function setPhotoVerdict(traceId: string, status: 'pass' | 'risky'): Promise<boolean> {
  const updated = await updatedCount(
    db
      .collection('orders')
      .where({ 'photos.traceId': traceId })
      .update({ data: { 'photos.$.status': status } })
  )
  return updated > 0
}
