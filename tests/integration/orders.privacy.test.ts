// 条例 art 21 (the recipient's privacy), through the router on the local cloud: what each kind of caller learns about
// an order from every action they can call. The address detail, contact name and phone, the exact point, photos and
// the check-in code are private: the owner sees them (the code only they), the community's coordinators see them
// (not the code), the assigned volunteer sees them from accepting until confirmation, nobody else ever.
import { ORDER_STATUSES, type OrderStatus } from '../../src/shared/domain/order'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as data, present, rawApiCaller, type ApiReply } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anOrder, HERE, orderInput, storedOrder, type OrderDoc } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** outsiderCalls() lists [action, input] pairs of many actions: untyped per action. */
const callRaw = rawApiCaller()

const SECRET = { detail: '幸福里9号楼1单元1101', contactName: '柯美玲', contactPhone: '13698765432' }
const POINT = { longitude: 114.412345, latitude: 23.112345 }
const TRACES = ['trace-secret-checking', 'trace-secret-risky', 'trace-secret-pass']
const photos: OrderDoc['photos'] = []
/** Strings that must not appear in anything an outsider receives. */
const PRIVATE = [SECRET.detail, SECRET.contactName, SECRET.contactPhone, '114.412345', '23.112345', 'p-check.jpg', 'p-risky.jpg', 'p-pass.jpg', ...TRACES]
/** Assigned while the volunteer may see the address (written out here, not read from the code). */
const VOLUNTEER_SEES: OrderStatus[] = ['accepted', 'in_service', 'awaiting_confirmation']
const vol: Record<string, string> = {}

/** An order with the private address and three photos (checking, risky, pass), held by vol-1 unless pending. */
const privateOrder = (status: OrderStatus, over: Partial<OrderDoc> = {}) => {
  const point = new tc.db.Geo.Point(POINT.longitude, POINT.latitude)
  return anOrder(tc.db, {
    status,
    volunteerOpenid: status === 'pending' ? null : 'vol-1',
    declinedBy: ['vol-3'],
    address: { addressId: 'addr-secret', ...SECRET, location: point },
    location: point,
    photos,
    ...over
  })
}
const leaks = (replies: unknown[]) => PRIVATE.filter((s) => JSON.stringify(replies).includes(s))
const fullAddress = { ...SECRET, location: POINT }

beforeAll(async () => {
  await aCommunity(tc.db, 'cA', 'AAAA01', 'A社区')
  await aCommunity(tc.db, 'cB', 'BBBB02', 'B社区')
  await aUser(tc.db, 'res-A', 'cA')
  await aUser(tc.db, 'res-X', 'cA')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'])
  for (const id of ['vol-1', 'vol-2', 'vol-3']) vol[id] = await aVolunteer(tc.db, id, 'cA')
  vol['vol-B'] = await aVolunteer(tc.db, 'vol-B', 'cB')
  for (const [i, [name, status]] of (
    [
      ['p-check.jpg', 'checking'],
      ['p-risky.jpg', 'risky'],
      ['p-pass.jpg', 'pass']
    ] as const
  ).entries()) {
    const { fileID } = await tc.cloud.uploadFile({ cloudPath: `orders/resident-key/${name}`, fileContent: Buffer.from(`image ${name}`) })
    photos.push({ fileId: fileID, traceId: TRACES[i], status })
  }
})

/** Every orders.* and catalog.* call an outsider can make about order `o` (grab only where it cannot succeed). */
function outsiderCalls(o: OrderDoc, who: string): Array<[string, Record<string, unknown>]> {
  const orderId = o._id
  return [
    ['orders.get', { orderId }],
    ['orders.listMine', { as: 'volunteer' }],
    ['orders.listMine', { as: 'volunteer', open: false }],
    ['orders.listMine', { as: 'resident' }],
    ['orders.listMine', { as: 'resident', open: false }],
    ['orders.pool', {}],
    ['orders.pool', { location: POINT, radiusMeters: 20000 }],
    ['orders.pool', { location: HERE, radiusMeters: 100 }],
    ...(o.status === 'pending' && who === 'vol-2' ? [] : [['orders.grab', { orderId }] as [string, Record<string, unknown>]]),
    ['orders.candidates', { orderId }],
    ['orders.board', {}],
    ['orders.dispatch', { orderId, volunteerId: vol['vol-2'] }],
    ['orders.reassign', { orderId, volunteerId: vol['vol-2'], reason: '调整' }],
    ['orders.accept', { orderId }],
    ['orders.decline', { orderId, reason: '没空' }],
    ['orders.checkIn', { orderId, code: o.checkInCode === '0000' ? '0001' : '0000' }],
    ['orders.checkIn', { orderId, location: POINT }],
    ['orders.checkOut', { orderId }],
    ['orders.confirm', { orderId, stars: 1 }],
    ['orders.dispute', { orderId, reason: '有问题' }],
    ['orders.resolve', { orderId, minutes: 0, reason: '裁定' }],
    ['orders.cancel', { orderId, reason: '取消' }],
    ['orders.create', orderInput('no-such-address')],
    ['catalog.list', {}],
    ['catalog.upsert', { category: 'elder_visit', defaultMinutes: 60, skills: [], minAge: 18, risky: false, residentDirect: true, enabled: true }]
  ]
}

describe('a volunteer who is not assigned learns nothing private from any action', () => {
  it.each(ORDER_STATUSES)('order %s: eligible volunteer, one who declined it, one of another community, another resident', async (status) => {
    const o = await privateOrder(status)
    const before = storedOrder(tc.store as any, o._id)
    const replies: Record<string, ApiReply[]> = {}
    for (const who of ['vol-2', 'vol-3', 'vol-B', 'res-X']) {
      replies[who] = []
      for (const [action, input] of outsiderCalls(o, who)) replies[who].push(await callRaw(who, action, input))
    }
    expect(leaks(Object.values(replies))).toEqual([])
    expect(storedOrder(tc.store as any, o._id)).toEqual(before) // and none of it changed the order
    // Not vacuous: while pending, the eligible volunteer does see the order (street-level) in get and the pool.
    const seen = replies['vol-2'].filter((r) => r.ok && JSON.stringify(r.data).includes(o._id))
    if (status === 'pending') {
      expect(seen.length).toBeGreaterThanOrEqual(3)
      expect(data(replies['vol-2'][0])).toMatchObject({ id: o._id, area: 'A社区', address: null, photos: [], checkInCode: null })
    } else {
      expect(replies['vol-2'][0]).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_ORDER' } })
      expect(seen).toEqual([])
    }
  })
})

describe('the assigned volunteer', () => {
  it.each(ORDER_STATUSES.filter((s) => s !== 'pending'))(
    'order %s: address and photos only while accepted, in service or awaiting confirmation',
    async (status) => {
      const o = await privateOrder(status)
      const got = data(await call('vol-1', 'orders.get', { orderId: o._id }))
      const listed = [
        ...data(await call('vol-1', 'orders.listMine', { as: 'volunteer', open: true })).items,
        ...data(await call('vol-1', 'orders.listMine', { as: 'volunteer', open: false })).items
      ].filter((i: any) => i.id === o._id)
      expect(listed).toHaveLength(1)
      for (const view of [got, listed[0]]) {
        expect(view.checkInCode).toBeNull()
        if (VOLUNTEER_SEES.includes(status)) {
          expect(view.address).toEqual(fullAddress)
          expect(view.photos.map((p: any) => p.status)).toEqual(['checking', 'risky', 'pass'])
        } else {
          expect({ address: view.address, photos: view.photos }).toEqual({ address: null, photos: [] })
          expect(leaks([view])).toEqual([])
        }
      }
    }
  )

  it('gets the address in the reply to accepting and check-out, not to declining or withdrawing', async () => {
    const accepted = data(await call('vol-1', 'orders.accept', { orderId: (await privateOrder('dispatched'))._id }))
    expect(accepted).toMatchObject({ status: 'accepted', address: fullAddress })
    const out = data(await call('vol-1', 'orders.checkOut', { orderId: (await privateOrder('in_service'))._id }))
    expect(out).toMatchObject({ status: 'awaiting_confirmation', address: fullAddress })
    const declined = data(await call('vol-1', 'orders.decline', { orderId: (await privateOrder('dispatched'))._id, reason: '时间冲突' }))
    const withdrawn = data(await call('vol-1', 'orders.cancel', { orderId: (await privateOrder('accepted'))._id, reason: '临时有事' }))
    expect([declined.status, withdrawn.status]).toEqual(['pending', 'pending'])
    expect(leaks([declined, withdrawn])).toEqual([])
  })
})

describe('the check-in code', () => {
  it.each(ORDER_STATUSES)('order %s: only the owner is told it', async (status) => {
    const o = await privateOrder(status)
    const owner = data(await call('res-A', 'orders.get', { orderId: o._id }))
    expect(owner.address).toEqual(fullAddress)
    expect(leaks([owner])).toEqual(expect.arrayContaining([SECRET.detail, SECRET.contactPhone, '114.412345'])) // the detector sees them
    if (['pending', 'dispatched', 'accepted'].includes(status)) expect(owner.checkInCode).toBe(o.checkInCode)
    const others = [
      data(await call('coord-A', 'orders.get', { orderId: o._id })),
      ...(status === 'pending' ? [data(await call('vol-2', 'orders.get', { orderId: o._id }))] : [data(await call('vol-1', 'orders.get', { orderId: o._id }))])
    ]
    for (const view of others) expect(view.checkInCode).toBeNull()
    const listed = data(await call('res-A', 'orders.listMine', { as: 'resident', open: !['completed', 'resolved', 'cancelled'].includes(status) })).items.find(
      (i) => i.id === o._id
    )
    expect(present(listed).checkInCode).toBe(owner.checkInCode)
  })
})

describe('coordinators', () => {
  it.each(ORDER_STATUSES)('order %s: those of the community see the address; those of another community get nothing', async (status) => {
    const o = await privateOrder(status)
    expect(data(await call('coord-A', 'orders.get', { orderId: o._id }))).toMatchObject({ address: fullAddress, checkInCode: null })
    const before = storedOrder(tc.store as any, o._id)
    const replies: ApiReply[] = []
    for (const [action, input] of outsiderCalls(o, 'coord-B')) replies.push(await callRaw('coord-B', action, input))
    expect(leaks(replies)).toEqual([])
    expect(replies[0]).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_ORDER' } })
    expect(JSON.stringify(replies.filter((r) => r.ok))).not.toContain(o._id)
    expect(storedOrder(tc.store as any, o._id)).toEqual(before)
  })
})

describe('photos', () => {
  const passOnly = [
    { status: 'checking', url: null },
    { status: 'risky', url: null },
    { status: 'pass', url: expect.stringContaining('p-pass.jpg') }
  ]

  it('shows full viewers a URL for passed photos only, and never a trace id or a held-back file', async () => {
    const o = await privateOrder('accepted')
    const views = await Promise.all(['res-A', 'coord-A', 'vol-1'].map(async (who) => data(await call(who, 'orders.get', { orderId: o._id }))))
    for (const v of views) expect(v.photos).toEqual(passOnly)
    expect(JSON.stringify(views)).not.toMatch(/p-check\.jpg|p-risky\.jpg|trace-secret/)
  })

  it('shows no photo at all to the volunteer an order is merely dispatched to, nor in the pool', async () => {
    const dispatched = await privateOrder('dispatched')
    expect(data(await call('vol-1', 'orders.get', { orderId: dispatched._id })).photos).toEqual([])
    const pending = await privateOrder('pending')
    const inPool = data(await call('vol-2', 'orders.pool', { location: POINT })).items.find((i: any) => i.id === pending._id)
    expect(inPool).toMatchObject({ photos: [], address: null })
  })
})
