// Least exposure (issue 8): every action's output is built by one function per view — self, assigned volunteer,
// coordinator, public — and nothing outside the caller's view leaves the server. Through the router on the local
// cloud, in the bad-input suite's seeded world (tests/fuzz/world.ts), six viewers call every read action (and the
// valid input of every write action, as its caller) and the replies are walked:
// - every order in any reply is checked field by field against ORDER_FIELDS, a table over OrderView's own keys
//   (the compiler insists on a row per field): which view may see a value in it, and in which statuses;
// - planted values (canaries) of personal data appear only for the viewers who may see them: the resident's
//   address, contact and phone; a volunteer's real name and phone; an applicant's name and phone; a raw ID
//   number never, to anyone (only masked);
// - other people's openids appear only where an action needs them (a coordinator's 调账 picks a member by id…).
import type { ActionName, OrderView } from '../../src/shared/contracts'
import type { OrderStatus } from '../../src/shared/domain/order'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, type ApiReply, rawApiCaller } from '../fixtures/api'
import { aUser, registration } from '../fixtures/people'
import { seedWorld, type Target } from '../fuzz/world'
import { WRITES } from '../fuzz/writes'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** collect() sweeps many actions: untyped per action. */
const callRaw = rawApiCaller()
let T: Record<ActionName, Target>

type Viewer = 'resident-A' | 'volunteer-A' | 'helper-A' | 'coordinator-A' | 'coordinator-B' | 'admin-A'
const VIEWERS: Viewer[] = ['resident-A', 'volunteer-A', 'helper-A', 'coordinator-A', 'coordinator-B', 'admin-A']
/** Everyone whose openid could leak (the viewers, family, an applicant, people of community B). */
const PEOPLE = [...VIEWERS, 'kin-A', 'canary-A', 'applicant-A', 'appointee-A', 'resident-B', 'volunteer-B']

// ---- Orders: which view may see a value in each field -----------------------------------------------------------
type View = 'self' | 'assigned' | 'coordinator' | 'public'
const OPEN: OrderStatus[] = ['accepted', 'in_service', 'awaiting_confirmation'] // the assigned volunteer's window
const ALL: View[] = ['self', 'assigned', 'coordinator', 'public']
const INVOLVED: View[] = ['self', 'assigned', 'coordinator']
/** A view list, or a rule for views that depend on the status. */
type Rule = View[] | ((view: View, status: OrderStatus) => boolean)
const ORDER_FIELDS: Record<keyof OrderView, Rule> = {
  id: ALL,
  shortNo: ALL,
  category: ALL,
  categoryLabel: ALL,
  description: ALL,
  urgency: ALL,
  funding: ALL,
  status: ALL,
  windowStart: ALL,
  windowEnd: ALL,
  estimatedMinutes: ALL,
  area: ALL,
  distanceMeters: ALL,
  createdAt: ALL,
  slaDueAt: ALL,
  escalated: ALL,
  settlement: ALL,
  moves: ALL,
  viewer: ALL,
  // The beneficiary's name and the timeline (which names people) only to those involved.
  beneficiaryName: INVOLVED,
  events: INVOLVED,
  // 条例 art 21: the address, contact, phone, exact point and photos — owner, coordinators, the assigned volunteer
  // only while the service is open.
  address: (v, s) => v === 'self' || v === 'coordinator' || (v === 'assigned' && OPEN.includes(s)),
  photos: (v, s) => v === 'self' || v === 'coordinator' || (v === 'assigned' && OPEN.includes(s)),
  // The owner tells the code to the volunteer at the door: nobody else ever reads it.
  checkInCode: ['self'],
  // Who serves and how it went: the people involved.
  volunteer: INVOLVED,
  acceptedAt: INVOLVED,
  checkInAt: INVOLVED,
  checkOutAt: INVOLVED,
  autoConfirmAt: INVOLVED,
  servedMinutes: INVOLVED,
  finalMinutes: INVOLVED,
  rating: INVOLVED,
  dispute: INVOLVED,
  cancelReason: INVOLVED
}

// ---- Canaries: planted personal values and who may receive them ---------------------------------------------------
const reg = registration({ realName: '郑雀儿', phone: '13755556666' })
const CANARIES: Record<string, { value: string; may: Viewer[] }> = {
  'resident address': { value: '文昌路8号3栋502', may: ['resident-A', 'volunteer-A', 'coordinator-A', 'admin-A'] },
  'resident contact name': { value: '余欣怡', may: ['resident-A', 'volunteer-A', 'coordinator-A', 'admin-A'] },
  'resident contact phone': { value: '13912345678', may: ['resident-A', 'volunteer-A', 'coordinator-A', 'admin-A'] },
  'volunteer real name': { value: '柯小雀', may: ['volunteer-A', 'resident-A', 'coordinator-A', 'admin-A'] },
  'volunteer phone': { value: '13711112222', may: ['volunteer-A', 'coordinator-A', 'admin-A'] },
  'applicant real name': { value: '郑雀儿', may: ['coordinator-A', 'admin-A'] },
  'applicant phone': { value: '13755556666', may: ['coordinator-A', 'admin-A'] },
  'raw ID number': { value: String(reg.idNumber), may: [] },
  // A registered beneficiary without WeChat (tests/fuzz/world.ts): only their community's coordinators (and admins).
  'beneficiary phone': { value: '0752-2345678', may: ['coordinator-A', 'admin-A'] },
  'beneficiary address': { value: '文昌路12号', may: ['coordinator-A', 'admin-A'] }
}

/** Other people's openids: only these actions may carry them, to these viewers (each needs them to act). */
const OPENIDS_NEEDED: Record<string, Viewer[]> = {
  // A coordinator picks the member to adjust or transfer by user id; an admin filters the audit log by actor.
  'volunteers.list': ['coordinator-A', 'coordinator-B', 'admin-A'],
  // The volunteer view a review or an insurance entry returns is the list's (VolunteerAdminView).
  'volunteers.review': ['coordinator-A', 'admin-A'],
  'volunteers.setInsurance': ['coordinator-A', 'admin-A'],
  // The appointed user, named by the id the admin sent.
  'communities.appointCoordinator': ['admin-A'],
  // The community's coordinators and the members found to appoint, by the user id removal and appointment take.
  'communities.coordinators': ['admin-A'],
  'communities.members': ['admin-A'],
  'audit.list': ['admin-A'],
  // A family member is the recipient of a transfer (timebank.transfer toUserId) — H2's deletion asks the same.
  'family.list': ['resident-A'],
  'me.deletionStatus': ['resident-A'],
  'me.requestDeletion': ['resident-A'],
  'me.cancelDeletion': ['resident-A']
}

const replies: Array<{ action: string; viewer: string; data: unknown }> = []
const orderStore = () => new Map([...(tc.store as any).state('orders').docs.values()].map((r: any) => [r.doc._id, r.doc]))

function viewOf(o: any, viewer: string): View {
  if (o.ownerOpenids.includes(viewer)) return 'self'
  if (viewer === 'admin-A' || (viewer === 'coordinator-A' && o.communityId === 'cA') || (viewer === 'coordinator-B' && o.communityId === 'cB'))
    return 'coordinator'
  if (o.volunteerOpenid === viewer) return 'assigned'
  return 'public'
}
const shown = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)

/** Every object in a reply that is an order view (it has OrderView's key set). */
function ordersIn(x: unknown, out: any[] = []): any[] {
  if (Array.isArray(x)) x.forEach((y) => ordersIn(y, out))
  else if (x && typeof x === 'object') {
    if ('checkInCode' in x && 'shortNo' in x && 'viewer' in x) out.push(x)
    Object.values(x).forEach((y) => ordersIn(y, out))
  }
  return out
}

/** The fixture orders' timelines name people by openid, and B's orders share A's address: make both realistic. */
async function realisticOrders() {
  for (const o of orderStore().values() as Iterable<any>) {
    if (!o.events.some((e: any) => PEOPLE.includes(e.byName)) && o.communityId !== 'cB') continue
    const patch: Record<string, unknown> = { events: o.events.map((e: any) => ({ ...e, byName: PEOPLE.includes(e.byName) ? '居民' : e.byName })) }
    if (o.communityId === 'cB')
      Object.assign(patch, { 'address.detail': '乙区和平路1号', 'address.contactName': '乙某', 'address.contactPhone': '13600000000' })
    await tc.db.collection('orders').doc(o._id).update({ data: patch })
  }
}

async function collect(action: string, viewer: string, input: Record<string, unknown>) {
  const r: ApiReply = await callRaw(viewer, action, input)
  if (r.ok) replies.push({ action, viewer, data: r.data })
}

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'admin-A'
  T = await seedWorld(tc, call)
  // Distinct planted values, and nicknames unlike openids (the fixtures name people by their openid).
  await tc.db
    .collection('volunteers')
    .where({ openid: 'volunteer-A' })
    .update({ data: { phone: '13711112222', realName: '柯小雀' } })
  for (const [i, p] of PEOPLE.entries())
    await tc.db
      .collection('users')
      .where({ _id: p })
      .update({ data: { nickname: `昵称${i}` } })
  await realisticOrders()
  await aUser(tc.db, 'canary-A', 'cA', ['resident'], '雀')
  const applied = await call('canary-A', 'volunteers.register', reg)
  if (!applied.ok) throw new Error(JSON.stringify(applied.error))

  // Every read action, as every viewer, with the world's valid input; more inputs where a viewer sees other things.
  const reads = (Object.keys(T) as ActionName[]).filter((a) => WRITES[a].length === 0)
  for (const action of reads) for (const v of VIEWERS) await collect(action, v, T[action].input())
  for (const v of VIEWERS) {
    for (const id of orderStore().keys()) await collect('orders.get', v, { orderId: id })
    for (const as of ['resident', 'volunteer']) for (const open of [true, false]) await collect('orders.listMine', v, { as, open, limit: 50 })
    for (const status of ['pending', 'approved', 'rejected']) await collect('volunteers.list', v, { status, limit: 50 })
    await collect('orders.pool', v, { location: { longitude: 114.41, latitude: 23.11 }, radiusMeters: 20000, limit: 50 })
    for (const as of ['mine', 'assigned', 'community']) await collect('reports.list', v, { as, limit: 50 })
  }
  // The outputs of writes: each write action's valid input (a fresh target where it needs one), as its caller.
  for (const action of (Object.keys(T) as ActionName[]).filter((a) => WRITES[a].length > 0)) {
    const t = T[action]
    const base = t.input()
    const fresh = Object.entries(t.fresh ? await t.fresh() : {}).filter(([k]) => k in base)
    await realisticOrders()
    await collect(action, t.as, { ...base, ...Object.fromEntries(fresh) })
  }
}, 300000)
afterAll(() => delete process.env.ADMIN_OPENIDS)

it('walks a reply from every read action for each of the six viewers, and every write', () => {
  const readActions = new Set(replies.map((r) => r.action))
  expect(readActions.size).toBeGreaterThan(60)
  for (const v of VIEWERS) expect(replies.some((r) => r.viewer === v && ordersIn(r.data).length > 0)).toBe(true)
})

it('shows each order field only to the views its table allows', () => {
  const stored = orderStore()
  const outside: string[] = []
  let checked = 0
  for (const r of replies) {
    for (const o of ordersIn(r.data)) {
      const doc = stored.get(o.id) as any
      if (!doc) continue
      const view = viewOf(doc, r.viewer)
      checked++
      for (const [field, value] of Object.entries(o)) {
        const rule = ORDER_FIELDS[field as keyof OrderView]
        if (!rule) outside.push(`${r.action} as ${r.viewer}: unknown field ${field}`)
        else if (shown(value) && !(Array.isArray(rule) ? rule.includes(view) : rule(view, o.status)))
          outside.push(`${r.action} as ${r.viewer} (${view}, ${o.status}): ${field}`)
      }
    }
  }
  expect(checked).toBeGreaterThan(80)
  expect([...new Set(outside)]).toEqual([])
})

it.each(Object.keys(CANARIES).map((k) => [k]))('lets the %s reach only the viewers who may see it', (name) => {
  const { value, may } = CANARIES[name]
  const seenBy = replies.filter((r) => JSON.stringify(r.data).includes(value)).map((r) => `${r.action} as ${r.viewer}`)
  const outside = replies.filter((r) => !may.includes(r.viewer as Viewer) && JSON.stringify(r.data).includes(value)).map((r) => `${r.action} as ${r.viewer}`)
  expect([...new Set(outside)]).toEqual([])
  if (may.length) expect(seenBy.length).toBeGreaterThan(0) // the canary was planted where a viewer can see it
})

it('shows ID numbers only masked', () => {
  const text = JSON.stringify(replies.map((r) => r.data))
  expect(text).not.toMatch(/"\d{17}[\dX]"/)
  expect(text).toMatch(/\d{4}\*{10}\d{3}[\dX]/) // the masked form is there (coordinators reviewing)
})

it("carries other people's openids only where the action needs them", () => {
  const outside: string[] = []
  for (const r of replies) {
    const text = JSON.stringify(r.data)
    const others = PEOPLE.filter((p) => p !== r.viewer && text.includes(`"${p}"`))
    if (others.length && !(OPENIDS_NEEDED[r.action] ?? []).includes(r.viewer as Viewer)) outside.push(`${r.action} as ${r.viewer}: ${others.join(', ')}`)
  }
  expect([...new Set(outside)]).toEqual([])
})
