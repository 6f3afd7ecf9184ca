// Structured function logs (cloudfunctions/api/src/lib/log.ts) with per-call logging ON: every call writes one JSON
// line carrying the request id, its action and outcome; an internal error adds an error line with the same id.
// No line holds the caller's openid, nickname, real name, phone, ID number or address — not even an error whose
// message quotes personal data.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { anOrder, orderInput } from '../fixtures/orders'
import { logInternal } from '../../cloudfunctions/api/src/lib/log'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** The table below mixes actions (and one refused input): the untyped caller. */
const callRaw = rawApiCaller()
const ME = 'wx-log-caller-7f3a'
const reg = registration({ realName: '司马丽娟', phone: '13644448888' })
const PERSONAL = [ME, '司马丽娟', '13644448888', String(reg.idNumber), '和平里12号楼', '欧阳春华', '13577776666', '小娟子']
const lines: string[] = []
let spies: jest.SpyInstance[] = []

beforeAll(async () => {
  await aCommunity(tc.db, 'cL', 'LOG001')
  await aUser(tc.db, ME, 'cL')
  process.env.API_LOG = 'on'
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
  spies = [
    jest.spyOn(console, 'log').mockImplementation(keep),
    jest.spyOn(console, 'error').mockImplementation(keep),
    jest.spyOn(console, 'warn').mockImplementation(keep)
  ]
})
afterAll(() => {
  spies.forEach((s) => s.mockRestore())
  process.env.API_LOG = 'off'
})

const logged = (requestId: string) => lines.filter((l) => l.includes(requestId)).map((l) => JSON.parse(l))

it('writes one line per call with the request id, action, outcome and time — and nothing personal', async () => {
  const calls: Array<[string, Record<string, unknown>, string]> = [
    ['users.updateProfile', { nickname: '小娟子' }, 'OK'],
    ['addresses.add', { label: '家', detail: '和平里12号楼', contactName: '欧阳春华', contactPhone: '13577776666', location: null }, 'OK'],
    ['volunteers.register', reg, 'OK'],
    ['addresses.add', { label: '家', detail: '和平里12号楼', contactName: '欧阳春华', contactPhone: '1357777', location: null }, 'BAD_INPUT']
  ]
  let addressId = ''
  for (const [i, [action, input, code]] of calls.entries()) {
    const requestId = `log-test-${i}-abcdef`
    const r = await callRaw(ME, action, input, { requestId })
    if (action === 'addresses.add' && r.ok) addressId = (r.data as { id: string }).id
    expect(r.ok ? 'OK' : r.error.code).toBe(code)
    expect(logged(requestId)).toEqual([{ level: code === 'OK' ? 'info' : 'warn', requestId, action, code, ms: expect.any(Number) }])
  }
  const order = await call(ME, 'orders.create', orderInput(addressId), { requestId: 'log-test-order-abcdef' })
  expect(order.ok).toBe(true)
  expect(logged('log-test-order-abcdef')).toHaveLength(1)
  const text = lines.join('\n')
  expect(PERSONAL.filter((p) => text.includes(p))).toEqual([])
})

it('logs an internal error with the request id and stack frames only', async () => {
  // A damaged order (its timeline is not a list) makes orders.get fail inside the handler.
  const o = await anOrder(tc.db, { createdBy: ME, ownerOpenids: [ME], communityId: 'cL', events: '13644448888' as any })
  const r = await call(ME, 'orders.get', { orderId: o._id }, { requestId: 'log-test-internal-abcdef' })
  expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', requestId: 'log-test-internal-abcdef' } })
  const got = logged('log-test-internal-abcdef')
  expect(got.map((l) => l.level).sort()).toEqual(['error', 'warn'])
  const error = got.find((l) => l.level === 'error')
  expect(error).toMatchObject({ requestId: 'log-test-internal-abcdef', action: 'orders.get', errorName: 'TypeError' })
  expect(error.stack).toMatch(/at /)
  expect(PERSONAL.filter((p) => JSON.stringify(got).includes(p))).toEqual([])
})

it('never logs an error message, which may quote personal data (a database error quoting a document…)', () => {
  lines.length = 0
  logInternal({
    requestId: 'log-test-message-abcdef',
    action: 'users.updateProfile',
    error: new Error(`E11000 duplicate key dup key: { phone: "13644448888", name: "司马丽娟", openid: "${ME}" }`)
  })
  const [line] = logged('log-test-message-abcdef')
  expect(line).toMatchObject({ level: 'error', requestId: 'log-test-message-abcdef', errorName: 'Error', stack: expect.stringMatching(/at /) })
  expect(PERSONAL.filter((p) => lines.join('').includes(p))).toEqual([])
})
