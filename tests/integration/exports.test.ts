// 导出 on the local cloud (genuine wx-server-sdk): CSV files with the national system's column names, uploaded to
// cloud storage by the function and fetched back by fileId and over HTTP from the temporary URL the gateway
// serves. Proves: masked ID only (never the clear number, its hash or its cipher anywhere in a file); record rows
// equal the records of the month/range, with start/end (day fallback) and hours from integer minutes; the monthly
// summary sums equal the records; keyset paging past 1000 rows; the 20 000-row cap; scope; audit, once per request.
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as ok, present } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'
import { aVolunteer, anOrder } from '../fixtures/orders'
import { idFor } from '../fixtures/idNumbers'
import { createGateway } from '../../localcloud/src/gateway'
import type { LocalCloud } from '../../localcloud/src/install'
import { parseCsv } from '../../src/shared/domain/csv'
import { shanghaiDay } from '../../src/shared/time'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
const repo = require('../../cloudfunctions/api/src/repos/records') as typeof import('../../cloudfunctions/api/src/repos/records')
const code = (r: any) => (r.ok ? 'OK' : r.error.code)
let server: http.Server
let base = ''

const ID_NUMBER = idFor('441302', '1990-05-17', '357')
const at = (iso: string) => new Date(iso)
/** A completed order of `openid` in cA served from `start` to `end` (China time), recorded with `minutes`. */
const served = async (openid: string, start: string, end: string, minutes: number, communityId = 'cA') =>
  repo.writeOrderRecord(
    await anOrder(tc.db, {
      status: 'completed',
      communityId,
      area: communityId === 'cA' ? '文昌社区' : 'B社区',
      volunteerOpenid: openid,
      checkInAt: at(start),
      checkOutAt: at(end),
      finalMinutes: minutes
    }),
    new Date()
  )

/** A GET on a fresh connection (no keep-alive socket the server may be closing between two tests). */
function get(url: string): Promise<{ status: number; type: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks) }))
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

/** The file behind an export: by fileId through the SDK, and over HTTP from the URL's path on the test gateway. */
async function fetchExport(file: { fileId: string; url: string; bytes: number }) {
  const byId = (await tc.cloud.downloadFile({ fileID: file.fileId })).fileContent as Buffer
  const res = await get(base + new URL(file.url).pathname)
  const body = res.body
  expect({ status: res.status, type: res.type, same: body.equals(byId), bytes: body.length }).toEqual({
    status: 200,
    type: 'text/csv; charset=utf-8',
    same: true,
    bytes: file.bytes
  })
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = body.toString('utf8')
  return { text, rows: parseCsv(text) }
}
const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)])
const asObjects = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])))

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = 'admin-X'
  server = createGateway({ ...tc, db: tc.local } as unknown as LocalCloud, { staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'no-h5-')), defaultOpenid: '' })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as any).port}`
  await aCommunity(tc.db, 'cA', 'EXA01', '文昌社区')
  await aCommunity(tc.db, 'cB', 'EXB02', 'B社区')
  await aUser(tc.db, 'coord-A', 'cA', ['resident', 'coordinator'])
  await aUser(tc.db, 'coord-B', 'cB', ['resident', 'coordinator'])
  await aUser(tc.db, 'admin-X', 'cB')
  await aUser(tc.db, 'res-A', 'cA')
  // A volunteer registered for real: the ID number is stored encrypted, hashed and masked.
  await aUser(tc.db, 'reg-1', 'cA')
  const reg = ok(await call('reg-1', 'volunteers.register', registration({ realName: '王小明', idNumber: ID_NUMBER, phone: '13912345678' })))
  ok(await call('coord-A', 'volunteers.review', { volunteerId: reg.id, decision: 'approve' }))
  await aVolunteer(tc.db, 'vol-2', 'cA')
  await aVolunteer(tc.db, 'vol-3', 'cA')
  await aVolunteer(tc.db, 'vol-B', 'cB')
  await aVolunteer(tc.db, 'pending-A', 'cA', { status: 'pending', volunteerNo: null })
  await served('reg-1', '2024-06-03T09:00:00+08:00', '2024-06-03T10:30:00+08:00', 90)
  await served('vol-2', '2024-06-30T23:00:00+08:00', '2024-06-30T23:45:00+08:00', 45)
  await served('vol-2', '2024-07-01T08:00:00+08:00', '2024-07-01T08:20:00+08:00', 20)
  await served('vol-3', '2024-05-31T15:00:00+08:00', '2024-05-31T15:30:00+08:00', 30)
  await served('vol-B', '2024-06-10T09:00:00+08:00', '2024-06-10T10:00:00+08:00', 60, 'cB')
  // A record written before records kept start/end: the fields are absent, the export falls back to its day.
  await tc.db.collection('service_records').add({
    data: {
      _id: 'legacy-1',
      volunteerOpenid: 'vol-3',
      volunteerId: null,
      volunteerName: '老记录',
      volunteerNo: null,
      communityId: 'cA',
      organizer: '文昌社区',
      source: 'order',
      content: '助老服务',
      place: '文昌社区',
      date: '2024-06-15',
      minutes: 61,
      evaluation: null,
      correction: null,
      history: [],
      orderId: null,
      note: null,
      resolutionApplied: false,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date()
    }
  })
})
afterAll(() => {
  delete process.env.ADMIN_OPENIDS
  return new Promise<void>((r) => server.close(() => r()))
})

describe('exports.volunteers', () => {
  it('has the national headers, masked ID and phone, and never the clear ID, its hash or its cipher', async () => {
    const r = await call('coord-A', 'exports.volunteers', {})
    const file = ok(r)
    expect(r.counters.queries.every((q) => q.index)).toBe(true)
    const { text, rows } = await fetchExport(file)
    expect(rows[0]).toEqual([
      '序号',
      '姓名',
      '证件类型',
      '证件号码',
      '性别',
      '联系电话',
      '志愿者编号',
      '所属组织',
      '服务区域',
      '服务技能',
      '注册日期',
      '审核通过日期',
      '累计服务时长（小时）'
    ])
    expect({ rows: file.rows, parsed: rows.length - 1 }).toEqual({ rows: 3, parsed: 3 }) // approved only: not pending-A, not vol-B
    const wang = asObjects(rows).find((v) => v['姓名'] === '王小明')!
    expect(wang).toMatchObject({
      证件类型: '居民身份证',
      证件号码: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`,
      联系电话: '139****5678',
      志愿者编号: 'EXA01-00001',
      所属组织: '文昌社区',
      服务技能: '探访老人、家电维修',
      '累计服务时长（小时）': '1.50',
      审核通过日期: shanghaiDay(new Date())
    })
    const stored = [...tc.store.all('volunteers').values()].map((x) => x.doc as any).find((v) => v.openid === 'reg-1')
    for (const secret of [ID_NUMBER, ID_NUMBER.slice(4, 14), stored.idHash, stored.idCipher, '13912345678']) expect(text.includes(secret)).toBe(false)
    expect(file.fileName).toMatch(/^志愿者名册_文昌社区_\d{8}\.csv$/)
  })

  it('lists volunteers by 志愿者编号 across pages of 1000', async () => {
    const now = new Date()
    const docs = Array.from({ length: 1205 }, (_, i) => ({
      coll: 'volunteers',
      id: `bulk-v-${i}`,
      doc: {
        _id: `bulk-v-${i}`,
        openid: `bulk-${i}`,
        communityId: 'cP',
        realName: `批量${i}`,
        idCipher: 'c',
        idHash: `h-${i}`,
        idMasked: '4413**********0000',
        birthDate: '1990-01-01',
        gender: 'female',
        phone: '',
        skills: [],
        availability: [],
        serviceArea: '',
        serviceLocation: null,
        guardian: null,
        status: 'approved',
        volunteerNo: `P-${String(i).padStart(5, '0')}`,
        rejectReason: null,
        reviewedBy: null,
        reviewedAt: null,
        createdAt: now,
        updatedAt: now
      }
    }))
    tc.store.commit(docs)
    await aCommunity(tc.db, 'cP', 'EXP03', 'P社区')
    const { rows } = await fetchExport(ok(await call('admin-X', 'exports.volunteers', { communityId: 'cP' })))
    expect(column(rows, '志愿者编号')).toEqual(docs.map((d) => d.doc.volunteerNo))
    expect(column(rows, '序号')).toEqual(docs.map((_, i) => String(i + 1)))
  })
})

describe('exports.records', () => {
  it('has the rows of the month: start/end (or the day), hours with 2 decimals, masked ID, nothing of another community', async () => {
    const file = ok(await call('coord-A', 'exports.records', { month: '2024-06' }))
    const { text, rows } = await fetchExport(file)
    expect(rows[0]).toEqual([
      '序号',
      '姓名',
      '证件类型',
      '证件号码',
      '志愿者编号',
      '所属组织',
      '服务内容',
      '服务地点',
      '服务日期',
      '服务开始时间',
      '服务结束时间',
      '服务时长（小时）',
      '记录类型',
      '服务评价',
      '记录编号',
      '备注'
    ])
    const pick = (o: Record<string, string>) => [
      o['姓名'],
      o['服务日期'],
      o['服务开始时间'],
      o['服务结束时间'],
      o['服务时长（小时）'],
      o['所属组织'],
      o['服务内容']
    ]
    expect(asObjects(rows).map(pick)).toEqual([
      ['王小明', '2024-06-03', '2024-06-03 09:00', '2024-06-03 10:30', '1.50', '文昌社区', '探访老人服务'],
      ['老记录', '2024-06-15', '2024-06-15', '2024-06-15', '1.02', '文昌社区', '助老服务'],
      [expect.stringMatching(/^志愿者/), '2024-06-30', '2024-06-30 23:00', '2024-06-30 23:45', '0.75', '文昌社区', '探访老人服务']
    ])
    const wang = asObjects(rows)[0]
    expect(wang).toMatchObject({
      证件类型: '居民身份证',
      证件号码: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`,
      志愿者编号: 'EXA01-00001',
      记录类型: '订单服务',
      服务评价: '5星'
    })
    expect(file).toMatchObject({ rows: 3, fileName: '服务记录_文昌社区_2024-06.csv' })
    expect(text.includes(ID_NUMBER)).toBe(false)
    expect(text.includes('B社区')).toBe(false)
  })

  it('a date range: the same rows as the records stored for those days; an honorary top-up shows its day and its reason defused', async () => {
    ok(
      await call('coord-A', 'records.addHonorary', {
        requestId: 'exports-honor-1',
        volunteerId: present(ok(await call('reg-1', 'volunteers.me', {})).volunteer).id,
        minutes: 100,
        reason: '=1+2 抗疫表彰'
      })
    )
    const today = shanghaiDay(new Date())
    const { rows } = await fetchExport(ok(await call('coord-A', 'exports.records', { from: '2024-01-01', to: '2024-12-31' })))
    const stored = [...tc.store.all('service_records').values()]
      .map((x) => x.doc as any)
      .filter((d) => d.communityId === 'cA' && d.date >= '2024-01-01' && d.date <= '2024-12-31')
    expect(column(rows, '记录编号').sort()).toEqual(stored.map((d) => d._id).sort())
    const honorary = asObjects((await fetchExport(ok(await call('coord-A', 'exports.records', { from: today, to: today })))).rows)
    expect(honorary).toEqual([
      expect.objectContaining({
        姓名: '王小明',
        服务开始时间: today,
        服务结束时间: today,
        '服务时长（小时）': '1.67',
        记录类型: '荣誉时长',
        备注: "'=1+2 抗疫表彰"
      })
    ])
  })

  it('pages past 1000 records in (day, id) order, with ties on one day, every record once', async () => {
    const now = new Date()
    const docs = Array.from({ length: 2345 }, (_, i) => ({
      coll: 'service_records',
      id: `bulk-r-${String(i).padStart(5, '0')}`,
      doc: {
        _id: `bulk-r-${String(i).padStart(5, '0')}`,
        volunteerOpenid: 'vol-2',
        volunteerId: null,
        volunteerName: '批量',
        volunteerNo: null,
        communityId: 'cA',
        organizer: '文昌社区',
        source: 'order',
        content: '清洁整理服务',
        place: '文昌社区',
        date: `2023-0${1 + (i % 3)}-1${i % 2}`,
        startAt: null,
        endAt: null,
        minutes: 1 + (i % 7),
        evaluation: null,
        correction: null,
        history: [],
        orderId: null,
        note: null,
        resolutionApplied: false,
        version: 1,
        createdAt: now,
        updatedAt: now
      }
    }))
    tc.store.commit(docs)
    const r = await call('coord-A', 'exports.records', { from: '2023-01-01', to: '2023-12-31' })
    expect(r.counters.queries.every((q) => q.index)).toBe(true)
    const { rows } = await fetchExport(ok(r))
    const ids = column(rows, '记录编号')
    const expected = [...docs].sort((a, b) => a.doc.date.localeCompare(b.doc.date) || a.id.localeCompare(b.id)).map((d) => d.id)
    expect({ n: ids.length, same: JSON.stringify(ids) === JSON.stringify(expected) }).toEqual({ n: 2345, same: true })
    const minutes = docs.reduce((s, d) => s + d.doc.minutes, 0)
    const hours = column(rows, '服务时长（小时）').reduce((s, h) => s + Math.round(Number(h) * 60), 0)
    expect(hours).toBe(minutes)
  })

  it('refuses more than 20 000 rows with EXPORT_TOO_LARGE, writing no file', async () => {
    const now = new Date()
    tc.store.commit(
      Array.from({ length: 20001 }, (_, i) => ({
        coll: 'service_records',
        id: `cap-${i}`,
        doc: {
          _id: `cap-${i}`,
          volunteerOpenid: 'x',
          volunteerId: null,
          volunteerName: '多',
          volunteerNo: null,
          communityId: 'cBig',
          organizer: '大社区',
          source: 'order',
          content: '服务',
          place: '',
          date: '2022-03-01',
          startAt: null,
          endAt: null,
          minutes: 1,
          evaluation: null,
          correction: null,
          history: [],
          orderId: null,
          note: null,
          resolutionApplied: false,
          version: 1,
          createdAt: now,
          updatedAt: now
        }
      }))
    )
    await aCommunity(tc.db, 'cBig', 'EXBIG', '大社区')
    const before = fs.readdirSync(path.join(tc.dataDir, 'files/exports')).length
    const r = await call('admin-X', 'exports.records', { communityId: 'cBig', month: '2022-03' })
    expect(r.ok ? 'OK' : r.error).toEqual({ code: 'EXPORT_TOO_LARGE', message: '导出的数据超过20000行，请缩小时间范围后分次导出' })
    expect(fs.readdirSync(path.join(tc.dataDir, 'files/exports')).length).toBe(before)
    expect(code(await call('admin-X', 'exports.records', { communityId: 'cBig', from: '2022-02-01', to: '2022-02-28' }))).toBe('OK')
  })

  it('refuses a bad period', async () => {
    expect(code(await call('coord-A', 'exports.records', { from: '2024-02-01', to: '2024-01-01' }))).toBe('RANGE_INVALID')
    expect(code(await call('coord-A', 'exports.records', { from: '2024-02-30', to: '2024-03-01' }))).toBe('RANGE_INVALID')
    expect(code(await call('coord-A', 'exports.records', { from: '2023-01-01', to: '2024-01-02' }))).toBe('RANGE_INVALID') // 367 days
    expect(code(await call('coord-A', 'exports.records', { from: '2023-01-01', to: '2024-01-01' }))).toBe('OK') // 366 days
    expect(code(await call('coord-A', 'exports.records', { month: '2024-06', from: '2024-06-01' }))).toBe('BAD_INPUT')
    expect(code(await call('coord-A', 'exports.records', {}))).toBe('BAD_INPUT')
  })
})

describe('exports.monthlySummary', () => {
  it('sums per month equal the records of the year; distinct volunteers per month; a 全年 row', async () => {
    const year = ok(await call('coord-A', 'exports.records', { from: '2024-01-01', to: '2024-12-31' }))
    const records = asObjects((await fetchExport(year)).rows)
    const summary = ok(await call('coord-A', 'exports.monthlySummary', { year: 2024 }))
    const { rows } = await fetchExport(summary)
    expect(rows[0]).toEqual(['月份', '服务内容', '服务人数', '服务记录数', '服务时长（小时）'])
    const all = asObjects(rows).filter((r) => r['服务内容'] === '全部')
    expect(all.map((r) => r['月份'])).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`))
    for (const m of all) {
      const inMonth = records.filter((r) => r['服务日期'].startsWith(m['月份']))
      const minutes = inMonth.reduce((s, r) => s + Math.round(Number(r['服务时长（小时）']) * 60), 0)
      expect({ month: m['月份'], records: m['服务记录数'], hours: m['服务时长（小时）'] }).toEqual({
        month: m['月份'],
        records: String(inMonth.length),
        hours: (minutes / 60).toFixed(2)
      })
    }
    expect(all.find((m) => m['月份'] === '2024-06')).toMatchObject({ 服务人数: '3', 服务记录数: '3', '服务时长（小时）': '3.27' }) // 90 + 61 + 45 minutes
    expect(
      asObjects(rows)
        .filter((r) => r['月份'] === '2024-06' && r['服务内容'] !== '全部')
        .map((r) => [r['服务内容'], r['服务人数'], r['服务时长（小时）']])
    ).toEqual([
      ['探访老人服务', '2', '2.25'],
      ['助老服务', '1', '1.02']
    ])
    expect(asObjects(rows).at(-1)).toEqual({ 月份: '2024', 服务内容: '全年', 服务人数: '3', 服务记录数: String(records.length), '服务时长（小时）': '4.10' }) // + 20 + 30 minutes
    expect(summary.fileName).toBe('月度汇总_文昌社区_2024.csv')
  })
})

describe('scope and audit', () => {
  it("refuses a coordinator another community's data; an admin may name any; an unknown community is NOT_FOUND", async () => {
    expect(code(await call('coord-A', 'exports.records', { communityId: 'cB', month: '2024-06' }))).toBe('FORBIDDEN')
    expect(code(await call('coord-B', 'exports.volunteers', { communityId: 'cA' }))).toBe('FORBIDDEN')
    expect(code(await call('res-A', 'exports.monthlySummary', { year: 2024 }))).toBe('FORBIDDEN')
    const b = await fetchExport(ok(await call('coord-B', 'exports.records', { month: '2024-06' })))
    expect(column(b.rows, '所属组织')).toEqual(['B社区'])
    const a = await fetchExport(ok(await call('admin-X', 'exports.records', { communityId: 'cA', month: '2024-06' })))
    expect(a.rows.length - 1).toBe(3)
    expect(code(await call('admin-X', 'exports.volunteers', { communityId: 'no-such' }))).toBe('NOT_FOUND')
  })

  it('audits each export once per request: a replayed request rewrites its own file and adds no entry', async () => {
    const audits = () =>
      [...tc.store.all('audit_logs').values()].map((x) => x.doc as any).filter((d) => d.action === 'exports.records' && d.requestId === 'export-replay-1')
    const first = ok(await call('coord-A', 'exports.records', { month: '2024-07' }, { requestId: 'export-replay-1' }))
    const again = ok(await call('coord-A', 'exports.records', { month: '2024-07' }, { requestId: 'export-replay-1' }))
    expect(again.fileId).toBe(first.fileId)
    expect(audits()).toEqual([
      expect.objectContaining({
        actorOpenid: 'coord-A',
        targetType: 'community',
        targetId: 'cA',
        after: { from: '2024-07-01', to: '2024-07-31', fileName: '服务记录_文昌社区_2024-07.csv', rows: 1, bytes: first.bytes }
      })
    ])
    const other = ok(await call('coord-A', 'exports.records', { month: '2024-07' }, { requestId: 'export-replay-2' }))
    expect(other.fileId).not.toBe(first.fileId)
  })
})
