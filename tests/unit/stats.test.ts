// The 工作台's pure parts: response-time buckets and quantiles, bump arithmetic, an order's replay.
import {
  differences,
  flatten,
  mergeBumps,
  orderMoveBumps,
  orderReplayBumps,
  quantileOf,
  recordBumps,
  reportMoveBumps,
  responseBucket,
  type OrderFacts
} from '../../src/shared/domain/stats'

const at = (iso: string) => new Date(iso)

describe('response histogram', () => {
  it('puts a response in the smallest bucket at or above it', () => {
    expect([0, 0.5, 1, 1.01, 7, 30, 31, 10080, 10081].map(responseBucket)).toEqual(['1', '1', '1', '2', '8', '30', '40', '10080', 'over'])
  })
  it('reports the nearest-rank quantile as its bucket bound, and null when empty', () => {
    const hist = { '1': 2, '5': 3, '60': 4, '1440': 1 } // 10 responses
    expect(quantileOf(hist, 0.5)).toBe(5) // the 5th smallest is in the 5-minute bucket
    expect(quantileOf(hist, 0.9)).toBe(60) // the 9th
    expect(quantileOf(hist, 1)).toBe(1440)
    expect(quantileOf({}, 0.5)).toBeNull()
  })
})

describe('bumps', () => {
  it('merges, drops what nets to zero, flattens stored documents and lists differences', () => {
    const b = mergeBumps({ '2026': { 'months.2026-03.ordersCreated': 2 } }, { '2026': { 'months.2026-03.ordersCreated': -2, participants: 1 } })
    expect(b).toEqual({ '2026': { participants: 1 } })
    expect(flatten({ participants: 3, months: { '2026-03': { ordersCreated: 4, response: { '5': 1 }, ratings: 0 } } })).toEqual({
      participants: 3,
      'months.2026-03.ordersCreated': 4,
      'months.2026-03.response.5': 1
    })
    expect(differences({ a: 1, b: 2 }, { a: 1, c: 3 })).toEqual([
      { path: 'b', stored: 2, raw: 0 },
      { path: 'c', stored: 0, raw: 3 }
    ])
  })

  it('counts honorary records nowhere and a correction by its difference only', () => {
    expect(recordBumps({ source: 'honorary', date: '2026-03-02', minutes: 60 }, 60, { month: true, year: true })).toEqual({})
    expect(recordBumps({ source: 'order', date: '2026-03-02', minutes: 90, category: 'repair' }, -30, { month: false, year: false })).toEqual({
      '2026': { 'months.2026-03.servedMinutes': -30, 'months.2026-03.categories.repair.servedMinutes': -30 }
    })
  })

  it('counts a close, and a reopen only of a closed report, in the month it happens (China time)', () => {
    expect(reportMoveBumps({ kind: 'close', at: at('2026-03-31T16:30:00Z'), from: 'rectified' })).toEqual({ '2026': { 'months.2026-04.reportsClosed': 1 } })
    expect(reportMoveBumps({ kind: 'reopen', at: at('2026-04-02T00:00:00Z'), from: 'closed' })).toEqual({ '2026': { 'months.2026-04.reportsClosed': -1 } })
    expect(reportMoveBumps({ kind: 'reopen', at: at('2026-04-02T00:00:00Z'), from: 'rectified' })).toEqual({})
  })
})

describe('an order replayed from its timeline', () => {
  const ev = (kind: string, iso: string, from: any, to: any) => ({ kind, at: at(iso), from, to })
  const order: OrderFacts = {
    category: 'shopping',
    createdAt: at('2026-05-01T02:00:00Z'),
    status: 'resolved',
    escalated: true,
    rating: { stars: 5, at: at('2026-05-01T09:00:00Z') },
    events: [
      ev('create', '2026-05-01T02:00:00Z', null, 'pending'),
      ev('escalate', '2026-05-01T02:31:00Z', 'pending', 'pending'),
      ev('grab', '2026-05-01T02:40:00Z', 'pending', 'accepted'),
      ev('withdraw', '2026-05-01T03:00:00Z', 'accepted', 'pending'),
      ev('grab', '2026-05-01T04:00:00Z', 'pending', 'accepted'),
      ev('checkIn', '2026-05-01T05:00:00Z', 'accepted', 'in_service'),
      ev('checkOut', '2026-05-01T07:00:00Z', 'in_service', 'awaiting_confirmation'),
      ev('confirm', '2026-05-01T09:00:00Z', 'awaiting_confirmation', 'completed'),
      ev('dispute', '2026-05-02T09:00:00Z', 'completed', 'disputed'),
      ev('resolve', '2026-06-01T09:00:00Z', 'disputed', 'resolved')
    ]
  }
  it('counts creation, the FIRST acceptance with its response time, one completion, the rating, and nets the escalation gauge', () => {
    expect(orderReplayBumps(order)).toEqual({
      '2026': {
        'months.2026-05.ordersCreated': 1,
        'months.2026-05.categories.shopping.created': 1,
        'months.2026-05.ordersAccepted': 1,
        'months.2026-05.response.40': 1,
        'months.2026-05.ordersCompleted': 1,
        'months.2026-05.categories.shopping.completed': 1,
        'months.2026-05.ratings': 1,
        'months.2026-05.goodRatings': 1
      },
      // escalated +1, grabbed −1, withdrawn back to pending +1, grabbed again −1: no open escalation left.
      now: { openEscalations: 0 }
    })
  })
  it('gives the live move the same bumps as the replay (an escalated order grabbed)', () => {
    const before = { ...order, status: 'pending' as const, escalated: true, rating: null, events: order.events.slice(0, 2) }
    expect(orderMoveBumps(before, order.events[2], { rating: null })).toEqual({
      '2026': { 'months.2026-05.ordersAccepted': 1, 'months.2026-05.response.40': 1 },
      now: { openEscalations: -1 }
    })
  })
})
