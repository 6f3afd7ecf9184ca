// 名册导入、身份认领、全量导出 through the router and the genuine SDK on the local cloud. Proves: a dry run names
// every kind of bad row and writes nothing; an import of a file with bad rows writes nothing; a clean import is
// whole (volunteers approved with consecutive numbers, 补录 records and totals, one audit receipt); the same file
// again adds nothing, the same request again answers the same, concurrent copies agree and import once; XLSX reads
// like CSV; a claim needs name, ID and phone to match and moves the 补录 hours to the claimant; the full export is
// for street admins of the street and platform admins only, unmasked, audited with its purpose, linked for 1 hour.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as ok, expectFail, present } from '../fixtures/api'
import { aCommunity, aUser } from '../fixtures/people'
import { idFor } from '../fixtures/idNumbers'
import { rosterCsv, rosterRow, rosterRows, rosterXlsx, uploadRoster, type RosterRow } from '../fixtures/roster'
import { parseCsv } from '../../src/shared/domain/csv'
import { NATIONAL_EXPORT_HEADERS } from '../../src/shared/domain/roster'
import { EXPORT_URL_MAX_AGE_S } from '../../src/shared/contracts'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const all = (coll: string) => [...tc.store.all(coll).values()].map((r) => r.doc as any)
const WRITTEN = ['volunteers', 'service_records', 'record_totals', 'counters', 'stats_rollups', 'audit_logs', 'users']
const snapshot = () => JSON.stringify(WRITTEN.map(all))
const COORD = 'coord-a'
let fileSeq = 0
const upload = (rows: RosterRow[], as = COORD) => uploadRoster(tc.cloud, as, `r${fileSeq++}.csv`, rosterCsv(rows))
const run = (fileId: string, dryRun: boolean, requestId = `req-${fileSeq}-${dryRun}-${Math.random().toString(36).slice(2, 8)}`) =>
  call(COORD, 'volunteers.importRoster', { requestId, fileId, dryRun })

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'plat-admin'
  await aCommunity(tc.db, 'cA', 'WCA', '文昌社区')
  await aCommunity(tc.db, 'cB', 'JBB', '江北社区')
  await tc.db
    .collection('communities')
    .doc('cA')
    .update({ data: { streetId: 'st1' } })
  await tc.db
    .collection('communities')
    .doc('cB')
    .update({ data: { streetId: 'st2' } })
  await aUser(tc.db, COORD, 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'plat-admin', null, ['resident', 'admin'])
  for (const [u, st] of [
    ['sadmin-1', 'st1'],
    ['sadmin-2', 'st2']
  ]) {
    await aUser(tc.db, u, null, ['resident', 'street_admin'])
    await tc.db
      .collection('users')
      .doc(u)
      .update({ data: { streetId: st } })
  }
  // The fixture users are written straight to the store (no 工作台 bumps): start from rollups recomputed from raw data.
  await require('../../cloudfunctions/api/src/repos/statsRebuild').rebuildRollups('cA', new Date())
})
afterAll(() => {
  delete process.env.ADMIN_OPENIDS
})

describe('volunteers.importRoster: dry run', () => {
  it('names every bad row with its reason and writes nothing', async () => {
    const good = rosterRows(6, 1)
    const badCheck = { ...rosterRow(10, 1), 证件号码: rosterRow(10, 1).证件号码!.slice(0, 17) + (rosterRow(10, 1).证件号码!.endsWith('0') ? '1' : '0') }
    const badBirth = { ...rosterRow(11, 1), 出生日期: '1980-01-01' }
    const child = { ...rosterRow(12, 1), 证件号码: idFor('441302', '2016-05-01', '111'), 出生日期: '', 性别: '' }
    const minor = { ...rosterRow(13, 1), 证件号码: idFor('441302', '2012-01-01', '111'), 出生日期: '', 性别: '' }
    const badPhone = { ...rosterRow(14, 1), 手机号: '1234' }
    const noName = { ...rosterRow(15, 1), 姓名: '' }
    const badHours = { ...rosterRow(16, 1), '补录服务时长（小时）': '两小时', 补录服务日期: '2024-06-01', 补录来源: '台账' }
    const dupInFile = { ...good[0] }
    const rows = [...good, badCheck, badBirth, child, minor, badPhone, noName, badHours, dupInFile]
    const before = snapshot()
    const r = ok(await run(await upload(rows), true))
    expect(snapshot()).toBe(before)
    expect(r).toMatchObject({ dryRun: true, rows: rows.length, volunteers: 6, problemCount: 8, alreadyImported: false })
    const byRow = new Map(r.problems.map((p) => [p.row, p]))
    // Row numbers as a spreadsheet shows them: the header is row 1, so data row i is row i + 2.
    expect(byRow.get(8)).toMatchObject({ column: '证件号码', message: '证件号码校验位不正确' })
    expect(byRow.get(9)).toMatchObject({ column: '出生日期', message: '出生日期与证件号码不一致' })
    expect(byRow.get(10)?.message).toContain('未满14周岁')
    expect(byRow.get(11)?.message).toContain('未满18周岁')
    expect(byRow.get(12)).toMatchObject({ column: '手机号' })
    expect(byRow.get(13)).toMatchObject({ column: '姓名', message: '姓名不能为空' })
    expect(byRow.get(14)).toMatchObject({ column: '补录服务时长（小时）' })
    expect(byRow.get(15)).toMatchObject({ column: '证件号码', message: '与第2行是同一证件号码（文件内重复）' })
  })

  it('finds people already in the store; an import of a file with bad rows writes nothing', async () => {
    ok(await run(await upload(rosterRows(3, 2)), false))
    const rows = [...rosterRows(2, 3), rosterRow(1, 2)]
    const fileId = await upload(rows)
    const dry = ok(await run(fileId, true))
    expect(dry.problems).toEqual([{ row: 4, column: '证件号码', message: '该证件号码已登记为志愿者（系统中已存在）' }])
    const before = snapshot()
    expect(expectFail(await run(fileId, false)).code).toBe('ROSTER_HAS_PROBLEMS')
    expect(snapshot()).toBe(before)
  })

  it('refuses a file outside the caller’s roster folder and a header that is not the roster’s', async () => {
    const foreign = await upload(rosterRows(2, 4), 'someone-else')
    expect(expectFail(await run(foreign, true)).code).toBe('BAD_INPUT')
    const wrongHeader = await uploadRoster(tc.cloud, COORD, 'h.csv', 'name,id\r\nA,B\r\n')
    const r = ok(await run(wrongHeader, true))
    expect(r.problems.map((p) => p.message)).toEqual(expect.arrayContaining(['缺少必填列「姓名」', '表头「name」不是名册的列，请使用导入模板']))
  })
})

describe('volunteers.importRoster: import', () => {
  it('imports all rows at once: approved, numbered, 补录 records and totals, one receipt; the same file again adds nothing', async () => {
    const rows = rosterRows(9, 5)
    const fileId = await upload(rows)
    const countBefore = all('volunteers').length
    const first = ok(await run(fileId, false, 'import-5-a'))
    expect(first).toMatchObject({ dryRun: false, rows: 9, volunteers: 9, pastRecords: 3, pastMinutes: 3 * 150, alreadyImported: false, problemCount: 0 })
    const mine = all('volunteers').filter((v) => v.roster && rows.some((r) => r.姓名 === v.realName && r.手机号 === v.phone))
    expect(mine).toHaveLength(9)
    expect(mine.every((v) => v.status === 'approved' && /^WCA-\d{5}$/.test(v.volunteerNo) && !JSON.stringify(v).includes(rows[0].证件号码!))).toBe(true)
    const nos = mine.map((v) => Number(v.volunteerNo.slice(4))).sort((a, b) => a - b)
    expect(nos[8] - nos[0]).toBe(8) // consecutive numbers
    const recs = all('service_records').filter((r) => r.source === 'import' && mine.some((v) => v.openid === r.volunteerOpenid))
    expect(recs).toHaveLength(3)
    expect(recs[0]).toMatchObject({ minutes: 150, date: '2024-06-01', note: '补录来源：纸质台账' })
    for (const r of recs) expect(all('record_totals').find((t) => t._id === r.volunteerOpenid)?.minutes).toBe(150)
    const receipts = all('audit_logs').filter((a) => a.action === 'volunteers.importRoster' && a.requestId === 'import-5-a')
    expect(receipts).toHaveLength(1)

    const before = snapshot()
    expect(ok(await run(fileId, false, 'import-5-a'))).toEqual(first) // a replay: the same answer
    const again = ok(await run(await upload(rows), false, 'import-5-b')) // the same bytes uploaded again
    expect(again).toMatchObject({ alreadyImported: true, volunteers: 9 })
    expect(ok(await run(fileId, true))).toMatchObject({ dryRun: true, alreadyImported: true })
    expect(snapshot()).toBe(before)
    expect(all('volunteers').length).toBe(countBefore + 9)
  })

  it('concurrent copies of one request agree and import once', async () => {
    const fileId = await upload(rosterRows(20, 6))
    const n = all('volunteers').length
    const replies = await Promise.all(Array.from({ length: 5 }, () => run(fileId, false, 'import-6-same')))
    const answers = replies.map(ok)
    for (const a of answers) expect(a).toEqual(answers[0])
    expect(answers[0]).toMatchObject({ volunteers: 20, alreadyImported: false })
    expect(all('volunteers').length).toBe(n + 20)
  })

  it('reads XLSX like CSV', async () => {
    const rows = rosterRows(4, 7)
    const fileId = await uploadRoster(tc.cloud, COORD, 'roster.xlsx', rosterXlsx(rows))
    expect(ok(await run(fileId, true))).toMatchObject({ rows: 4, volunteers: 4, problemCount: 0 })
    const bad = await uploadRoster(tc.cloud, COORD, 'bad.xlsx', rosterXlsx([{ ...rows[0], 手机号: '12' }]))
    expect(ok(await run(bad, true)).problems).toEqual([expect.objectContaining({ row: 2, column: '手机号' })])
  })
})

describe('volunteers.claim', () => {
  const person = rosterRow(0, 8, true)
  beforeAll(async () => {
    ok(await run(await upload([person, rosterRow(1, 8)]), false))
    for (const u of ['new-1', 'new-2', 'new-3']) await aUser(tc.db, u, null)
  })
  const claimInput = (over = {}) => ({ realName: person.姓名!, idNumber: person.证件号码!, phone: person.手机号!, ...over })

  it('refuses a wrong name, ID number or phone with one code, changing nothing', async () => {
    const before = snapshot()
    for (const over of [{ realName: '王某某' }, { idNumber: rosterRow(1, 8).证件号码! }, { phone: '13700000000' }, { idNumber: '123' }])
      expect(expectFail(await call('new-1', 'volunteers.claim', claimInput(over))).code).toBe('ROSTER_CLAIM_NO_MATCH')
    expect(snapshot()).toBe(before)
  })

  it('binds the record to the claimant: their volunteer record, community, role and 补录 hours', async () => {
    const r = ok(await call('new-1', 'volunteers.claim', claimInput(), { requestId: 'claim-0001' }))
    expect(r).toMatchObject({ communityName: '文昌社区', pastMinutes: 150 })
    expect(ok(await call('new-1', 'volunteers.claim', claimInput(), { requestId: 'claim-0001' }))).toEqual(r) // replay
    const me = present(ok(await call('new-1', 'volunteers.me', {})).volunteer)
    expect(me).toMatchObject({ status: 'approved', volunteerNo: r.volunteerNo, realName: person.姓名 })
    const records = ok(await call('new-1', 'records.list', {}))
    expect(records.totalMinutes).toBe(150)
    expect(records.items).toEqual([expect.objectContaining({ source: 'import', minutes: 150, date: '2024-06-01' })])
    const user = all('users').find((u) => u._id === 'new-1')
    expect(user).toMatchObject({ communityId: 'cA', roles: expect.arrayContaining(['volunteer']) })
    const v = all('volunteers').find((x) => x.realName === person.姓名 && x.phone === person.手机号)
    expect(v).toMatchObject({ openid: 'new-1', roster: expect.objectContaining({ claimedAt: expect.any(Date) }) })
    expect(all('record_totals').find((t) => t._id === v._id)).toBeUndefined() // the placeholder's total moved
    expect(all('record_totals').find((t) => t._id === 'new-1')?.minutes).toBe(150)
    expect(all('audit_logs').filter((a) => a.action === 'volunteers.claim' && a.actorOpenid === 'new-1')).toHaveLength(1)
  })

  it('a claimed identity cannot be claimed again; a volunteer cannot claim', async () => {
    expect(expectFail(await call('new-2', 'volunteers.claim', claimInput())).code).toBe('ROSTER_ALREADY_CLAIMED')
    const other = rosterRow(1, 8)
    expect(expectFail(await call('new-1', 'volunteers.claim', claimInput({ realName: other.姓名, idNumber: other.证件号码, phone: other.手机号 }))).code).toBe(
      'ROSTER_CLAIM_HAS_RECORD'
    )
  })

  it('is rate-limited per person', async () => {
    process.env.API_RATE_LIMITS = '' // the defaults of src/shared/domain/rateLimits.ts (setupEnv switches them off)
    const codes: string[] = []
    for (let i = 0; i < 7; i++) {
      const r = await call('new-3', 'volunteers.claim', claimInput({ phone: `1370000000${i}` }))
      codes.push(r.ok ? 'OK' : r.error.code)
    }
    expect(codes.slice(0, 5).every((c) => c === 'ROSTER_CLAIM_NO_MATCH')).toBe(true)
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED'])
    process.env.API_RATE_LIMITS = 'off'
  })
})

describe('exports.nationalRoster', () => {
  const purpose = '报送全国志愿服务信息系统'
  it('gives a street admin their street unmasked, audited with the purpose, linked for one hour', async () => {
    const spy = jest.spyOn(tc.cloud, 'getTempFileURL')
    const file = ok(await call('sadmin-1', 'exports.nationalRoster', { communityId: 'cA', purpose }, { requestId: 'national-1' }))
    expect(spy.mock.calls.at(-1)?.[0]).toEqual({ fileList: [{ fileID: file.fileId, maxAge: EXPORT_URL_MAX_AGE_S }] })
    expect(EXPORT_URL_MAX_AGE_S).toBe(3600)
    spy.mockRestore()
    const body = ((await tc.cloud.downloadFile({ fileID: file.fileId })).fileContent as Buffer).toString('utf8')
    const [head, ...rows] = parseCsv(body)
    expect(head).toEqual([...NATIONAL_EXPORT_HEADERS])
    const imported = rosterRow(0, 5)
    expect(rows).toContainEqual(expect.arrayContaining([imported.姓名, imported.证件号码, imported.手机号, '文昌社区']))
    expect(rows.length).toBe(file.rows)
    const audit = all('audit_logs').filter((a) => a.action === 'exports.nationalRoster')
    expect(audit).toEqual([expect.objectContaining({ actorOpenid: 'sadmin-1', after: expect.objectContaining({ purpose, communities: ['cA'] }) })])
    expect(JSON.stringify(audit)).not.toContain(imported.证件号码)
    ok(await call('sadmin-1', 'exports.nationalRoster', { purpose }, { requestId: 'national-2' })) // the whole street
  })

  it('refuses a foreign street, coordinators and residents; needs a purpose; an admin names the community', async () => {
    const before = all('audit_logs').length
    expect(expectFail(await call('sadmin-2', 'exports.nationalRoster', { communityId: 'cA', purpose })).code).toBe('FORBIDDEN')
    expect(expectFail(await call(COORD, 'exports.nationalRoster', { communityId: 'cA', purpose })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('new-2', 'exports.nationalRoster', { communityId: 'cA', purpose })).code).toBe('FORBIDDEN')
    expect(expectFail(await call('sadmin-1', 'exports.nationalRoster', { communityId: 'cA', purpose: '' })).code).toBe('BAD_INPUT')
    expect(expectFail(await call('plat-admin', 'exports.nationalRoster', { purpose })).code).toBe('BAD_INPUT')
    expect(all('audit_logs').length).toBe(before)
    const f = ok(await call('plat-admin', 'exports.nationalRoster', { communityId: 'cA', purpose }))
    expect(f.rows).toBeGreaterThan(0)
  })
})

describe('the 工作台 after imports and claims', () => {
  it('agrees with the nightly recomputation from raw data: volunteers, served minutes, participants, residents', async () => {
    const { rebuildRollups } = require('../../cloudfunctions/api/src/repos/statsRebuild')
    const report = await rebuildRollups('cA', new Date())
    expect(report.diffs).toEqual([])
  })
})
