// Subscribe messages about orders (src/shared/notifications.ts): who is told what, at which step. Locally the
// openapi stand-in writes each message to `_local_outbox`. A failing send must never fail the order action.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, anAddress, east, orderInput } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** Messages about one order (its page names it), as `recipient:template`. */
const sentAbout = (orderId: string) =>
  [...tc.store.all('_local_outbox').values()]
    .map((r) => r.doc as any)
    .filter((m) => m.page.includes(orderId))
    .map((m) => `${m.touser}:${m.templateId}`)
let addressId = ''
let volunteerId = ''

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'NOTE01')
  await aUser(tc.db, 'res-1', 'c1')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  addressId = await anAddress(tc.db, 'res-1')
  volunteerId = await aVolunteer(tc.db, 'vol-1', 'c1', { at: east(200) })
  await aVolunteer(tc.db, 'vol-2', 'c1', { at: east(400) })
})

it('tells the volunteer of a dispatch, the resident of acceptance and arrival, the volunteer of completion', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  expect(sentAbout(o.id)).toEqual([]) // submitting tells nobody (coordinators hear only of escalations)
  must(await call('coord-1', 'orders.dispatch', { orderId: o.id, volunteerId }))
  expect(sentAbout(o.id)).toEqual(['vol-1:tmpl-order-dispatched'])
  must(await call('vol-1', 'orders.accept', { orderId: o.id }))
  expect(sentAbout(o.id).slice(1)).toEqual(['res-1:tmpl-order-accepted'])
  must(await call('vol-1', 'orders.checkIn', { orderId: o.id, code: present(o.checkInCode) }))
  expect(sentAbout(o.id).slice(2)).toEqual(['res-1:tmpl-order-checked-in'])
  must(await call('vol-1', 'orders.checkOut', { orderId: o.id }))
  expect(sentAbout(o.id)).toHaveLength(3) // check-out: the resident confirms in the app, no template for it
  must(await call('res-1', 'orders.confirm', { orderId: o.id, stars: 5 }))
  expect(sentAbout(o.id).slice(3)).toEqual(['vol-1:tmpl-order-completed'])
})

it('tells the resident when a volunteer grabs the order, with the order page and its details', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  must(await call('vol-2', 'orders.grab', { orderId: o.id }))
  expect(sentAbout(o.id)).toEqual(['res-1:tmpl-order-accepted'])
  const msg = [...tc.store.all('_local_outbox').values()].map((r) => r.doc as any).find((m) => m.page.includes(o.id))
  expect(msg).toMatchObject({ page: `packages/resident/pages/order/index?id=${o.id}`, data: { thing1: { value: '探访老人' }, phrase2: { value: '已接单' } } })
})

it('never fails the action when the send fails (template missing, recipient not subscribed)', async () => {
  const o = must(await call('res-1', 'orders.create', orderInput(addressId)))
  const failure = Object.assign(new Error('openapi.subscribeMessage.send:fail 40037 invalid template_id'), { errCode: 40037 })
  const send = jest.spyOn(tc.cloud.openapi.subscribeMessage, 'send').mockRejectedValue(failure)
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const dispatched = await call('coord-1', 'orders.dispatch', { orderId: o.id, volunteerId })
    expect(dispatched).toMatchObject({ ok: true, data: { status: 'dispatched' } })
    expect(await call('vol-1', 'orders.accept', { orderId: o.id })).toMatchObject({ ok: true, data: { status: 'accepted' } })
    expect(send).toHaveBeenCalledTimes(2)
    // Logged without personal data: the error's code, not the recipient.
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('"errCode":40037'), expect.stringContaining('"errCode":40037')])
    expect(logged.mock.calls.join('\n')).not.toContain('vol-1')
  } finally {
    send.mockRestore()
    logged.mockRestore()
  }
  expect(sentAbout(o.id)).toEqual([])
})
