// ONE order rulebook (issue 14): the server refuses exactly what the transition table refuses.
// - Every move × every status × every capacity — the owner, the assignee, an eligible volunteer, the coordinator,
//   and two strangers (a resident of the community, a volunteer of another) — through the router on the local
//   cloud: the server makes the move exactly when canMove() says so; a refused call leaves the stored order
//   untouched; a call that succeeds as another move (orders.cancel is cancel or withdraw by who calls) made one
//   the table allows that caller.
// - The system: the cron jobs (auto-confirm, escalation) and systemMove() itself, every move × every status.
// - The exclusion rule (src/shared/domain/order/exclusion.ts) is one rule for the pool, grab, candidates and
//   dispatch: over every combination of own order / declined / community-pool, each lists or accepts exactly what
//   the shared predicate allows.
// Times are relative to the fixture orders (anOrder) and the jobs are handed their `now`: any date, any zone.
import {
  canMove,
  exclusionProblems,
  ORDER_MOVES,
  ORDER_STATUSES,
  TRANSITIONS,
  type OrderActor,
  type OrderMove,
  type OrderStatus
} from '../../src/shared/domain/order'
import { startTestCloud } from '../fixtures/localCloud'
import { expectOk, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anOrder, storedOrder, type OrderDoc } from '../fixtures/orders'
import { moveActions, type HumanMove } from '../fixtures/orderMoves'

const tc = startTestCloud({ manifest: true })
const call = rawApiCaller()
const DAY = 86400000

type Caller = 'owner' | 'assignee' | 'volunteer' | 'coordinator' | 'strangerResident' | 'strangerVolunteer'
const WHO: Record<Caller, string> = {
  owner: 'res-A',
  assignee: 'vol-1',
  volunteer: 'vol-2',
  coordinator: 'coord-A',
  strangerResident: 'res-X',
  strangerVolunteer: 'vol-B'
}
/** The capacity the table knows each caller by; strangers have none. */
const CAPACITY: Record<Caller, OrderActor | null> = {
  owner: 'owner',
  assignee: 'assignee',
  volunteer: 'volunteer',
  coordinator: 'coordinator',
  strangerResident: null,
  strangerVolunteer: null
}
const vol: Record<string, string> = {}

const ACTION = moveActions(() => vol['vol-3'])
const HUMAN_MOVES = Object.keys(ACTION) as HumanMove[]
const SYSTEM_MOVES = ORDER_MOVES.filter((m): m is Exclude<OrderMove, HumanMove> => !(HUMAN_MOVES as string[]).includes(m))

/** Held by vol-1 in every status but pending — and even then when vol-1 is the caller (the status must be what refuses). */
const orderFor = (status: OrderStatus, caller: Caller | 'system', over: Partial<OrderDoc> = {}) =>
  anOrder(tc.db, { status, volunteerOpenid: caller === 'assignee' || status !== 'pending' ? 'vol-1' : null, ...over })
const stored = (id: string) => storedOrder(tc.store as any, id)
const doc = (id: string) => tc.store.get('orders', id)!.doc as OrderDoc
/** The move the order's newest event records, if the order has one beyond those it had. */
const madeMove = (o: OrderDoc): string | null => (doc(o._id).events.length > o.events.length ? doc(o._id).events.at(-1)!.kind : null)

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'AAAA01', 'A社区')
  await aCommunity(tc.db, 'cB', 'BBBB02', 'B社区')
  await aCommunity(tc.db, 'cP', 'PPPP03', 'P社区')
  for (const id of ['res-A', 'res-X']) await aUser(tc.db, id, 'cA')
  await aUser(tc.db, 'res-P', 'cP')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-P', 'cP', ['resident', 'coordinator'])
  for (const id of ['vol-1', 'vol-2', 'vol-3']) vol[id] = await aVolunteer(tc.db, id, 'cA')
  vol['vol-B'] = await aVolunteer(tc.db, 'vol-B', 'cB')
  vol['vol-P'] = await aVolunteer(tc.db, 'vol-P', 'cP')
  vol['vol-Q'] = await aVolunteer(tc.db, 'vol-Q', 'cP', { serviceLocation: null }) // no position: the pool's other query
})

// First in the file: the jobs scan every due order, and until now there are none but the row's own.
describe('the system (cron) makes exactly the moves the table gives it', () => {
  const jobs = {
    autoConfirm: () => require('../../cloudfunctions/cron/src/jobs/autoConfirm').autoConfirm as (now: Date) => Promise<unknown>,
    escalate: () => require('../../cloudfunctions/cron/src/jobs/escalate').escalate as (now: Date) => Promise<unknown>,
    escalateStreet: () => require('../../cloudfunctions/cron/src/jobs/escalateStreet').escalateStreet as (now: Date) => Promise<unknown>
  }
  /** Due for its move: the community's SLA passed (escalate) or, already escalated in a street, the street's (escalateStreet). */
  const due = (move: string, past: Date): Partial<OrderDoc> =>
    move === 'escalateStreet'
      ? { escalated: true, streetId: 'sA', streetEscalated: false, streetDueAt: past }
      : { autoConfirmAt: past, slaDueAt: past, escalated: false }
  const rows = SYSTEM_MOVES.flatMap((move) => ORDER_STATUSES.map((status) => ({ move, status, allowed: canMove(move, status, 'system') })))

  it.each(rows)('the $move job on an order in $status, due: made = $allowed', async ({ move, status, allowed }) => {
    const past = new Date(Date.now() - 2 * DAY)
    const o = await orderFor(status, 'system', due(move, past))
    const before = stored(o._id)
    await jobs[move]()(new Date(Date.now() + DAY))
    expect(madeMove(o) === move).toBe(allowed)
    if (!allowed) expect(stored(o._id)).toEqual(before)
    else
      expect(doc(o._id)).toMatchObject({
        status: TRANSITIONS[move].to ?? status,
        ...(move === 'escalate' ? { escalated: true } : move === 'escalateStreet' ? { streetEscalated: true } : {})
      })
  })

  const direct = ORDER_MOVES.flatMap((move) => ORDER_STATUSES.map((status) => ({ move, status, allowed: canMove(move, status, 'system') })))
  it.each(direct)('systemMove($move) on an order in $status: made = $allowed', async ({ move, status, allowed }) => {
    const { systemMove } = require('../../cloudfunctions/api/src/actions/orders/move')
    const o = await orderFor(status, 'system', { slaDueAt: new Date(Date.now() + 30 * DAY), autoConfirmAt: new Date(Date.now() + 30 * DAY) })
    const before = stored(o._id)
    const patch = move === 'escalate' ? { escalated: true } : move === 'escalateStreet' ? { streetEscalated: true } : {}
    const moved = await systemMove(doc(o._id), move, new Date(), '测试', patch)
    expect(moved !== null).toBe(allowed)
    if (!allowed) expect(stored(o._id)).toEqual(before)
    else expect(doc(o._id).events.at(-1)).toMatchObject({ kind: move, from: status, to: TRANSITIONS[move].to ?? status, byRole: 'system', byOpenid: null })
  })

  it.each(SYSTEM_MOVES)('offers no action through which a person could make %s', async (move) => {
    for (const caller of Object.values(WHO)) expect((await call(caller, `orders.${move}`, {})).ok).toBe(false)
  })
})

describe('people: the server makes a move exactly when the table allows it', () => {
  const rows = HUMAN_MOVES.flatMap((move) =>
    ORDER_STATUSES.flatMap((status) =>
      (Object.keys(WHO) as Caller[]).map((caller) => {
        const cap = CAPACITY[caller]
        return { move, status, caller, allowed: cap !== null && canMove(move, status, cap) }
      })
    )
  )

  it.each(rows)('$move from $status by $caller: made = $allowed', async ({ move, status, caller, allowed }) => {
    const o = await orderFor(status, caller)
    const before = stored(o._id)
    const r = await call(WHO[caller], ACTION[move].action, ACTION[move].input(o))
    const made = madeMove(o)
    expect({ made: made === move, ok: r.ok }).toEqual({ made: allowed, ok: r.ok })
    if (!r.ok) expect(stored(o._id)).toEqual(before)
    // orders.cancel made the other move it stands for: one the table gives this caller, and only one event.
    else if (made !== move) expect(canMove(made as OrderMove, status, CAPACITY[caller]!)).toBe(true)
    if (made) expect(doc(o._id).events).toHaveLength(o.events.length + 1)
  })
})

describe('the exclusion rule: one rule for the pool, grab, candidates and dispatch', () => {
  const made: OrderDoc[] = []
  beforeAll(async () => {
    for (const me of ['vol-P', 'vol-Q'])
      for (const owner of ['res-P', me])
        for (const declinedBy of [[], [me]])
          for (const funding of ['own_hours', 'community_pool', 'public_service'] as const)
            made.push(await anOrder(tc.db, { communityId: 'cP', area: 'P社区', createdBy: owner, ownerOpenids: [owner], _openid: owner, declinedBy, funding }))
  })

  it.each(['vol-P', 'vol-Q'])('the pool of %s lists exactly the orders the rule lets them grab (located or not)', async (me) => {
    const res = expectOk(await call(me, 'orders.pool', { limit: 50 })) as { items: Array<{ id: string }>; located: boolean }
    expect(res.located).toBe(me === 'vol-P')
    const want = made.filter((o) => exclusionProblems(me, o, 'grab').length === 0).map((o) => o._id)
    expect(res.items.map((i) => i.id).sort()).toEqual(want.sort())
  })

  it('candidates offer, and dispatch accepts, exactly the volunteers the rule lets be sent', async () => {
    for (const o of made) {
      const res = expectOk(await call('coord-P', 'orders.candidates', { orderId: o._id })) as { candidates: Array<{ volunteerId: string }> }
      const offered = res.candidates.map((c) => c.volunteerId).sort()
      const may = ['vol-P', 'vol-Q'].filter((v) => exclusionProblems(v, o, 'dispatch').length === 0)
      // Candidates are found by distance ($geoNear): vol-Q, with no service location, is never among them.
      expect(offered).toEqual(
        may
          .filter((v) => v !== 'vol-Q')
          .map((v) => vol[v])
          .sort()
      )
      for (const v of ['vol-P', 'vol-Q'].filter((x) => !may.includes(x))) {
        const before = stored(o._id)
        const r = await call('coord-P', 'orders.dispatch', { orderId: o._id, volunteerId: vol[v] })
        expect(r).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', fields: { volunteerId: exclusionProblems(v, o, 'dispatch').join('；') } } })
        expect(stored(o._id)).toEqual(before)
      }
    }
  })

  it("grab accepts exactly what the pool lists, and refuses the rest with the rule's reasons", async () => {
    for (const o of made)
      for (const me of ['vol-P', 'vol-Q']) {
        if (doc(o._id).status !== 'pending') continue // grabbed by the other volunteer already
        const problems = exclusionProblems(me, o, 'grab')
        const r = await call(me, 'orders.grab', { orderId: o._id })
        if (problems.length) expect(r).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', fields: { orderId: problems.join('；') } } })
        else expect(r).toMatchObject({ ok: true, data: { status: 'accepted' } })
      }
  })
})
