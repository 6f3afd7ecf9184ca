// Raw documents folded into rollup counters, the one way the nightly rebuild (page by page), the bench seed and the
// scale script all do it. A volunteer counts as a participant once per community-month and community-year,
// whichever of their records comes first.
import { mergeBumps, type Bumps } from './bumps'
import { orderReplayBumps, type OrderFacts } from './orderBumps'
import { countsAsService, recordBumps, reportFiledBumps, reportMoveBumps, seenKeys, type RecordFacts, type ReportEventFacts } from './otherBumps'

export function rollupFold(communityId: string) {
  const bumps: Bumps = {}
  const seen = new Set<string>()
  return {
    bumps,
    order(o: OrderFacts): void {
      mergeBumps(bumps, orderReplayBumps(o))
    },
    record(r: RecordFacts & { volunteerOpenid: string }): void {
      if (!countsAsService(r)) return
      const k = seenKeys(communityId, r.date)
      const month = `${r.volunteerOpenid}|${k.month}`
      const year = `${r.volunteerOpenid}|${k.year}`
      const first = { month: !seen.has(month), year: !seen.has(year) }
      seen.add(month).add(year)
      mergeBumps(bumps, recordBumps(r, r.minutes, first))
    },
    report(r: { createdAt: Date; events: readonly ReportEventFacts[] }): void {
      mergeBumps(bumps, reportFiledBumps(r.createdAt))
      for (const e of r.events) mergeBumps(bumps, reportMoveBumps(e))
    }
  }
}
