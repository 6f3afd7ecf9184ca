// The exclusion rule (src/shared/domain/order/exclusion.ts) in its two forms — the in-memory predicate grab and
// dispatch use, and the "field ≠ value" conditions the pool's query and the candidate filter are built from — agree
// on every combination of the facts it reads, as the local cloud's query engine reads the conditions. And the named
// status groups (status.ts) say what the transition table says where they stand for one of its rules.
import {
  BEFORE_SERVICE_STATUSES,
  EXCLUSIONS,
  excludedFrom,
  exclusionConditions,
  exclusionProblems,
  HELD_STATUSES,
  OPEN_STATUSES,
  ORDER_STATUSES,
  PAYABLE_STATUSES,
  FINAL_STATUSES,
  TRANSITIONS,
  UNASSIGNED_STATUSES,
  ACCEPTING_MOVES,
  type ExclusionOrder,
  type ServeWay
} from '../../src/shared/domain/order'
import { makeQuery } from '../../localcloud/src/store/mingo'

const ME = 'vol-me'
const orders: ExclusionOrder[] = []
for (const owners of [['res-1'], ['res-1', ME], [ME]])
  for (const declined of [[], ['vol-x'], ['vol-x', ME]])
    for (const funding of ['own_hours', 'community_pool', 'public_service'])
      // route absent (orders older than the grabPool setting), open, or dispatch-only
      for (const route of [undefined, null, 'dispatch'] as const)
        orders.push({ ownerOpenids: owners, declinedBy: declined, funding, ...(route === undefined ? {} : { route }) })

describe.each<ServeWay>(['grab', 'dispatch'])('the exclusion rule for %s', (way) => {
  const filter = Object.fromEntries(exclusionConditions(ME, way).map((c) => [c.field, { $ne: c.not }]))

  it.each(orders.map((o) => [JSON.stringify(o), o] as const))('predicate and query agree on %s', (_name, o) => {
    const passesQuery = makeQuery(filter).test({ ...o })
    expect(exclusionProblems(ME, o, way).length === 0).toBe(passesQuery)
    const { people, closed } = excludedFrom(o, way)
    expect(!closed && !people.includes(ME)).toBe(passesQuery)
  })
})

describe('what the rule says', () => {
  const o = (over: Partial<ExclusionOrder>): ExclusionOrder => ({ ownerOpenids: ['res-1'], declinedBy: [], funding: 'own_hours', ...over })

  it('keeps everyone from their own order and from one they declined or withdrew from, in words for each way', () => {
    expect(exclusionProblems(ME, o({ ownerOpenids: [ME] }), 'grab')).toEqual(['不能接自己发布的求助'])
    expect(exclusionProblems(ME, o({ ownerOpenids: [ME] }), 'dispatch')).toEqual(['不能派给下单人本人'])
    expect(exclusionProblems(ME, o({ declinedBy: [ME] }), 'grab')).toEqual(['您已婉拒或退过此单'])
    expect(exclusionProblems(ME, o({ declinedBy: [ME] }), 'dispatch')).toEqual(['该志愿者已婉拒或退过此单'])
  })

  it('never lets a community-pool order be grabbed, but lets it be dispatched (dispatching is the approval)', () => {
    expect(exclusionProblems(ME, o({ funding: 'community_pool' }), 'grab')).toEqual(['公益池支付的求助由社区协调员审批后派单'])
    expect(exclusionProblems(ME, o({ funding: 'community_pool' }), 'dispatch')).toEqual([])
    expect(excludedFrom(o({ funding: 'community_pool' }), 'grab').closed).toBe(true)
  })

  it('keeps a dispatch-only category (catalogue grabPool: false) from the grab pool, but lets it be dispatched', () => {
    expect(exclusionProblems(ME, o({ route: 'dispatch' }), 'grab')).toEqual(['该服务由社区协调员派单，不进入抢单大厅'])
    expect(exclusionProblems(ME, o({ route: 'dispatch' }), 'dispatch')).toEqual([])
    expect(exclusionProblems(ME, o({ route: null }), 'grab')).toEqual([])
  })

  it('names only fields an order has', () => {
    for (const e of EXCLUSIONS) expect(['ownerOpenids', 'declinedBy', 'funding', 'route']).toContain(e.field)
  })
})

describe('status groups and the transition table', () => {
  const same = (a: readonly string[], b: readonly string[]) => expect([...a].sort()).toEqual([...b].sort())

  it('escalates exactly while unassigned', () => same(TRANSITIONS.escalate.from, UNASSIGNED_STATUSES))
  it('cancels, and dispatches or reassigns, exactly before service', () => {
    same(TRANSITIONS.cancel.from, BEFORE_SERVICE_STATUSES)
    same([...TRANSITIONS.dispatch.from, ...TRANSITIONS.reassign.from], BEFORE_SERVICE_STATUSES)
  })
  it('holds an order from dispatch until confirmation', () => {
    same([TRANSITIONS.dispatch.to, TRANSITIONS.grab.to, TRANSITIONS.checkIn.to, TRANSITIONS.checkOut.to], HELD_STATUSES)
  })
  it('pays what confirm, auto-confirm and a ruling lead to', () => same([TRANSITIONS.confirm.to!, TRANSITIONS.resolve.to!], PAYABLE_STATUSES))
  it('splits every status into open and final', () => same([...OPEN_STATUSES, ...FINAL_STATUSES], ORDER_STATUSES))
  it('counts accept and grab as a volunteer taking the order on', () => same(ACCEPTING_MOVES, ['accept', 'grab']))
})
