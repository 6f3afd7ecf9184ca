// The crash suite's community, written through the genuine SDK on the local cloud BEFORE the gateway starts (the
// same builders as the other integration tests), and the test's view of it between bursts.
import { startTestCloud } from '../fixtures/localCloud'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress } from '../fixtures/orders'
import type { Snapshot } from './storeView'

export const COMMUNITY = 'crash-c1'
export const COORDINATOR = 'crash-coord'
export const RESIDENTS = Array.from({ length: 8 }, (_, i) => `crash-res-${i}`)
export const VOLUNTEERS = Array.from({ length: 6 }, (_, i) => `crash-vol-${i}`)
/** Each resident's opening balance, granted by the coordinator through the api once the gateway runs. */
export const OPENING_MINUTES = 600

export interface OrderState {
  id: string
  owner: string
  funding: string
  status: string
  volunteer: string | null
  code: string
  /** When it was checked in (the gateway's clock, ms), null before: a check-out waits a served minute (burst.ts). */
  inServiceSince: number | null
  busy: boolean
}
export interface World {
  addresses: Record<string, string>
  orders: Map<string, OrderState>
}

/**
 * A fresh data folder with one community whose rules keep the background timers out of the way of the checks
 * (no SLA escalation, no auto-confirm within a run) and let every minute served count (rounding to 1 minute),
 * eight residents with an address each and six approved volunteers. Returns the folder and the addresses.
 * The in-process store is closed afterwards: from then on only the gateway child opens it.
 */
export async function seedWorld(): Promise<{ dataDir: string; addresses: Record<string, string> }> {
  const tc = startTestCloud({ manifest: true })
  await aCommunity(tc.db, COMMUNITY, 'CRASH1', '崩溃测试社区')
  await tc.db
    .collection('communities')
    .doc(COMMUNITY)
    .update({
      data: {
        timebankRules: { transferTo: 'anyone', dailyTransferCapMinutes: 10_000_000 },
        orderRules: { slaMinutes: 10_000_000, urgentSlaMinutes: 10_000_000, autoConfirmHours: 24 * 3650, rounding: { unit: 1, mode: 'floor' } }
      }
    })
  await aUser(tc.db, COORDINATOR, COMMUNITY, ['resident', 'coordinator'])
  const addresses: Record<string, string> = {}
  for (const r of RESIDENTS) {
    await aUser(tc.db, r, COMMUNITY)
    addresses[r] = await anAddress(tc.db, r)
  }
  for (const v of VOLUNTEERS) await aVolunteer(tc.db, v, COMMUNITY)
  tc.close()
  return { dataDir: tc.dataDir, addresses }
}

/** The orders as stored (the truth after a crash: unacknowledged writes may or may not have landed). */
export function ordersFrom(s: Snapshot): Map<string, OrderState> {
  const out = new Map<string, OrderState>()
  for (const o of s.orders.values())
    out.set(o._id, {
      id: o._id,
      owner: o.createdBy,
      funding: o.funding,
      status: o.status,
      volunteer: o.volunteerOpenid,
      code: o.checkInCode,
      inServiceSince: o.checkInAt ? new Date(o.checkInAt).getTime() : null,
      busy: false
    })
  return out
}
