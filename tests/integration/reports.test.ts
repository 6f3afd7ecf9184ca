// 随手拍 civic reports end to end on the local cloud (genuine wx-server-sdk): photos uploaded through the H5 gateway
// into the caller's folder, the same media-check pipeline as order photos (verdicts pushed locally), the lifecycle
// filed → dispatched → rectified (after-photo) → closed / reopened, replays, refused moves that change nothing,
// the per-community counter behind the rectification rate, and another community's coordinator refused.
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as ok, rawApiCaller } from '../fixtures/api'
import type { CallCounters } from '../../localcloud/src/context'
import type { ActionInput } from '../../src/shared/contracts'
import { aCommunity, aUser } from '../fixtures/people'
import { aVolunteer, HERE } from '../fixtures/orders'
import { createGateway } from '../../localcloud/src/gateway'
import type { LocalCloud } from '../../localcloud/src/install'
import { deliverMediaVerdicts } from '../../localcloud/src/mediaVerdicts'
import { invokeMain } from '../../localcloud/src/runtime'

const tc = startTestCloud({ manifest: true })
const typedCall = apiCaller()
const untypedCall = rawApiCaller()
/** Every query a report action made, with the declared index that served it (checked at the end). */
const reportQueries: Array<{ action: string; coll: string; kind: string; fields: string[]; index: string | null }> = []
const record = <R extends { counters: CallCounters }>(action: string, r: R): R => {
  if (action.startsWith('reports.')) for (const q of r.counters.queries) reportQueries.push({ action, ...q })
  return r
}
const call: typeof typedCall = async (openid, action, input, extra) => record(action, await typedCall(openid, action, input, extra))
/** For tables over many actions (untyped per action). */
const callRaw: typeof untypedCall = async (openid, action, input, extra) => record(action, await untypedCall(openid, action, input, extra))
const main = require('../../cloudfunctions/api/src/index').main
const local = { ...tc, db: tc.local } as unknown as LocalCloud
const target = {
  db: tc.local,
  dataDir: tc.dataDir,
  runtime: { invoke: (name: string, event: unknown, openid: string, source?: string) => invokeMain(main, event, openid, { name, source, timeoutMs: 20000 }) }
}
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const RISKY_PNG = Buffer.concat([PNG, Buffer.from('risky-test-image')])
const stored = (id: string) => tc.store.get('reports', id)!
const snapshot = (id: string) => ({
  text: JSON.stringify(stored(id).doc),
  seq: stored(id).seq,
  stats: JSON.stringify(tc.store.get('report_stats', 'c1')?.doc ?? null)
})
const allReports = () => [...tc.store.all('reports').values()]

let server: http.Server
let base = ''
let vol1 = ''
let files = 0

async function upload(openid: string, body: Buffer = PNG): Promise<string> {
  const res = await fetch(`${base}/api/storage/upload?cloudPath=${encodeURIComponent(`orders/r${++files}.png`)}`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', 'x-wx-openid': openid },
    body: new Uint8Array(body)
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { fileID: string }).fileID
}
const input = async (requestId: string, over: Partial<ActionInput<'reports.create'>> = {}): Promise<ActionInput<'reports.create'>> => ({
  requestId,
  category: 'facility_damage',
  description: '路灯不亮，晚上很黑',
  photos: [await upload('wx-res')],
  location: HERE,
  place: '文昌路口',
  ...over
})

beforeAll(async () => {
  server = createGateway(local, { staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'no-h5-')), defaultOpenid: '' })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as any).port}`
  await aCommunity(tc.db, 'c1', 'RC01')
  await aCommunity(tc.db, 'c2', 'RC02')
  await aUser(tc.db, 'wx-res', 'c1')
  await aUser(tc.db, 'coord-1', 'c1', ['resident', 'coordinator'], '张协调')
  await aUser(tc.db, 'coord-2', 'c2', ['resident', 'coordinator'])
  await aUser(tc.db, 'res-2', 'c2')
  vol1 = await aVolunteer(tc.db, 'vol-1', 'c1')
  await aVolunteer(tc.db, 'vol-2', 'c1')
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('a civic report from photo to closing', () => {
  let id = ''

  it('reports.create files it with photos "checking" (no image shown) and counts it filed; a replay makes nothing new', async () => {
    const photos = [await upload('wx-res'), await upload('wx-res', RISKY_PNG)]
    const first = ok(await call('wx-res', 'reports.create', await input('rep-lifecycle-1', { photos })))
    id = first.id
    expect(first).toMatchObject({
      status: 'filed',
      category: 'facility_damage',
      categoryLabel: '设施损坏',
      place: '文昌路口',
      photos: [
        { status: 'checking', url: null },
        { status: 'checking', url: null }
      ],
      afterPhotos: [],
      moves: [],
      viewer: ['reporter']
    })
    expect(first.events).toEqual([expect.objectContaining({ kind: 'create', from: null, to: 'filed', byRole: 'reporter' })])
    expect(JSON.stringify(first)).not.toContain(stored(id).doc.photos[0].traceId) // trace ids never leave the server
    const before = snapshot(id)
    const replay = await call('wx-res', 'reports.create', await input('rep-lifecycle-1', { photos }))
    expect(ok(replay).id).toBe(id)
    expect(snapshot(id)).toEqual(before)
    expect(allReports()).toHaveLength(1)
    expect(ok(await call('coord-1', 'reports.stats', {}))).toEqual({ communityId: 'c1', filed: 1, rectified: 0, closed: 0, open: 1, rectificationRate: 0 })
  })

  it('a forged verdict push changes nothing; real verdicts show a passed photo and keep a risky one hidden', async () => {
    const before = snapshot(id)
    for (const trace_id of ['0123456789abcdef', { $exists: true }, '']) {
      const { result } = await invokeMain(main, { MsgType: 'event', Event: 'wxa_media_check', trace_id, result: { suggest: 'pass' } }, 'wx-res')
      expect(result).toBe('success')
    }
    expect(snapshot(id)).toEqual(before)
    expect(await deliverMediaVerdicts(target)).toBe(2)
    expect(stored(id).doc.photos.map((p: any) => p.status)).toEqual(['pass', 'risky'])
    const view = ok(await call('coord-1', 'reports.get', { reportId: id }))
    expect(view.photos).toEqual([
      { status: 'pass', url: expect.stringMatching(/\/files\/orders\/[0-9a-f]{16}\/r\d+\.png$/) },
      { status: 'risky', url: null }
    ])
    expect(view.moves).toEqual(['dispatch'])
  })

  it('refuses moves the status or the caller does not allow, with a code, changing nothing', async () => {
    const before = snapshot(id)
    const after = [await upload('vol-1')]
    const refusals: Array<[string, string, unknown, string]> = [
      ['coord-1', 'reports.close', { reportId: id }, 'REPORT_MOVE_NOT_ALLOWED'],
      ['coord-1', 'reports.reopen', { reportId: id, reason: '没修好' }, 'REPORT_MOVE_NOT_ALLOWED'],
      ['wx-res', 'reports.reopen', { reportId: id, reason: '没修好' }, 'REPORT_MOVE_NOT_ALLOWED'],
      ['vol-1', 'reports.rectify', { reportId: id, photos: after, note: '已修好' }, 'NOT_YOUR_REPORT'],
      ['wx-res', 'reports.dispatch', { reportId: id, volunteerId: vol1 }, 'FORBIDDEN'],
      ['coord-1', 'reports.dispatch', { reportId: id }, 'BAD_INPUT']
    ]
    for (const [who, action, args, code] of refusals) {
      const r = await callRaw(who, action, args)
      expect({ action, code: r.ok ? 'OK' : r.error.code }).toEqual({ action, code })
    }
    expect(snapshot(id)).toEqual(before)
  })

  it('dispatch → rectify (after-photo, checked) → close, each with its timeline event and counts', async () => {
    const d = ok(await call('coord-1', 'reports.dispatch', { reportId: id, volunteerId: vol1 }))
    expect(d).toMatchObject({ status: 'dispatched', assignee: { kind: 'volunteer', name: expect.any(String) } })
    const before = snapshot(id)
    const again = await call('coord-1', 'reports.dispatch', { reportId: id, volunteerId: vol1 })
    expect(!again.ok && again.error.code).toBe('REPORT_MOVE_NOT_ALLOWED')
    const other = await call('vol-2', 'reports.rectify', { reportId: id, photos: [await upload('vol-2')], note: '修好了' })
    expect(!other.ok && other.error.code).toBe('NOT_YOUR_REPORT')
    expect(snapshot(id)).toEqual(before)

    expect(ok(await call('vol-1', 'reports.get', { reportId: id })).moves).toEqual(['rectify'])
    const r = ok(await call('vol-1', 'reports.rectify', { reportId: id, photos: [await upload('vol-1')], note: '已更换灯泡' }))
    expect(r).toMatchObject({ status: 'rectified', rectifyNote: '已更换灯泡', afterPhotos: [{ status: 'checking', url: null }], viewer: ['assignee'] })
    expect(await deliverMediaVerdicts(target)).toBe(1)
    const seen = ok(await call('wx-res', 'reports.get', { reportId: id }))
    expect(seen.afterPhotos).toEqual([{ status: 'pass', url: expect.any(String) }])
    expect(seen.photos).toHaveLength(2)
    expect(seen.moves).toEqual(['reopen'])
    expect(ok(await call('coord-1', 'reports.stats', {}))).toMatchObject({ filed: 1, rectified: 1, closed: 0, rectificationRate: 0 })

    const c = ok(await call('coord-1', 'reports.close', { reportId: id, note: '验收通过' }))
    expect(c.status).toBe('closed')
    expect(c.events.map((e: any) => [e.kind, e.from, e.to, e.byRole])).toEqual([
      ['create', null, 'filed', 'reporter'],
      ['dispatch', 'filed', 'dispatched', 'coordinator'],
      ['rectify', 'dispatched', 'rectified', 'assignee'],
      ['close', 'rectified', 'closed', 'coordinator']
    ])
    expect(ok(await call('coord-1', 'reports.stats', {}))).toEqual({ communityId: 'c1', filed: 1, rectified: 1, closed: 1, open: 0, rectificationRate: 1 })
  })

  it('the reporter reopens a closed report (it stops counting as closed); it can be dispatched, rectified and closed again', async () => {
    const o = ok(await call('wx-res', 'reports.reopen', { reportId: id, reason: '又坏了' }))
    expect(o).toMatchObject({ status: 'reopened', reopenReason: '又坏了' })
    expect(ok(await call('coord-1', 'reports.stats', {}))).toMatchObject({ filed: 1, closed: 0, rectificationRate: 0 })
    const before = snapshot(id)
    const twice = await call('wx-res', 'reports.reopen', { reportId: id, reason: '又坏了' })
    expect(!twice.ok && twice.error.code).toBe('REPORT_MOVE_NOT_ALLOWED')
    expect(snapshot(id)).toEqual(before)
    ok(await call('coord-1', 'reports.dispatch', { reportId: id, volunteerId: vol1 }))
    ok(await call('vol-1', 'reports.rectify', { reportId: id, photos: [await upload('vol-1')], note: '换了整套灯具' }))
    ok(await call('coord-1', 'reports.close', { reportId: id }))
    expect(ok(await call('coord-1', 'reports.stats', {}))).toEqual({ communityId: 'c1', filed: 1, rectified: 2, closed: 1, open: 0, rectificationRate: 1 })
  })

  it("another community's coordinator can neither see nor move it, and sees only their own counts", async () => {
    const before = snapshot(id)
    for (const [action, args, code] of [
      ['reports.get', { reportId: id }, 'NOT_YOUR_REPORT'],
      ['reports.reopen', { reportId: id, reason: '越权' }, 'NOT_YOUR_REPORT'],
      ['reports.close', { reportId: id }, 'FORBIDDEN'],
      ['reports.dispatch', { reportId: id, volunteerId: vol1 }, 'FORBIDDEN']
    ] as const) {
      const r = await call('coord-2', action, args)
      expect({ action, code: r.ok ? 'OK' : r.error.code }).toEqual({ action, code })
    }
    expect(snapshot(id)).toEqual(before)
    expect(ok(await call('coord-2', 'reports.stats', {}))).toEqual({ communityId: 'c2', filed: 0, rectified: 0, closed: 0, open: 0, rectificationRate: null })
    expect(ok(await call('coord-2', 'reports.list', { as: 'community' })).items).toEqual([])
    const stranger = await call('res-2', 'reports.get', { reportId: id })
    expect(!stranger.ok && stranger.error.code).toBe('NOT_YOUR_REPORT')
  })
})

describe('teams, lists and the rectification rate', () => {
  let second = ''

  it('a report dispatched to a team is rectified by one of its members; the rate is closed ÷ filed', async () => {
    second = ok(await call('wx-res', 'reports.create', await input('rep-team-1', { category: 'sanitation', description: '垃圾堆放在楼道' }))).id
    const team = ok(await call('coord-1', 'teams.create', { name: '环境整治队', kind: 'general' }))
    ok(await call('vol-2', 'teams.join', { teamId: team.id }))
    const d = ok(await call('coord-1', 'reports.dispatch', { reportId: second, teamId: team.id }))
    expect(d.assignee).toEqual({ kind: 'team', name: '环境整治队' })
    const outsider = await call('vol-1', 'reports.rectify', { reportId: second, photos: [await upload('vol-1')], note: '清理了' })
    expect(!outsider.ok && outsider.error.code).toBe('NOT_YOUR_REPORT')
    expect(ok(await call('vol-2', 'reports.rectify', { reportId: second, photos: [await upload('vol-2')], note: '已清运' })).status).toBe('rectified')
    expect(ok(await call('coord-1', 'reports.stats', {}))).toEqual({ communityId: 'c1', filed: 2, rectified: 3, closed: 1, open: 1, rectificationRate: 0.5 })
    ok(await call('coord-1', 'reports.close', { reportId: second }))
    ok(await call('wx-res', 'reports.create', await input('rep-third-1', { category: 'safety_hazard', description: '井盖松动' })))
    const s = ok(await call('coord-1', 'reports.stats', {}))
    expect(s).toEqual({ communityId: 'c1', filed: 3, rectified: 3, closed: 2, open: 1, rectificationRate: 0.667 })
    // The counters agree with the reports themselves.
    const docs = allReports().map((r) => r.doc)
    expect(s.filed).toBe(docs.length)
    expect(s.closed).toBe(docs.filter((d: any) => d.status === 'closed').length)
  })

  it("lists mine, assigned to me, and the community's by status; a resident cannot list the community's", async () => {
    expect(ok(await call('wx-res', 'reports.list', {})).items.map((r: any) => r.category)).toEqual(['safety_hazard', 'sanitation', 'facility_damage'])
    expect(ok(await call('vol-1', 'reports.list', { as: 'assigned' })).items.map((r: any) => r.status)).toEqual(['closed'])
    expect(ok(await call('coord-1', 'reports.list', { as: 'community', status: 'filed' })).items.map((r: any) => r.category)).toEqual(['safety_hazard'])
    const page = ok(await call('coord-1', 'reports.list', { as: 'community', limit: 2 }))
    expect([page.items.length, page.hasMore]).toEqual([2, true])
    const r = await call('wx-res', 'reports.list', { as: 'community' })
    expect(!r.ok && r.error.code).toBe('FORBIDDEN')
  })

  it("refuses a photo from someone else's folder and risky text, filing nothing", async () => {
    const count = allReports().length
    const r = await call('wx-res', 'reports.create', await input('rep-bad-photo', { photos: [await upload('vol-1')] }))
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { photos: expect.any(String) } } })
    const none = await call('wx-res', 'reports.create', { ...(await input('rep-no-photo')), photos: [] })
    expect(!none.ok && none.error.code).toBe('BAD_INPUT')
    const text = await call('wx-res', 'reports.create', await input('rep-risky-text', { description: '这里有人赌博' }))
    expect(text).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY', fields: { description: expect.any(String) } } })
    expect(allReports()).toHaveLength(count)
    // A risky reason for a reopen is refused too, and the report stays as it was.
    const closed = allReports()
      .map((r) => r.doc)
      .find((d: any) => d.status === 'closed')!._id
    const before = snapshot(closed)
    const reopen = await call('wx-res', 'reports.reopen', { reportId: closed, reason: '违禁品 risky-test-word' })
    expect(!reopen.ok && reopen.error.code).toBe('CONTENT_RISKY')
    expect(snapshot(closed)).toEqual(before)
  })
})

it('served every query of every report action through an index declared in the manifest', () => {
  expect(new Set(reportQueries.map((q) => q.action)).size).toBe(8)
  expect(reportQueries.filter((q) => q.index === null).map((q) => `${q.action}: ${q.coll} ${q.kind} [${q.fields.join(', ')}]`)).toEqual([])
})
