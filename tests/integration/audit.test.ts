// The audit log, through the router on the local cloud (genuine SDK), in the bad-input suite's seeded world
// (tests/fuzz/world.ts: two communities, real targets in every state):
// - every coordinator/admin write action, performed once, leaves exactly ONE audit entry under its request id
//   naming who, what, when, the community, the target and before/after — and the table below must name every
//   such action the registry has (a new unaudited coordinator write fails here);
// - audit.list shows them to admins only: newest first, paged, filtered by community, action, actor and days,
//   in Chinese, ID and phone numbers masked;
// - the log is append-only: no source file updates or removes audit_logs.
import fs from 'fs'
import path from 'path'
import type { ActionInput, ActionName } from '../../src/shared/contracts'
import { actions } from '../../cloudfunctions/api/src/actions'
import { setClock } from '../../cloudfunctions/api/src/lib/clock'
import { AUDIT_ACTION_LABELS } from '../../src/shared/domain/audit'
import { formatShanghai } from '../../src/shared/time'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, rawApiCaller } from '../fixtures/api'
import { seedWorld, type Target } from '../fuzz/world'
import { WRITES } from '../fuzz/writes'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** The per-action loops send the seeded world's inputs, which are not typed per action. */
const callRaw = rawApiCaller()
let T: Record<ActionName, Target>
const C = 'coordinator-A'
const ADMIN = 'admin-A'
// A fixed instant (China 10:30 on a day after the seed) so `at` can be asserted exactly.
const AT = new Date(Date.now() + 2 * 86400000)
AT.setUTCHours(2, 30, 0, 0)

/**
 * as: who performs it (default the world's caller); creates: no `before` (the target did not exist);
 * formRequestId: the entry carries the input's requestId (the form's, which a replay of the form repeats), so the
 * call sends the envelope's one there too.
 */
type Row = { as?: string; targetType: string; creates?: true; formRequestId?: true; after: Record<string, unknown>; input?: Record<string, unknown> }
const AUDITED: Partial<Record<ActionName, Row>> = {
  'volunteers.review': { targetType: 'volunteer', after: { status: expect.stringMatching(/^(approved|rejected)$/) } },
  'volunteers.setInsurance': { targetType: 'volunteer', after: {} },
  'volunteers.addInsurance': { targetType: 'insurance_policy', creates: true, after: {} },
  'volunteers.suspend': { targetType: 'volunteer', after: { lifecycle: 'suspended' } },
  'volunteers.reinstate': { targetType: 'volunteer', after: { lifecycle: 'active' } },
  'volunteers.revoke': { targetType: 'volunteer', after: { lifecycle: 'revoked' } },
  'orders.dispatch': { targetType: 'order', after: { status: 'dispatched' } },
  'orders.reassign': { targetType: 'order', after: { status: 'dispatched' } },
  'orders.cancel': { as: C, targetType: 'order', after: { status: 'cancelled' } },
  'orders.resolve': { targetType: 'order', after: {} },
  'timebank.adjust': { targetType: 'ledger_account', creates: true, after: { minutes: expect.any(Number) } },
  'timebank.reverse': { targetType: 'ledger_posting', creates: true, after: { postingId: expect.any(String) } },
  'records.correct': { targetType: 'service_record', after: {} },
  'records.addHonorary': { targetType: 'service_record', creates: true, after: { minutes: expect.any(Number) } },
  'communities.create': { targetType: 'community', creates: true, after: { name: '新建社区' } },
  'communities.appointCoordinator': { targetType: 'user', after: { roles: expect.arrayContaining(['coordinator']) } },
  'communities.updateRules': { targetType: 'community', after: {} },
  'communities.updateOrderRules': { targetType: 'community', after: {} },
  'communities.updateCertificateInfo': { targetType: 'community', after: {} },
  'catalog.upsert': { targetType: 'community', after: {} },
  'catalog.add': { targetType: 'community', creates: true, after: { label: expect.any(String), retired: false } },
  'catalog.retire': { targetType: 'community', after: { retired: expect.any(Boolean) } },
  'communities.updateRateLimits': { targetType: 'community', after: { rateLimits: expect.any(Array) } },
  'teams.create': { targetType: 'team', creates: true, after: {} },
  'family.approve': { targetType: 'family_link', after: {} },
  'projects.declare': { targetType: 'project', creates: true, after: {} },
  'projects.review': { targetType: 'project', after: {} },
  'projects.attendance': { targetType: 'project', after: {}, input: { present: [] } },
  'projects.complete': { targetType: 'project', after: { status: 'completed' } },
  'projects.evaluate': { targetType: 'project', after: {} },
  'reports.dispatch': { targetType: 'report', after: { status: 'dispatched' } },
  'reports.close': { targetType: 'report', after: { status: 'closed' } },
  'reports.reopen': { as: C, targetType: 'report', after: { status: 'reopened' } },
  'points.updateRate': { targetType: 'community', after: {} },
  'rewards.upsert': { targetType: 'reward', after: {} },
  'rewards.fulfil': { targetType: 'redemption', after: { status: 'fulfilled' } },
  'stations.upsert': { targetType: 'station', after: {} },
  'beneficiaries.add': { targetType: 'beneficiary', creates: true, after: { status: 'active' } },
  'beneficiaries.update': { targetType: 'beneficiary', after: { name: '王**', tags: ['disabled'] }, input: { name: '王秀兰', tags: ['disabled'] } },
  'beneficiaries.archive': { targetType: 'beneficiary', after: { status: 'archived' } },
  'orders.createFor': {
    targetType: 'order',
    creates: true,
    after: { status: 'pending', funding: 'community_pool' },
    // The service window must lie after the fixed clock AT.
    input: { windowStart: new Date(AT.getTime() + 3600000).toISOString(), windowEnd: new Date(AT.getTime() + 4 * 3600000).toISOString() }
  },
  'exports.volunteers': { targetType: 'community', creates: true, after: { rows: expect.any(Number) } },
  'exports.records': { targetType: 'community', creates: true, after: { rows: expect.any(Number) } },
  'exports.monthlySummary': { targetType: 'community', creates: true, after: { rows: expect.any(Number) } },
  'streets.create': { targetType: 'street', creates: true, after: { name: '新建街道', escalationMinutes: 45 } },
  'streets.appointAdmin': { targetType: 'user', after: { roles: expect.arrayContaining(['street_admin']) } },
  'streets.removeAdmin': { targetType: 'user', after: { streetId: null } },
  'streets.assignCommunity': { targetType: 'community', after: { streetId: expect.any(String) } },
  'communities.updatePopulation': { targetType: 'community', after: { population: 5000 } },
  'teams.update': { targetType: 'team', after: { slogan: '同心' } },
  'teams.handOver': { targetType: 'team', after: { leaderName: expect.any(String) } },
  'teams.assignCategories': { targetType: 'team', after: { categories: ['shopping', 'repair'] } },
  'teams.assignProject': { targetType: 'project', after: { teamId: expect.any(String) } },
  'teams.saveKinds': { targetType: 'community', after: { teamKinds: expect.arrayContaining([expect.objectContaining({ label: '应急队' })]) } },
  'communities.update': { targetType: 'community', after: { location: expect.any(Object) } },
  'communities.removeCoordinator': { targetType: 'user', after: { roles: expect.not.arrayContaining(['coordinator']) } },
  'communities.joinQr': { targetType: 'community', creates: true, after: { code: 'AAAA01' } },
  'volunteers.importRoster': { targetType: 'community', creates: true, formRequestId: true, after: { fileHash: expect.any(String), volunteers: 1 } },
  'exports.nationalRoster': { targetType: 'community', creates: true, after: { rows: expect.any(Number) } }
}

const auditDocs = () => [...(tc.store as any).state('audit_logs').docs.values()].map((r: any) => r.doc)
let seq = 0

beforeAll(async () => {
  process.env.ADMIN_OPENIDS = ADMIN
  T = await seedWorld(tc, call)
  setClock(() => AT)
}, 120000)
afterAll(() => {
  setClock(null)
  delete process.env.ADMIN_OPENIDS
})

it('names every coordinator/admin write action of the registry (no unaudited coordinator write)', () => {
  const staffOnly = (Object.keys(actions) as ActionName[]).filter((a) => {
    const allow = actions[a].allow
    return allow !== 'anyone' && allow.every((r) => r === 'coordinator' || r === 'admin' || r === 'street_admin') && WRITES[a].length > 0
  })
  expect(staffOnly.filter((a) => !AUDITED[a])).toEqual([])
  for (const a of Object.keys(AUDITED)) expect(AUDIT_ACTION_LABELS[a]).toBeTruthy()
})

describe('each audited action leaves exactly its entry: who, what, when, community, target, before/after', () => {
  it.each(Object.keys(AUDITED).map((a) => [a]))('%s', async (action) => {
    const row = AUDITED[action as ActionName]!
    const t = T[action as ActionName]
    const base = t.input()
    // A fresh target's ids replace the base's (as in the bad-input suite); other keys it returns are not inputs.
    const fresh = Object.entries(t.fresh ? await t.fresh() : {}).filter(([k]) => k in base)
    const input = { ...base, ...Object.fromEntries(fresh), ...row.input }
    const requestId = `audit-test-${++seq}-${action.replace('.', '-')}`
    if (row.formRequestId) input.requestId = requestId
    const who = row.as ?? t.as
    must(await callRaw(who, action, input, { requestId }))
    const entries = auditDocs().filter((d) => d.requestId === requestId)
    expect(entries).toHaveLength(1)
    const e = entries[0]
    expect(e).toMatchObject({ actorOpenid: who, action, targetType: row.targetType, after: row.after })
    expect(new Date(e.at).toISOString()).toBe(AT.toISOString())
    expect(e.targetId).toEqual(expect.any(String))
    if (action === 'communities.create') expect(e.communityId).toBe(e.targetId)
    else if (['streets.create', 'streets.appointAdmin', 'streets.removeAdmin'].includes(action))
      expect(e.communityId).toBeNull() // a street is above communities
    else expect(e.communityId).toBe('cA')
    if (row.creates) expect(e.before).toBeNull()
    else expect(e.before).toEqual(expect.any(Object))
    expect(Object.keys(e.after).length).toBeGreaterThan(0)
    // Never a secret: no ID number, no full phone number.
    expect(JSON.stringify([e.before, e.after])).not.toMatch(/\d{17}[\dXx]|1[3-9]\d{9}/)
  })
})

describe('audit.list', () => {
  const list = (input: ActionInput<'audit.list'> = {}, who = ADMIN) => call(who, 'audit.list', input)

  it('is for admins only', async () => {
    for (const who of [C, 'resident-A', 'volunteer-A']) expect(await list({}, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('shows who, what (Chinese), when, community, target and the diff, newest first', async () => {
    const orderId = (await T['orders.dispatch'].fresh!()).orderId as string
    setClock(() => new Date(AT.getTime() + 3600000))
    must(await callRaw(C, 'orders.dispatch', { ...T['orders.dispatch'].input(), orderId }))
    setClock(() => AT)
    const page = must(await list({ limit: 5 }))
    expect(page.items[0]).toMatchObject({
      action: 'orders.dispatch',
      actionLabel: '派单',
      at: new Date(AT.getTime() + 3600000).toISOString(),
      actor: { id: C, name: C, role: '社区协调员' },
      community: { id: 'cA', name: 'AAAA01社区' },
      target: { type: 'order', label: '订单', id: orderId },
      changes: expect.arrayContaining([{ field: 'status', label: '状态', before: '待派单', after: '已派单' }])
    })
    expect(page.hasMore).toBe(true)
    const times = page.items.map((i: any) => i.at)
    expect([...times].sort().reverse()).toEqual(times)
    expect(formatShanghai(page.items[0].at, 'HH:mm')).toBe('11:30')
  })

  it('filters by community, action, actor and China days, and pages without overlap', async () => {
    const all: any[] = []
    for (let offset = 0; ; offset += 7) {
      const p = must(await list({ offset, limit: 7 }))
      all.push(...p.items)
      if (!p.hasMore) break
    }
    expect(all.length).toBe(auditDocs().length)
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    const byAction = must(await list({ action: 'volunteers.review', limit: 50 })).items
    expect(byAction.length).toBeGreaterThan(0)
    expect(byAction.every((i: any) => i.action === 'volunteers.review' && i.actionLabel === '审核志愿者注册')).toBe(true)
    const inA = must(await list({ communityId: 'cA', limit: 50 })).items
    expect(inA.length).toBeGreaterThan(0)
    expect(inA.every((i: any) => i.community?.id === 'cA')).toBe(true)
    const inB = must(await list({ communityId: 'cB', limit: 50 })).items
    expect(inB.every((i: any) => i.community?.id === 'cB')).toBe(true)
    const byActor = must(await list({ actorId: ADMIN, limit: 50 })).items
    expect(byActor.length).toBeGreaterThan(0)
    expect(byActor.every((i: any) => i.actor.id === ADMIN && i.actor.role === '管理员')).toBe(true)
    const day = formatShanghai(AT, 'YYYY-MM-DD')
    const thatDay = must(await list({ fromDay: day, toDay: day, limit: 50 })).items
    expect(thatDay.length).toBeGreaterThan(0)
    expect(thatDay.every((i: any) => formatShanghai(i.at, 'YYYY-MM-DD') === day)).toBe(true)
    const before = must(await list({ toDay: '2020-01-01' })).items
    expect(before).toEqual([])
    const combined = must(await list({ communityId: 'cA', action: 'orders.dispatch', actorId: C, fromDay: day, toDay: day })).items
    expect(combined.length).toBeGreaterThanOrEqual(2)
  })

  it('masks ID and phone numbers that an entry might hold', async () => {
    await tc.db.collection('audit_logs').add({
      data: {
        actorOpenid: 'gone-user',
        communityId: 'cA',
        action: 'records.correct',
        targetType: 'service_record',
        targetId: 'x',
        before: { content: '110101199003074514 13912345678' },
        after: { content: '已更正' },
        onBehalfOf: null,
        requestId: 'planted',
        at: new Date(AT.getTime() + 7200000)
      }
    })
    const [item] = must(await list({ limit: 1 })).items
    expect(item.actor).toMatchObject({ id: 'gone-user', name: '已注销用户' })
    expect(item.changes[0].before).toBe('1101**********4514 139****5678')
  })
})

it('is append-only: no source file updates or removes audit_logs', () => {
  const root = path.join(__dirname, '../..')
  // Every source file that names the collection, with what it does; a new one fails here until it is reviewed.
  // Account erasure (H2) anonymizes personal values in entries: the one allowed rewrite.
  const KNOWN: Record<string, string> = {
    'cloudfunctions/api/src/repos/audit.ts': 'adds entries',
    'cloudfunctions/api/src/repos/auditQueries.ts': 'reads (audit.list)',
    'cloudfunctions/api/src/repos/myData.ts': 'reads (me.export)',
    'cloudfunctions/api/src/repos/erasure.ts': 'anonymizes personal values on account erasure (allowed)',
    // 名册: the import's entry is its receipt (fixed _id, read back to recognise the same file); the claim's entry
    // lands in the claim's transaction. Reads and adds only, each entry in auditDoc's shape.
    'cloudfunctions/api/src/repos/roster.ts': 'adds import/claim entries in their transactions; reads the import receipt',
    'cloudfunctions/api/src/actions/me/exportView.ts': 'labels',
    'localcloud/src/demo/seedTeamsFamily.ts': 'adds a demo entry',
    'src/shared/domain/myData.ts': 'labels',
    'src/shared/db/manifest.ts': 'declares'
  }
  const naming: string[] = []
  const writes: string[] = []
  const walk = (dir: string) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name)
      if (f.isDirectory()) {
        if (f.name !== 'node_modules' && f.name !== 'dist') walk(p)
      } else if (/\.tsx?$/.test(f.name)) {
        const rel = path.relative(root, p)
        const code = fs
          .readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => !/^\s*(\/\/|\*)/.test(l))
          .join('\n')
        if (/['"`]audit_logs['"`]|\baudit_logs\s*:/.test(code)) naming.push(rel)
        for (const m of code.matchAll(/collection\(\s*['"`]audit_logs['"`]\s*\)[^;]*?\.(update|set|remove)\(/g)) writes.push(`${rel}: ${m[0].slice(0, 80)}`)
      }
    }
  }
  for (const r of ['cloudfunctions', 'localcloud/src', 'src']) walk(path.join(root, r))
  expect(naming.filter((f) => !KNOWN[f])).toEqual([])
  expect(writes.filter((w) => !w.startsWith('cloudfunctions/api/src/repos/erasure.ts'))).toEqual([])
})
