// 爱心积分 (points): earned per served hour at the community's rate, separate from time-bank hours.
// The record transaction calls earnPointsIn() whenever a service record is added or its minutes change, so points
// move in the same transaction as the record they come from.
import type { Tx } from './transaction'

export interface PointsEarning {
  recordId: string
  volunteerOpenid: string
  communityId: string
  source: 'order' | 'project' | 'honorary'
  /** The record's China-time day, YYYY-MM-DD. */
  date: string
  /** Minutes added to (or, for a correction, removed from) the record. */
  minutesDelta: number
}

/** Not yet implemented: the points helper fills this in (issue 6). Must only use `t` (no queries inside). */
export async function earnPointsIn(_t: Tx, _e: PointsEarning, _now: Date): Promise<void> {
  return
}
