// Certificates 志愿服务记录证明 through the router on the local cloud (genuine SDK): the fields of 民发〔2015〕149号 with
// the ID number masked (the plain number appears nowhere in any reply), replays, verification by number and code
// (a forged code and an unknown number get the same answer), date-range rules and the community's signatories.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must } from '../fixtures/api'
import { idFor } from '../fixtures/idNumbers'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { anOrder, type OrderDoc } from '../fixtures/orders'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
// Required, not imported: the repo initialises wx-server-sdk, which must happen after the local cloud is installed.
const repo = require('../../cloudfunctions/api/src/repos/records') as typeof import('../../cloudfunctions/api/src/repos/records')
const idNumber = idFor('441302', '1992-08-15', '236')
const chinaDay = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(at))
const today = chinaDay(Date.now())
const dayBefore = (day: string) => chinaDay(new Date(`${day}T12:00:00+08:00`).getTime() - 86400000)
// The same calendar day `years` earlier; 29 Feb becomes 28 Feb when that year has none (so the test holds on a leap day).
const yearsBefore = (day: string, years: number) => {
  const y = Number(day.slice(0, 4)) - years
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return day.slice(5) === '02-29' && !leap ? `${y}-02-28` : `${y}${day.slice(4)}`
}
let seq = 0
const requestId = () => `req-cert-${++seq}`
const served = (over: Partial<OrderDoc>) => anOrder(tc.db, { status: 'completed', communityId: 'cC', area: '证明社区', volunteerOpenid: 'vol-C', ...over })
const issue = (from: string, to: string, who = 'vol-C', rid = requestId()) => call(who, 'certificates.issue', { requestId: rid, from, to })

beforeAll(async () => {
  await aCommunity(tc.db, 'cC', 'CERT01', '证明社区')
  await aCommunity(tc.db, 'cD', 'CERT02', '别的社区')
  await aUser(tc.db, 'coord-C', 'cC', ['resident', 'coordinator'], '李干事')
  await aUser(tc.db, 'vol-C', 'cC')
  await aUser(tc.db, 'vol-other', 'cC')
  const reg = must(await call('vol-C', 'volunteers.register', registration({ idNumber, realName: '张晓华' })))
  must(await call('coord-C', 'volunteers.review', { volunteerId: reg.id, decision: 'approve' }))
  const other = must(await call('vol-other', 'volunteers.register', registration()))
  must(await call('coord-C', 'volunteers.review', { volunteerId: other.id, decision: 'approve' }))
  for (const [day, minutes, category] of [
    ['2024-03-02', 90, 'elder_visit'],
    ['2024-04-06', 60, 'elder_visit'],
    ['2025-01-11', 45, 'repair']
  ] as const) {
    await repo.writeOrderRecord(await served({ checkInAt: new Date(`${day}T09:00:00+08:00`), finalMinutes: minutes, category }), new Date())
  }
  // Organized by another community: that community records it, and certifies it (谁记录谁证明).
  await repo.writeOrderRecord(
    await served({ communityId: 'cD', area: '别的社区', checkInAt: new Date('2024-05-01T09:00:00+08:00'), finalMinutes: 500 }),
    new Date()
  )
  must(await call('coord-C', 'records.addHonorary', { requestId: 'honor-cert-1', volunteerId: reg.id, minutes: 120, reason: '年度优秀志愿者' }))
})

describe('certificates.issue', () => {
  let first: any
  it('issues the 民发〔2015〕149号 fields, services summed by content, signed with the defaults', async () => {
    const r = await issue('2024-01-01', today)
    first = must(r)
    expect(first).toMatchObject({
      number: expect.stringMatching(/^ZMCERT01\d{8}\d{4}$/),
      verifyCode: expect.stringMatching(/^[A-Z0-9]{6}$/),
      volunteerName: '张晓华',
      idType: '居民身份证',
      idMasked: `4413**********${idNumber.slice(-4)}`,
      volunteerNo: expect.stringMatching(/^CERT01-\d{5}$/),
      from: '2024-01-01',
      to: today,
      totalMinutes: 90 + 60 + 45 + 120,
      services: [
        { content: '探访老人服务', minutes: 150, count: 2 },
        { content: '荣誉时长', minutes: 120, count: 1 },
        { content: '家电维修服务', minutes: 45, count: 1 }
      ],
      issuer: '证明社区',
      personInCharge: '社区负责人',
      handler: '李干事',
      contact: '请咨询社区'
    })
    expect(r.counters.roundTrips).toBeLessThanOrEqual(5)
    expect(r.counters.queries.every((q) => q.index)).toBe(true)
  })

  it('never shows the ID number: not in the issue reply, the list, the verification, nor the stored certificate', async () => {
    const replies = [
      await issue('2024-01-01', today),
      await call('vol-C', 'certificates.list', {}),
      await call('anyone', 'certificates.verify', { number: first.number, code: first.verifyCode })
    ]
    const text = JSON.stringify(replies) + JSON.stringify([...tc.store.all('certificates').values()])
    for (const piece of [idNumber, idNumber.slice(6, 14), idNumber.slice(4)]) expect(text).not.toContain(piece)
  })

  it('returns the same certificate for a replayed requestId, also when replays race', async () => {
    const rid = requestId()
    const replies = await Promise.all([1, 2, 3].map(() => issue('2024-01-01', '2024-12-31', 'vol-C', rid)))
    const numbers = replies.map((r) => must(r).number)
    expect(new Set(numbers).size).toBe(1)
    expect(must(await issue('2024-01-01', '2024-12-31', 'vol-C', rid))).toEqual(must(replies[0]))
    expect([...tc.store.all('certificates').values()].filter((c) => c.doc.requestId === rid)).toHaveLength(1)
  })

  it('refuses bad ranges with RANGE_INVALID and an empty one with NO_RECORDS_IN_RANGE', async () => {
    const tomorrow = chinaDay(Date.now() + 86400000)
    for (const [from, to] of [
      ['2024-05-01', '2024-04-30'],
      ['2024-01-01', tomorrow],
      [dayBefore(yearsBefore(today, 10)), today],
      ['2024-02-30', '2024-03-31']
    ]) {
      expect({ from, to, reply: await issue(from, to) }).toMatchObject({ from, to, reply: { ok: false, error: { code: 'RANGE_INVALID' } } })
    }
    expect(await issue('2020-01-01', '2020-12-31')).toMatchObject({ ok: false, error: { code: 'NO_RECORDS_IN_RANGE' } })
    expect(must(await issue(yearsBefore(today, 10), today)).totalMinutes).toBe(315) // exactly ten years is allowed
  })

  it('signs with the community’s certificate info once set; certificates already issued keep their signatories', async () => {
    const info = { personInCharge: '王主任', handler: '赵干事', contact: '0752-2345678' }
    const set = await call('coord-C', 'communities.updateCertificateInfo', info)
    expect(must(set)).toEqual(info)
    expect(set.counters.roundTrips).toBe(3)
    expect(await call('coord-C', 'communities.updateCertificateInfo', { ...info, handler: '赌博小组' })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY' }
    })
    expect(must(await issue('2024-01-01', today))).toMatchObject(info)
    expect(must(await call('x', 'certificates.verify', { number: first.number, code: first.verifyCode })).certificate).toMatchObject({
      personInCharge: '社区负责人',
      handler: '李干事'
    })
  })
})

describe('certificates.list', () => {
  it('lists only the caller’s own certificates, newest first', async () => {
    const mine = must(await call('vol-C', 'certificates.list', {})).items
    expect(mine.length).toBeGreaterThanOrEqual(4)
    expect(mine.map((c: any) => c.issuedAt)).toEqual([...mine.map((c: any) => c.issuedAt)].sort().reverse())
    expect(mine.every((c: any) => c.volunteerName === '张晓华')).toBe(true)
    expect(must(await call('vol-other', 'certificates.list', {})).items).toEqual([])
  })
})

describe('certificates.verify', () => {
  let cert: any
  beforeAll(async () => {
    cert = must(await issue('2024-01-01', '2025-12-31'))
  })

  it('answers valid, to anyone, with the certificate minus its code and with the name masked', async () => {
    const r = await call('a-stranger-without-account', 'certificates.verify', { number: cert.number, code: cert.verifyCode })
    const { verifyCode, ...shown } = cert
    expect(must(r)).toEqual({ valid: true, certificate: { ...shown, volunteerName: '张*华' } })
    expect(JSON.stringify(r)).not.toContain(verifyCode)
    expect(JSON.stringify(r)).not.toContain('张晓华')
    expect(r.counters.roundTrips).toBe(2)
    // Numbers and codes are printed in capitals; people type them in either case.
    expect(
      must(await call('a-stranger-without-account', 'certificates.verify', { number: cert.number.toLowerCase(), code: cert.verifyCode.toLowerCase() })).valid
    ).toBe(true)
  })

  it('gives a forged code and an unknown number the same answer', async () => {
    const forged = cert.verifyCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'
    const wrongCode = must(await call('x', 'certificates.verify', { number: cert.number, code: forged }))
    const unknown = must(await call('x', 'certificates.verify', { number: 'ZMCERT01202401010000', code: cert.verifyCode }))
    expect(wrongCode).toEqual({ valid: false, certificate: null })
    expect(unknown).toEqual(wrongCode)
  })
})
