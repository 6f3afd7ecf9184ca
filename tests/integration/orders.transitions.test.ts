// Table-driven from TRANSITIONS (src/shared/domain/order/transitions.ts), through the router on the local cloud:
// - every move from every status NOT in its `from` is refused with its code and leaves the stored order untouched;
// - every move from each of its `from` statuses, by each actor allowed, lands in `to` with exactly one new event;
// - auto-confirm (the cron job) touches only orders awaiting confirmation;
// - callers without the right standing (resident checking in, another volunteer accepting, a coordinator of another
//   community…) are refused and change nothing.
import { ORDER_STATUSES, TRANSITIONS, type OrderActor, type OrderStatus } from '../../src/shared/domain/order'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anOrder, storedOrder, type OrderDoc } from '../fixtures/orders'
import { moveActions } from '../fixtures/orderMoves'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** ACTION below is a table over many actions: its calls are untyped per action. */
const callRaw = rawApiCaller()

/** Who acts in each capacity: the owner, the volunteer holding the order, another eligible volunteer, the coordinator. */
const AS: Record<Exclude<OrderActor, 'system'>, string> = { owner: 'res-A', assignee: 'vol-1', volunteer: 'vol-2', coordinator: 'coord-A' }
const vol = { 'vol-1': '', 'vol-2': '', 'vol-3': '' }

/** The system's moves (autoConfirm, escalate) are cron jobs: below and in orders.rulebook.test.ts. */
const ACTION = moveActions(() => vol['vol-3'])
const MOVES = Object.keys(ACTION) as Array<keyof typeof ACTION>

/**
 * The order a move is tried on: held by vol-1 whenever the actor is the assignee (even where no real order would
 * have one, e.g. pending: the status must be what refuses), otherwise held by vol-1 in every status that has a
 * volunteer and by nobody while pending.
 */
const orderFor = (status: OrderStatus, actor: OrderActor, over: Partial<OrderDoc> = {}) =>
  anOrder(tc.db, { status, volunteerOpenid: actor === 'assignee' || status !== 'pending' ? 'vol-1' : null, ...over })
const stored = (id: string) => storedOrder(tc.store as any, id)
const doc = (id: string) => tc.store.get('orders', id)!.doc as any

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'AAAA01', 'A社区')
  await aCommunity(tc.db, 'cB', 'BBBB02', 'B社区')
  await aUser(tc.db, 'res-A', 'cA')
  await aUser(tc.db, 'res-X', 'cA')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'])
  for (const id of Object.keys(vol) as Array<keyof typeof vol>) vol[id] = await aVolunteer(tc.db, id, 'cA')
  await aVolunteer(tc.db, 'vol-B', 'cB')
})

const illegal = MOVES.flatMap((move) =>
  ORDER_STATUSES.filter((s) => !(TRANSITIONS[move].from as readonly string[]).includes(s)).flatMap((status) =>
    TRANSITIONS[move].by.map((actor) => ({ move, status, actor: actor as Exclude<OrderActor, 'system'> }))
  )
)
const legal = MOVES.flatMap((move) =>
  TRANSITIONS[move].from.flatMap((status) => TRANSITIONS[move].by.map((actor) => ({ move, status, actor: actor as Exclude<OrderActor, 'system'> })))
)

describe('a move from a status outside its `from` is refused and changes nothing', () => {
  it.each(illegal)('$move from $status by $actor', async ({ move, status, actor }) => {
    const o = await orderFor(status, actor)
    const before = stored(o._id)
    const r = await callRaw(AS[actor], ACTION[move].action, ACTION[move].input(o))
    // Grab says "someone else has it" only while another volunteer holds the order (grab.ts); a finished or
    // cancelled order was never taken, so there the move is simply not allowed.
    const held = ['dispatched', 'accepted', 'in_service', 'awaiting_confirmation'].includes(status)
    expect(r).toMatchObject({ ok: false, error: { code: move === 'grab' && held ? 'ORDER_TAKEN' : 'ORDER_MOVE_NOT_ALLOWED' } })
    expect(stored(o._id)).toEqual(before)
  })

  it('refuses grabbing an order the grabber already holds with ORDER_MOVE_NOT_ALLOWED', async () => {
    const o = await orderFor('accepted', 'volunteer', { volunteerOpenid: 'vol-2' })
    const before = stored(o._id)
    expect(await call('vol-2', 'orders.grab', { orderId: o._id })).toMatchObject({ ok: false, error: { code: 'ORDER_MOVE_NOT_ALLOWED' } })
    expect(stored(o._id)).toEqual(before)
  })
})

describe('every legal move lands in its `to` with exactly one new event', () => {
  it.each(legal)('$move from $status by $actor', async ({ move, status, actor }) => {
    const o = await orderFor(status, actor)
    const r = await callRaw(AS[actor], ACTION[move].action, ACTION[move].input(o))
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    const after = doc(o._id)
    expect(after.status).toBe(TRANSITIONS[move].to)
    expect(r.data).toMatchObject({ status: TRANSITIONS[move].to })
    expect(after.events).toHaveLength(o.events.length + 1)
    expect(after.events.at(-1)).toMatchObject({ kind: move, from: status, to: TRANSITIONS[move].to, byRole: actor, byOpenid: AS[actor] })
  })

  it('records who holds the order after dispatch, reassign, grab, decline and withdraw', async () => {
    const holder = async (move: keyof typeof ACTION, status: OrderStatus, actor: Exclude<OrderActor, 'system'>) => {
      const o = await orderFor(status, actor)
      expect((await callRaw(AS[actor], ACTION[move].action, ACTION[move].input(o))).ok).toBe(true)
      const d = doc(o._id)
      return { openid: d.volunteerOpenid, declinedBy: d.declinedBy }
    }
    expect(await holder('dispatch', 'pending', 'coordinator')).toEqual({ openid: 'vol-3', declinedBy: [] })
    expect(await holder('reassign', 'accepted', 'coordinator')).toEqual({ openid: 'vol-3', declinedBy: [] })
    expect(await holder('grab', 'pending', 'volunteer')).toEqual({ openid: 'vol-2', declinedBy: [] })
    expect(await holder('decline', 'dispatched', 'assignee')).toEqual({ openid: null, declinedBy: ['vol-1'] })
    expect(await holder('withdraw', 'accepted', 'assignee')).toEqual({ openid: null, declinedBy: ['vol-1'] })
  })
})

describe('auto-confirm (cron, system)', () => {
  const job = () => require('../../cloudfunctions/cron/src/jobs/autoConfirm').autoConfirm as (now: Date) => Promise<{ touched: number }>
  const later = () => new Date(Date.now() + 400 * 86400000)

  it('completes an order awaiting confirmation past its deadline, with one system event', async () => {
    const o = await orderFor('awaiting_confirmation', 'system')
    const res = await job()(later())
    expect(res.touched).toBeGreaterThanOrEqual(1)
    const after = doc(o._id)
    expect(after.status).toBe('completed')
    expect(after.events).toHaveLength(o.events.length + 1)
    expect(after.events.at(-1)).toMatchObject({ kind: 'autoConfirm', from: 'awaiting_confirmation', to: 'completed', byRole: 'system', byOpenid: null })
  })

  it.each(ORDER_STATUSES.filter((s) => s !== 'awaiting_confirmation'))(
    'leaves an order in %s untouched, even with an auto-confirm time long past',
    async (status) => {
      const o = await orderFor(status, 'system', { autoConfirmAt: new Date(Date.now() - 86400000), checkOutAt: new Date(Date.now() - 4 * 86400000) })
      const before = stored(o._id)
      await job()(later())
      expect(stored(o._id)).toEqual(before)
    }
  )

  it('leaves an order awaiting confirmation alone until its deadline', async () => {
    const o = await orderFor('awaiting_confirmation', 'system', { autoConfirmAt: new Date(Date.now() + 86400000) })
    const before = stored(o._id)
    await job()(new Date())
    expect(stored(o._id)).toEqual(before)
  })
})

describe('a caller without the right standing is refused and changes nothing', () => {
  const cases: Array<{ name: string; status: OrderStatus; who: string; move: keyof typeof ACTION; code: string; over?: Partial<OrderDoc> }> = [
    { name: 'the resident checks in on their own order', status: 'accepted', who: 'res-A', move: 'checkIn', code: 'FORBIDDEN' },
    { name: 'the resident checks out', status: 'in_service', who: 'res-A', move: 'checkOut', code: 'FORBIDDEN' },
    { name: 'the resident dispatches their own order', status: 'pending', who: 'res-A', move: 'dispatch', code: 'FORBIDDEN' },
    { name: 'the resident resolves their own dispute', status: 'disputed', who: 'res-A', move: 'resolve', code: 'FORBIDDEN' },
    { name: 'another volunteer accepts an order dispatched to vol-1', status: 'dispatched', who: 'vol-2', move: 'accept', code: 'NOT_YOUR_ORDER' },
    { name: 'another volunteer declines it', status: 'dispatched', who: 'vol-2', move: 'decline', code: 'NOT_YOUR_ORDER' },
    { name: 'another volunteer checks in with the right code', status: 'accepted', who: 'vol-2', move: 'checkIn', code: 'NOT_YOUR_ORDER' },
    { name: 'another volunteer checks out', status: 'in_service', who: 'vol-2', move: 'checkOut', code: 'NOT_YOUR_ORDER' },
    { name: 'another volunteer cancels (withdraws) it', status: 'accepted', who: 'vol-2', move: 'withdraw', code: 'NOT_YOUR_ORDER' },
    { name: 'another volunteer disputes it', status: 'awaiting_confirmation', who: 'vol-2', move: 'dispute', code: 'NOT_YOUR_ORDER' },
    { name: 'the assigned volunteer confirms their own service', status: 'awaiting_confirmation', who: 'vol-1', move: 'confirm', code: 'NOT_YOUR_ORDER' },
    { name: 'the assigned volunteer resolves the dispute', status: 'disputed', who: 'vol-1', move: 'resolve', code: 'FORBIDDEN' },
    { name: "another resident confirms someone else's order", status: 'awaiting_confirmation', who: 'res-X', move: 'confirm', code: 'NOT_YOUR_ORDER' },
    { name: "another resident cancels someone else's order", status: 'pending', who: 'res-X', move: 'cancel', code: 'NOT_YOUR_ORDER' },
    { name: "another resident disputes someone else's order", status: 'completed', who: 'res-X', move: 'dispute', code: 'NOT_YOUR_ORDER' },
    { name: 'a coordinator accepts for the volunteer', status: 'dispatched', who: 'coord-A', move: 'accept', code: 'FORBIDDEN' },
    { name: 'a coordinator of another community dispatches', status: 'pending', who: 'coord-B', move: 'dispatch', code: 'FORBIDDEN' },
    { name: 'a coordinator of another community reassigns', status: 'accepted', who: 'coord-B', move: 'reassign', code: 'FORBIDDEN' },
    { name: 'a coordinator of another community cancels', status: 'pending', who: 'coord-B', move: 'cancel', code: 'NOT_YOUR_ORDER' },
    { name: 'a volunteer of another community grabs', status: 'pending', who: 'vol-B', move: 'grab', code: 'NOT_YOUR_ORDER' },
    { name: 'a volunteer grabs an order they declined', status: 'pending', who: 'vol-2', move: 'grab', code: 'NOT_ELIGIBLE', over: { declinedBy: ['vol-2'] } },
    {
      name: 'a coordinator dispatches to a volunteer who declined it',
      status: 'pending',
      who: 'coord-A',
      move: 'dispatch',
      code: 'NOT_ELIGIBLE',
      over: { declinedBy: ['vol-3'] }
    }
  ]

  it.each(cases)('$name → $code', async ({ status, who, move, code, over }) => {
    const o = await orderFor(status, status === 'pending' ? 'owner' : 'assignee', over)
    const before = stored(o._id)
    expect(await callRaw(who, ACTION[move].action, ACTION[move].input(o))).toMatchObject({ ok: false, error: { code } })
    expect(stored(o._id)).toEqual(before)
  })
})
