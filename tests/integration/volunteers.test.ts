// Real-name registration and review through the router and the genuine SDK on the local cloud.
import fs from 'fs'
import path from 'path'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk } from '../fixtures/api'
import { idFor } from '../fixtures/idNumbers'
import { aCommunity, aUser, registration } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const volunteerCount = () => tc.store.all('volunteers').size

beforeAll(async () => {
  await aCommunity(tc.db, 'c1', 'WC01')
  await aCommunity(tc.db, 'c2', 'XH02')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator'])
  for (let i = 1; i <= 12; i++) await aUser(tc.db, `res-${i}`, 'c1')
  await aUser(tc.db, 'homeless', null)
})

describe('volunteers.register', () => {
  it('registers an adult as pending, shows only the masked ID, and stores no plaintext ID anywhere', async () => {
    const idNumber = idFor('441302', '1988-03-09', '517')
    const r = await call('res-1', 'volunteers.register', registration({ idNumber }))
    expect(r).toMatchObject({
      ok: true,
      data: { status: 'pending', volunteerNo: null, realName: '王小明', idMasked: `4413**********${idNumber.slice(-4)}`, guardian: null }
    })
    const raw = ['db.sqlite', 'db.sqlite-wal']
      .map((f) => path.join(tc.dataDir, f))
      .filter(fs.existsSync)
      .map((f) => fs.readFileSync(f).toString('latin1'))
      .join('')
    expect(raw).toContain(idNumber.slice(-4)) // the masked tail is stored…
    expect(raw).not.toContain(idNumber) // …but never the whole number
    expect(raw).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14)) // nor its body without the region
    const stored = tc.store.get('volunteers', expectOk(r).id)!.doc
    expect(stored.idCipher).toMatch(/^v1\./)
    expect(stored.idHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('returns the existing record when the same person submits again (a retry), creating nothing', async () => {
    const input = registration()
    const first = await call('res-2', 'volunteers.register', input)
    const before = volunteerCount()
    const again = await call('res-2', 'volunteers.register', input)
    expect(again.ok && again.data.id).toBe(first.ok && first.data.id)
    expect(volunteerCount()).toBe(before)
  })

  it.each([
    [
      'a bad check digit',
      () => idFor('441302', '1990-01-01').slice(0, 17) + (idFor('441302', '1990-01-01').endsWith('0') ? '1' : '0'),
      'ID_CHECKSUM_INVALID',
      'idNumber'
    ],
    ['an impossible birth date', () => idFor('441302', '1990-02-30'), 'ID_BIRTHDATE_INVALID', 'idNumber'],
    ['an unknown region', () => idFor('991302', '1990-02-03'), 'ID_REGION_INVALID', 'idNumber'],
    ['an applicant under 14', () => idFor('441302', '2015-06-01'), 'TOO_YOUNG', 'idNumber'],
    ['a 16-year-old without a guardian', () => idFor('441302', '2010-06-01'), 'GUARDIAN_REQUIRED', 'guardian']
  ])('rejects %s with a field-level code and writes nothing', async (_what, makeId, code, field) => {
    const before = volunteerCount()
    const r = await call('res-3', 'volunteers.register', registration({ idNumber: makeId() }))
    expect(r).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.stringMatching(/[\u4e00-\u9fa5]/) } } })
    expect(volunteerCount()).toBe(before)
  })

  it('refuses a second registration of the same ID number by another person', async () => {
    const input = registration()
    expect((await call('res-4', 'volunteers.register', input)).ok).toBe(true)
    const before = volunteerCount()
    expect(await call('res-5', 'volunteers.register', input)).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_REGISTERED', fields: { idNumber: expect.any(String) } }
    })
    expect(volunteerCount()).toBe(before)
  })

  it('requires membership of a community', async () => {
    expect(await call('homeless', 'volunteers.register', registration())).toMatchObject({ ok: false, error: { code: 'NOT_IN_COMMUNITY' } })
  })

  it('refuses risky text through content security', async () => {
    const before = volunteerCount()
    expect(await call('res-6', 'volunteers.register', registration({ serviceArea: '赌博场所附近' }))).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY', fields: { serviceArea: expect.any(String) } }
    })
    expect(volunteerCount()).toBe(before)
  })
})

describe('volunteers.review', () => {
  it('approves: issues the community number and the volunteer role; the volunteer sees both', async () => {
    const reg = await call('res-7', 'volunteers.register', registration())
    const r = await call('coord-1', 'volunteers.review', { volunteerId: expectOk(reg).id, decision: 'approve' })
    expect(r).toMatchObject({ ok: true, data: { status: 'approved', volunteerNo: expect.stringMatching(/^WC01-\d{5}$/), phone: '13800138000' } })
    const me = await call('res-7', 'volunteers.me', {})
    expect(me).toMatchObject({
      ok: true,
      data: { volunteer: { status: 'approved', volunteerNo: expectOk(r).volunteerNo, idMasked: expect.stringMatching(/^4413\*{10}.{4}$/) } }
    })
    const user = await call('res-7', 'users.me', {})
    expect(user.ok && user.data.roles).toContain('volunteer')
    expect(await call('coord-1', 'volunteers.review', { volunteerId: expectOk(r).id, decision: 'reject', reason: '重复' })).toMatchObject({
      ok: false,
      error: { code: 'REVIEW_NOT_PENDING' }
    })
  })

  it('refuses a coordinator of another community and a resident, changing nothing', async () => {
    const reg = await call('res-8', 'volunteers.register', registration())
    const id = expectOk(reg).id
    expect(await call('coord-2', 'volunteers.review', { volunteerId: id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('res-1', 'volunteers.review', { volunteerId: id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call('res-1', 'volunteers.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(tc.store.get('volunteers', id as string)!.doc.status).toBe('pending')
  })

  it('rejects only with a reason; a rejected applicant may submit again', async () => {
    const reg = await call('res-9', 'volunteers.register', registration())
    const id = expectOk(reg).id
    expect(await call('coord-1', 'volunteers.review', { volunteerId: id, decision: 'reject' })).toMatchObject({
      ok: false,
      error: { code: 'REASON_REQUIRED', fields: { reason: expect.any(String) } }
    })
    expect(await call('coord-1', 'volunteers.review', { volunteerId: id, decision: 'reject', reason: '服务区域不在本社区' })).toMatchObject({
      ok: true,
      data: { status: 'rejected', rejectReason: '服务区域不在本社区' }
    })
    expect(await call('res-9', 'volunteers.register', registration({ serviceArea: '文昌社区' }))).toMatchObject({
      ok: true,
      data: { id, status: 'pending', rejectReason: null }
    })
  })

  it("approves a minor only after the guardian's consent is verified", async () => {
    const guardian = { name: '李建国', phone: '13900139000', relation: 'father' as const, consent: true as const }
    const reg = await call('res-10', 'volunteers.register', registration({ idNumber: idFor('441302', '2010-03-01', '222'), guardian }))
    expect(reg).toMatchObject({ ok: true, data: { age: expect.any(Number), guardian: { name: '李建国', relation: 'father', verified: false } } })
    const id = expectOk(reg).id
    expect(await call('coord-1', 'volunteers.review', { volunteerId: id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'GUARDIAN_NOT_VERIFIED' }
    })
    expect(await call('coord-1', 'volunteers.review', { volunteerId: id, decision: 'approve', guardianVerified: true })).toMatchObject({
      ok: true,
      data: { status: 'approved', guardian: { verified: true }, guardianPhone: '13900139000' }
    })
  })

  it('does not approve an applicant who has since moved to another community', async () => {
    const reg = await call('res-12', 'volunteers.register', registration())
    expect(await call('res-12', 'communities.join', { code: 'XH02' })).toMatchObject({ ok: true })
    expect(await call('coord-1', 'volunteers.review', { volunteerId: expectOk(reg).id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(tc.store.get('volunteers', expectOk(reg).id)!.doc.status).toBe('pending')
    expect(tc.store.get('users', 'res-12')!.doc.roles).toEqual(['resident'])
  })

  it('lists the own community only, filtered by status and skill', async () => {
    await call('res-11', 'volunteers.register', registration({ skills: ['tutoring'] }))
    const pending = await call('coord-1', 'volunteers.list', { status: 'pending' })
    expect(pending.ok && pending.data.items.every((v: any) => v.status === 'pending')).toBe(true)
    const tutors = await call('coord-1', 'volunteers.list', { skill: 'tutoring' })
    expect(tutors.ok && tutors.data.items.map((v: any) => v.skills)).toEqual([['tutoring']])
    const other = await call('coord-2', 'volunteers.list', {})
    expect(other).toMatchObject({ ok: true, data: { items: [], hasMore: false } })
  })
  it('after a move, the old approval does not carry over; registering again is reviewed by the new community', async () => {
    await aUser(tc.db, 'mover', 'c1')
    const input = registration()
    const first = await call('mover', 'volunteers.register', input)
    const id = expectOk(first).id
    const approved = await call('coord-1', 'volunteers.review', { volunteerId: id, decision: 'approve' })
    const oldNo = expectOk(approved).volunteerNo
    expect(await call('mover', 'communities.join', { code: 'XH02' })).toMatchObject({ ok: true })
    expect(await call('mover', 'volunteers.me', {})).toMatchObject({ ok: true, data: { volunteer: null } })
    expect(await call('mover', 'volunteers.register', registration())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { idNumber: expect.any(String) } }
    })
    const again = await call('mover', 'volunteers.register', input)
    expect(again).toMatchObject({ ok: true, data: { id, status: 'pending', volunteerNo: null } })
    const review = await call('coord-2', 'volunteers.review', { volunteerId: id, decision: 'approve' })
    expect(review).toMatchObject({ ok: true, data: { volunteerNo: expect.stringMatching(/^XH02-\d{5}$/) } })
    expect(tc.store.get('volunteers', id as string)!.doc).toMatchObject({ communityId: 'c2', previousVolunteerNos: [oldNo] })
    expect(tc.store.get('users', 'mover')!.doc.roles).toEqual(['resident', 'volunteer'])
  })
})
