// Pure order domain (src/shared/domain/order): the transition table against the rules as the issue states them,
// served minutes and rounding, SLA deadlines, eligibility (skills, age in China time, insurance), candidate ranking.
import {
  canMove,
  movesFor,
  ORDER_MOVES,
  ORDER_STATUSES,
  TRANSITIONS,
  targetOf,
  DEFAULT_ORDER_RULES,
  orderRulesOf,
  roundMinutes,
  servedMinutes,
  slaDueAt,
  autoConfirmAt,
  eligibilityProblems,
  isInsured,
  rankCandidate,
  reliabilityOf,
  type OrderActor,
  type OrderMove,
  type OrderStatus,
  type RoundingRule,
  type CandidateFacts
} from '../../src/shared/domain/order'

const ACTORS: OrderActor[] = ['owner', 'assignee', 'volunteer', 'coordinator', 'system']

// The order lifecycle as the issue describes it, written out independently of transitions.ts.
// `to: null`: the move keeps the status (escalation marks the order, it does not move it).
const EXPECTED: Record<OrderMove, { from: OrderStatus[]; to: OrderStatus | null; by: OrderActor[] }> = {
  dispatch: { from: ['pending'], to: 'dispatched', by: ['coordinator'] },
  reassign: { from: ['dispatched', 'accepted'], to: 'dispatched', by: ['coordinator'] },
  accept: { from: ['dispatched'], to: 'accepted', by: ['assignee'] },
  decline: { from: ['dispatched'], to: 'pending', by: ['assignee'] },
  grab: { from: ['pending'], to: 'accepted', by: ['volunteer'] },
  withdraw: { from: ['accepted'], to: 'pending', by: ['assignee'] },
  checkIn: { from: ['accepted'], to: 'in_service', by: ['assignee'] },
  checkOut: { from: ['in_service'], to: 'awaiting_confirmation', by: ['assignee'] },
  confirm: { from: ['awaiting_confirmation'], to: 'completed', by: ['owner'] },
  autoConfirm: { from: ['awaiting_confirmation'], to: 'completed', by: ['system'] },
  cancel: { from: ['pending', 'dispatched', 'accepted'], to: 'cancelled', by: ['owner', 'coordinator'] },
  dispute: { from: ['awaiting_confirmation', 'completed'], to: 'disputed', by: ['owner', 'assignee'] },
  resolve: { from: ['disputed'], to: 'resolved', by: ['coordinator'] },
  escalate: { from: ['pending', 'dispatched'], to: null, by: ['system'] },
  escalateStreet: { from: ['pending', 'dispatched'], to: null, by: ['system'] }
}
const allowed = (m: OrderMove, s: OrderStatus, a: OrderActor) => EXPECTED[m].from.includes(s) && EXPECTED[m].by.includes(a)

describe('transition table', () => {
  it('has exactly the moves of the lifecycle, each with its target', () => {
    expect([...ORDER_MOVES].sort()).toEqual(Object.keys(EXPECTED).sort())
    for (const m of ORDER_MOVES)
      expect({ m, to: TRANSITIONS[m].to, from: [...TRANSITIONS[m].from].sort(), by: [...TRANSITIONS[m].by].sort() }).toEqual({
        m,
        to: EXPECTED[m].to,
        from: [...EXPECTED[m].from].sort(),
        by: [...EXPECTED[m].by].sort()
      })
  })

  describe.each(ORDER_MOVES)('canMove(%s, …)', (move) => {
    it.each(ORDER_STATUSES)('from %s: exactly the expected actors', (status) => {
      const got = Object.fromEntries(ACTORS.map((a) => [a, canMove(move, status, a)]))
      expect(got).toEqual(Object.fromEntries(ACTORS.map((a) => [a, allowed(move, status, a)])))
    })
  })

  it.each(ORDER_STATUSES)('movesFor(%s) for each single actor and for every pair of actors', (status) => {
    const sets: OrderActor[][] = [[], ...ACTORS.map((a) => [a]), ...ACTORS.flatMap((a, i) => ACTORS.slice(i + 1).map((b) => [a, b]))]
    for (const actors of sets) {
      const want = (Object.keys(EXPECTED) as OrderMove[]).filter((m) => actors.some((a) => allowed(m, status, a)))
      expect({ actors, moves: [...movesFor(status, actors)].sort() }).toEqual({ actors, moves: want.sort() })
    }
  })

  it('gives each move from each of its statuses the status it lands in (escalation keeps the status)', () => {
    for (const m of ORDER_MOVES) for (const s of TRANSITIONS[m].from) expect({ m, s, to: targetOf(m, s) }).toEqual({ m, s, to: EXPECTED[m].to ?? s })
  })

  it('leaves final statuses closed (only a completed order may still be disputed) and lets the system only auto-confirm and escalate (community, then street)', () => {
    expect(movesFor('cancelled', ACTORS)).toEqual([])
    expect(movesFor('resolved', ACTORS)).toEqual([])
    expect(movesFor('completed', ACTORS)).toEqual(['dispute'])
    for (const s of ORDER_STATUSES)
      expect(movesFor(s, ['system'])).toEqual(
        s === 'awaiting_confirmation' ? ['autoConfirm'] : s === 'pending' || s === 'dispatched' ? ['escalate', 'escalateStreet'] : []
      )
  })

  it('reaches every status from pending', () => {
    const seen = new Set<OrderStatus>(['pending'])
    for (let grew = true; grew;) {
      grew = false
      for (const m of ORDER_MOVES)
        for (const f of TRANSITIONS[m].from)
          if (seen.has(f) && !seen.has(targetOf(m, f))) {
            seen.add(targetOf(m, f))
            grew = true
          }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort())
  })
})

describe('served minutes and rounding', () => {
  const rule = (unit: RoundingRule['unit'], mode: RoundingRule['mode']): RoundingRule => ({ unit, mode })
  it.each([
    // raw, unit, floor, nearest, ceil
    [0, 15, 0, 0, 0],
    [37, 15, 30, 30, 45],
    [38, 15, 30, 45, 45],
    [45, 15, 45, 45, 45],
    [46, 15, 45, 45, 60],
    [5, 10, 0, 10, 10], // exactly half-way: nearest rounds up
    [4, 10, 0, 0, 10],
    [15, 30, 0, 30, 30], // half-way again
    [14, 30, 0, 0, 30],
    [77, 1, 77, 77, 77],
    [95, 5, 95, 95, 95]
  ] as const)('%i raw minutes in units of %i → floor %i, nearest %i, ceil %i', (raw, unit, floor, nearest, ceil) => {
    expect([roundMinutes(raw, rule(unit, 'floor')), roundMinutes(raw, rule(unit, 'nearest')), roundMinutes(raw, rule(unit, 'ceil'))]).toEqual([
      floor,
      nearest,
      ceil
    ])
  })

  it('counts whole minutes from check-in to check-out (seconds dropped) before rounding', () => {
    const inAt = new Date('2026-05-01T02:00:00Z')
    const plus = (ms: number) => new Date(inAt.getTime() + ms)
    expect(servedMinutes(inAt, plus(22 * 60000 + 59000), rule(1, 'nearest'))).toBe(22)
    expect(servedMinutes(inAt, plus(4 * 60000 + 59999), rule(10, 'nearest'))).toBe(0) // 4 min 59 s is 4 minutes, under the half
    expect(servedMinutes(inAt, plus(5 * 60000), rule(10, 'nearest'))).toBe(10)
    expect(servedMinutes('2026-05-01T02:00:00Z', '2026-05-01T03:38:00Z', DEFAULT_ORDER_RULES.rounding)).toBe(105) // ISO strings; default 15 nearest
    expect(servedMinutes('2026-05-01T15:50:00Z', '2026-05-01T16:20:00Z', rule(15, 'floor'))).toBe(30) // across midnight in China
  })

  it.each(['floor', 'nearest', 'ceil'] as const)('never counts a negative span (check-out before check-in), mode %s', (mode) => {
    expect(servedMinutes('2026-05-01T03:00:00Z', '2026-05-01T02:00:00Z', rule(15, mode))).toBe(0)
    expect(servedMinutes('2026-05-01T03:00:00Z', '2026-05-01T02:59:30Z', rule(15, mode))).toBe(0)
    expect(servedMinutes('2026-05-01T03:00:00Z', '2026-05-01T03:00:00Z', rule(15, mode))).toBe(0)
  })
})

describe('SLA and auto-confirm deadlines', () => {
  const created = new Date('2026-03-01T02:00:00Z')
  it('gives urgent orders 10 minutes and normal ones 30 by default', () => {
    expect(slaDueAt(created, 'urgent', DEFAULT_ORDER_RULES).toISOString()).toBe('2026-03-01T02:10:00.000Z')
    expect(slaDueAt(created, 'normal', DEFAULT_ORDER_RULES).toISOString()).toBe('2026-03-01T02:30:00.000Z')
  })

  it("uses the community's own numbers, keeping defaults for what it did not set", () => {
    const rules = orderRulesOf({ slaMinutes: 45, rounding: { mode: 'ceil' } as RoundingRule })
    expect(rules).toEqual({ ...DEFAULT_ORDER_RULES, slaMinutes: 45, rounding: { unit: 15, mode: 'ceil' } })
    expect(slaDueAt(created, 'normal', rules).toISOString()).toBe('2026-03-01T02:45:00.000Z')
    expect(slaDueAt(created, 'urgent', rules).toISOString()).toBe('2026-03-01T02:10:00.000Z')
    expect(orderRulesOf(null)).toEqual(DEFAULT_ORDER_RULES)
    expect(autoConfirmAt(created, DEFAULT_ORDER_RULES).toISOString()).toBe('2026-03-04T02:00:00.000Z')
  })
})

describe('eligibility', () => {
  const volunteer = {
    status: 'approved',
    communityId: 'cA',
    birthDate: '1990-05-17',
    skills: ['elder_visit', 'repair'],
    insuredUntil: null as Date | string | null
  }
  const order = { communityId: 'cA', skillsNeeded: ['elder_visit'] as const, minAge: 18, needsInsurance: false }
  const NOW = new Date('2026-06-10T04:00:00Z')

  it('finds no problem for an approved, skilled, adult volunteer of the community', () => {
    expect(eligibilityProblems(volunteer, order, NOW)).toEqual([])
  })

  it('names exactly the missing skills', () => {
    const p = eligibilityProblems(volunteer, { ...order, skillsNeeded: ['elder_visit', 'cleaning', 'escort'] }, NOW)
    expect(p).toHaveLength(1)
    expect(p[0]).toContain('清洁整理')
    expect(p[0]).toContain('陪同就医')
    expect(p[0]).not.toContain('探访老人')
  })

  it('refuses a volunteer not yet approved or of another community', () => {
    expect(eligibilityProblems({ ...volunteer, status: 'pending' }, order, NOW)).toHaveLength(1)
    expect(eligibilityProblems({ ...volunteer, communityId: 'cB' }, order, NOW)).toHaveLength(1)
  })

  it('counts age by the birthday in China time: 18 from 00:00 on the 18th birthday (UTC+8), not before', () => {
    const teen = { ...volunteer, birthDate: '2008-06-15' }
    // 2026-06-14 23:59:59.999 in China (still 15:59 UTC on the 14th)
    expect(eligibilityProblems(teen, order, new Date('2026-06-14T15:59:59.999Z'))).toEqual(['需年满18周岁'])
    // 2026-06-15 00:00 in China, although it is still the 14th in UTC
    expect(eligibilityProblems(teen, order, new Date('2026-06-14T16:00:00.000Z'))).toEqual([])
    expect(eligibilityProblems(teen, { ...order, minAge: 16 }, new Date('2026-06-14T15:59:59.999Z'))).toEqual([])
  })

  it('requires insurance valid at that moment for a risky service', () => {
    const risky = { ...order, needsInsurance: true }
    expect(eligibilityProblems(volunteer, risky, NOW)).toHaveLength(1)
    expect(eligibilityProblems({ ...volunteer, insuredUntil: NOW }, risky, NOW)).toEqual([])
    expect(eligibilityProblems({ ...volunteer, insuredUntil: new Date(NOW.getTime() - 1) }, risky, NOW)).toHaveLength(1)
    // insured through the end of a day, China time (as volunteers.setInsurance stores it), given as a string
    const until = '2026-06-30T23:59:59.999+08:00'
    expect(eligibilityProblems({ ...volunteer, insuredUntil: until }, risky, new Date('2026-06-30T15:59:59.999Z'))).toEqual([])
    expect(eligibilityProblems({ ...volunteer, insuredUntil: until }, risky, new Date('2026-06-30T16:00:00.000Z'))).toHaveLength(1)
    expect(isInsured({ insuredUntil: null }, NOW)).toBe(false)
    // no insurance needed: expired insurance does not matter
    expect(eligibilityProblems({ ...volunteer, insuredUntil: '2020-01-01T00:00:00Z' }, order, NOW)).toEqual([])
  })

  it('lists every problem at once', () => {
    const p = eligibilityProblems(
      { status: 'rejected', communityId: 'cB', birthDate: '2012-01-01', skills: [], insuredUntil: null },
      { ...order, needsInsurance: true },
      NOW
    )
    expect(p).toHaveLength(5)
  })
})

describe('candidate ranking', () => {
  const base: CandidateFacts = { distanceMeters: 500, load: 0, ratingAvg: 4.5, ratingCount: 10, completed: 8, withdrawn: 2 }
  const score = (over: Partial<CandidateFacts>) => rankCandidate({ ...base, ...over }).score

  it('ranks the nearer, the idler and the better-rated higher, all else equal', () => {
    expect(score({ distanceMeters: 200 })).toBeGreaterThan(score({ distanceMeters: 2000 }))
    expect(score({ distanceMeters: 2000 })).toBeGreaterThan(score({ distanceMeters: null }))
    expect(score({ load: 0 })).toBeGreaterThan(score({ load: 1 }))
    expect(score({ load: 1 })).toBeGreaterThan(score({ load: 3 }))
    expect(score({ ratingAvg: 5 })).toBeGreaterThan(score({ ratingAvg: 3 }))
    expect(score({ completed: 10, withdrawn: 0 })).toBeGreaterThan(score({ completed: 5, withdrawn: 5 }))
  })

  it('puts a newcomer (no rating, no history) between a poorly and a well rated volunteer', () => {
    const newcomer = score({ ratingAvg: null, ratingCount: 0, completed: 0, withdrawn: 0 })
    expect(newcomer).toBeGreaterThan(score({ ratingAvg: 1, completed: 2, withdrawn: 3 }))
    expect(newcomer).toBeLessThan(score({ ratingAvg: 5, completed: 10, withdrawn: 0 }))
  })

  it('orders a list of candidates by score', () => {
    const people = { far: { distanceMeters: 4000 }, busy: { load: 4 }, best: { distanceMeters: 100, ratingAvg: 5 }, poor: { ratingAvg: 1.5 } }
    const order = Object.entries(people)
      .map(([name, f]) => ({ name, s: score(f) }))
      .sort((a, b) => b.s - a.s)
      .map((x) => x.name)
    expect(order).toEqual(['best', 'poor', 'busy', 'far'])
    expect(score({ distanceMeters: 0, load: 0, ratingAvg: 5, completed: 1, withdrawn: 0 })).toBe(100)
    expect(score({ distanceMeters: 9000, load: 1000, ratingAvg: 1, completed: 0, withdrawn: 3 })).toBeLessThan(1)
  })

  it('explains the score in words', () => {
    expect(rankCandidate(base).reasons).toEqual(['距离500米', '当前空闲', '评分4.5（10次）', '守约率80%', '已完成8单'])
    expect(rankCandidate({ ...base, distanceMeters: 1234, load: 2 }).reasons.slice(0, 2)).toEqual(['距离1.2公里', '手上2单'])
    expect(rankCandidate({ ...base, distanceMeters: 996 }).reasons[0]).toBe('距离1.0公里')
    expect(rankCandidate({ ...base, distanceMeters: 994 }).reasons[0]).toBe('距离990米')
    expect(rankCandidate({ distanceMeters: null, load: 0, ratingAvg: null, ratingCount: 0, completed: 0, withdrawn: 0 }).reasons).toEqual([
      '位置未知',
      '当前空闲'
    ])
    expect(reliabilityOf({ completed: 0, withdrawn: 0 })).toBeNull()
    expect(reliabilityOf({ completed: 3, withdrawn: 1 })).toBe(0.75)
  })
})
