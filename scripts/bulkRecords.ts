// Writes `n` finished orders and their service records straight into a local store (no SDK, one SQLite
// transaction per 5 000): raw data for scale checks of the 工作台 (tests/integration/dashboard.scale.test.ts,
// scripts/dashboardScale.ts). Half the documents are orders, half records, spread over the current year.
import type { Store } from '../localcloud/src/store/Store'
import { shanghaiYear } from '../src/shared/domain/points'
import { shanghaiDay } from '../src/shared/time'

const CATEGORIES = ['elder_visit', 'shopping', 'repair', 'companionship']

export function bulkRecords(store: Store, communityId: string, n: number, now = new Date()): void {
  const base = store.all('orders').size
  // The China-time year the 工作台 shows by default: in UTC, 1 Jan 00:10 Shanghai is still the old year.
  const year = shanghaiYear(now)
  const yearStart = Date.UTC(year, 0, 1) - 8 * 3600000
  const span = Math.max(1, now.getTime() - yearStart - 86400000)
  for (let done = 0; done < n; done += 5000) {
    const changes = []
    for (let i = done; i < Math.min(n, done + 5000); i += 2) {
      const k = base + i
      const at = new Date(yearStart + ((k * 7919) % span))
      const accepted = new Date(at.getTime() + ((k % 40) + 1) * 60000)
      const finished = new Date(accepted.getTime() + 3 * 3600000)
      const category = CATEGORIES[k % CATEGORIES.length]
      const volunteer = `bulk-vol-${k % 500}`
      const events = [
        { kind: 'create', at, from: null, to: 'pending' },
        { kind: 'grab', at: accepted, from: 'pending', to: 'accepted' },
        { kind: 'checkIn', at: new Date(accepted.getTime() + 3600000), from: 'accepted', to: 'in_service' },
        { kind: 'checkOut', at: new Date(finished.getTime() - 60000), from: 'in_service', to: 'awaiting_confirmation' },
        { kind: 'confirm', at: finished, from: 'awaiting_confirmation', to: 'completed' }
      ]
      changes.push({
        coll: 'orders',
        id: `bulk-order-${k}`,
        doc: {
          _id: `bulk-order-${k}`,
          communityId,
          category,
          status: 'completed',
          escalated: false,
          createdAt: at,
          updatedAt: finished,
          volunteerOpenid: volunteer,
          rating: { stars: 3 + (k % 3), tags: [], comment: null, at: finished },
          events,
          settledAt: finished,
          settledMinutes: 120
        }
      })
      changes.push({
        coll: 'service_records',
        id: `order-bulk-order-${k}`,
        doc: {
          _id: `order-bulk-order-${k}`,
          communityId,
          volunteerOpenid: volunteer,
          source: 'order',
          category,
          date: shanghaiDay(at),
          minutes: 120,
          createdAt: finished,
          updatedAt: finished
        }
      })
    }
    store.commit(changes as never)
  }
}
