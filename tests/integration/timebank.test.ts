// The time bank through the router on the local cloud (genuine SDK): each rule of the ledger — never below zero,
// family-only transfers, transfers to anyone when the community allows it, the daily cap, the storage cap
// overflowing to the donation pool — replays that change nothing, reversals once only, the statement's running
// balances, paging and filters, account totals, who may adjust, and the round trips each action costs.
// Each scenario gets its own community (world()), so rules changed in one cannot leak into another.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, rawApiCaller, expectOk as must, type ApiReply } from '../fixtures/api'
import type { ActionInput, ActionName } from '../../src/shared/contracts'
import { aCommunity, aUser } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
/** For inputs the contract refuses. */
const callRaw = rawApiCaller()
const codeOf = (r: ApiReply): string => (r.ok ? 'OK' : r.error.code)
const all = (coll: string) => [...tc.store.all(coll).values()].map((r: any) => r.doc)
/** The whole ledger (and audit log) as stored: equal before and after = nothing moved. */
const ledger = () => JSON.stringify(['ledger_accounts', 'ledger_postings', 'ledger_entries', 'audit_logs'].map(all))
const stored = (coll: string, id: string) => tc.store.get(coll, id)?.doc as any
let seq = 0
const rid = () => `tb-req-${++seq}`
const trips: Record<string, number[]> = {}
/** Calls, checks every query is index-served, and records the round trips of successful calls (table at the end). */
async function act<A extends ActionName>(openid: string, action: A, input: ActionInput<A>) {
  const r = await call(openid, action, input)
  if (r.ok) (trips[action] ??= []).push(r.counters.roundTrips)
  for (const q of r.counters.queries) expect({ action, q, served: !!q.index }).toEqual({ action, q, served: true })
  return r
}

/** A community `code` with coordinator `coord-<code>` and the given members; optional rules set through the API. */
async function world(code: string, members: string[], rules?: Record<string, unknown>): Promise<string> {
  const id = `c-${code}`
  await aCommunity(tc.db, id, code)
  await aUser(tc.db, `coord-${code}`, id, ['resident', 'coordinator'])
  for (const m of members) await aUser(tc.db, m, id)
  if (rules) must(await act(`coord-${code}`, 'communities.updateRules', rules))
  return id
}
const grant = async (code: string, openid: string, minutes: number) =>
  must(await act(`coord-${code}`, 'timebank.adjust', { requestId: rid(), userId: openid, minutes, reason: '初始时长' }))
const account = async (openid: string) => must(await act(openid, 'timebank.account', {}))
const transfer = (from: string, to: string, minutes: number, requestId = rid()) => act(from, 'timebank.transfer', { requestId, toUserId: to, minutes })
async function link(requester: string, member: string, status: string, communityId: string): Promise<string> {
  const res = await tc.db.collection('family_links').add({
    data: {
      requesterOpenid: requester,
      memberOpenid: member,
      communityId,
      relation: 'parent',
      memberName: '家人',
      memberPhone: null,
      memberUsesPhone: true,
      status,
      confirmCode: null,
      codeExpiresAt: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: new Date(),
      updatedAt: new Date()
    }
  })
  return res._id
}

describe('never below zero', () => {
  beforeAll(() => world('ZERO', ['z-ann', 'z-ben']))

  it('refuses a transfer or donation beyond the balance with INSUFFICIENT_HOURS, changing nothing', async () => {
    await link('z-ann', 'z-ben', 'active', 'c-ZERO')
    await grant('ZERO', 'z-ann', 30)
    const before = ledger()
    expect(codeOf(await transfer('z-ann', 'z-ben', 31))).toBe('INSUFFICIENT_HOURS')
    expect(codeOf(await act('z-ann', 'timebank.donate', { requestId: rid(), minutes: 31 }))).toBe('INSUFFICIENT_HOURS')
    expect(codeOf(await act('coord-ZERO', 'timebank.adjust', { requestId: rid(), userId: 'z-ann', minutes: -31, reason: '多记了' }))).toBe('INSUFFICIENT_HOURS')
    expect(ledger()).toBe(before)
    expect(must(await transfer('z-ann', 'z-ben', 30)).account).toMatchObject({ balance: 0, available: 0 })
    expect((await account('z-ben')).balance).toBe(30)
  })

  it('refuses bad input before anything is written', async () => {
    const before = ledger()
    expect(codeOf(await transfer('z-ben', 'z-ann', 0))).toBe('BAD_INPUT')
    expect(codeOf(await transfer('z-ben', 'z-ann', 1.5))).toBe('BAD_INPUT')
    expect(codeOf(await act('z-ben', 'timebank.transfer', { requestId: 'short', toUserId: 'z-ann', minutes: 1 }))).toBe('BAD_INPUT')
    expect(codeOf(await transfer('z-ben', 'z-ben', 1))).toBe('TRANSFER_NOT_ALLOWED')
    expect(codeOf(await transfer('z-ben', 'nobody-at-all', 1))).toBe('NOT_FOUND')
    expect(ledger()).toBe(before)
  })
})

describe('transfers go to family (active links, either direction) unless the community allows anyone', () => {
  beforeAll(async () => {
    await world('FAM', ['f-mum', 'f-son', 'f-aunt', 'f-stranger'])
    await world('FAR', ['f-cousin'])
    await link('f-son', 'f-mum', 'active', 'c-FAM') // the son acts for his mother
    await link('f-son', 'f-aunt', 'pending_member', 'c-FAM')
    await link('f-cousin', 'f-mum', 'active', 'c-FAR') // across communities
    await grant('FAM', 'f-son', 600)
  })

  it('refuses a non-family member and a pending link with TRANSFER_NOT_ALLOWED, changing nothing', async () => {
    const before = ledger()
    expect(codeOf(await transfer('f-son', 'f-stranger', 10))).toBe('TRANSFER_NOT_ALLOWED')
    expect(codeOf(await transfer('f-son', 'f-aunt', 10))).toBe('TRANSFER_NOT_ALLOWED')
    expect(ledger()).toBe(before)
  })

  it('allows requester → member and member → requester of an active link, also across communities', async () => {
    must(await transfer('f-son', 'f-mum', 100))
    must(await transfer('f-mum', 'f-son', 40))
    must(await transfer('f-mum', 'f-cousin', 10))
    expect([(await account('f-son')).balance, (await account('f-mum')).balance, (await account('f-cousin')).balance]).toEqual([540, 50, 10])
  })

  it("allows anyone in the community after communities.updateRules sets transferTo 'anyone', never another community's stranger", async () => {
    expect(must(await act('coord-FAM', 'communities.updateRules', { transferTo: 'anyone' }))).toEqual({
      storageCapMinutes: 90000,
      spendFromAge: null,
      transferTo: 'anyone',
      dailyTransferCapMinutes: 600
    })
    expect(stored('communities', 'c-FAM').timebankRules).toEqual({ transferTo: 'anyone' })
    must(await transfer('f-son', 'f-stranger', 10))
    must(await transfer('f-son', 'f-aunt', 10))
    await aUser(tc.db, 'f-elsewhere', 'c-FAR')
    expect(codeOf(await transfer('f-son', 'f-elsewhere', 10))).toBe('TRANSFER_NOT_ALLOWED')
    // Audited with what changed
    expect(all('audit_logs').filter((a) => a.action === 'communities.updateRules' && a.targetId === 'c-FAM')).toEqual([
      expect.objectContaining({ actorOpenid: 'coord-FAM', before: { transferTo: null }, after: { transferTo: 'anyone' } })
    ])
  })

  it('refuses rules out of range, changing nothing', async () => {
    const before = JSON.stringify(stored('communities', 'c-FAM'))
    expect(codeOf(await act('coord-FAM', 'communities.updateRules', { storageCapMinutes: -1 }))).toBe('BAD_INPUT')
    expect(codeOf(await callRaw('coord-FAM', 'communities.updateRules', { transferTo: 'everybody' }))).toBe('BAD_INPUT')
    expect(JSON.stringify(stored('communities', 'c-FAM'))).toBe(before)
  })
})

describe('daily transfer cap (per sender, China-time day)', () => {
  beforeAll(async () => {
    await world('CAP', ['d-a', 'd-b', 'd-c'], { transferTo: 'anyone', dailyTransferCapMinutes: 100 })
    await grant('CAP', 'd-a', 500)
    await grant('CAP', 'd-c', 500)
  })

  it('lets the sender move up to the cap in a day, then refuses with DAILY_CAP_REACHED', async () => {
    expect(must(await transfer('d-a', 'd-b', 60)).account.transferLeftToday).toBe(40)
    must(await transfer('d-a', 'd-b', 40))
    const before = ledger()
    expect(codeOf(await transfer('d-a', 'd-b', 1))).toBe('DAILY_CAP_REACHED')
    expect(ledger()).toBe(before)
    expect(await account('d-a')).toMatchObject({ balance: 400, transferLeftToday: 0 })
    expect(stored('ledger_accounts', 'member:d-a').daily).toEqual({ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), transferredOut: 100 })
  })

  it('holds under simultaneous transfers: of 5 × 30 minutes at once exactly 3 pass', async () => {
    const replies = await Promise.all([0, 1, 2, 3, 4].map(() => transfer('d-c', 'd-b', 30)))
    expect(replies.map(codeOf).sort()).toEqual(['DAILY_CAP_REACHED', 'DAILY_CAP_REACHED', 'OK', 'OK', 'OK'])
    expect((await account('d-c')).balance).toBe(410)
  })
})

describe('storage cap: the excess of a credit goes to the donation pool of the recipient’s community', () => {
  beforeAll(async () => {
    await world('STORE', ['s-giver', 's-full'], { transferTo: 'anyone', storageCapMinutes: 1000 })
    await grant('STORE', 's-giver', 300)
    await grant('STORE', 's-full', 950)
  })

  it('credits the recipient up to the cap and the pool with the rest, in one balanced posting', async () => {
    const r = must(await transfer('s-giver', 's-full', 100))
    expect(r.account.balance).toBe(200)
    expect(await account('s-full')).toMatchObject({ balance: 1000, capMinutes: 1000 })
    expect(stored('ledger_accounts', 'donation:c-STORE').balance).toBe(50)
    expect(stored('ledger_postings', r.postingId).entries).toEqual([
      { account: 'member:s-giver', minutes: -100 },
      { account: 'member:s-full', minutes: 50 },
      { account: 'donation:c-STORE', minutes: 50 }
    ])
  })

  it('sends a whole credit to the pool when the recipient is at the cap (a coordinator adjustment too)', async () => {
    must(await transfer('s-giver', 's-full', 20))
    await grant('STORE', 's-full', 30)
    expect((await account('s-full')).balance).toBe(1000)
    expect(stored('ledger_accounts', 'donation:c-STORE').balance).toBe(100)
  })
})

describe('replays change nothing', () => {
  beforeAll(async () => {
    await world('REPLAY', ['r-a', 'r-b'])
    await link('r-a', 'r-b', 'active', 'c-REPLAY')
    await grant('REPLAY', 'r-a', 300)
  })

  it('a transfer, donation or adjustment replayed with its requestId returns the first result and moves nothing', async () => {
    const t = rid()
    const first = must(await transfer('r-a', 'r-b', 50, t))
    const d = rid()
    const donated = must(await act('r-a', 'timebank.donate', { requestId: d, minutes: 20 }))
    const a = rid()
    const adjusted = must(await act('coord-REPLAY', 'timebank.adjust', { requestId: a, userId: 'r-b', minutes: 15, reason: '补录' }))
    const before = ledger()
    expect(must(await transfer('r-a', 'r-b', 50, t))).toEqual({ ...first, account: donated.account })
    expect(must(await transfer('r-a', 'r-b', 99, t)).postingId).toBe(first.postingId) // even with other input
    expect(must(await act('r-a', 'timebank.donate', { requestId: d, minutes: 20 }))).toEqual(donated)
    expect(must(await act('coord-REPLAY', 'timebank.adjust', { requestId: a, userId: 'r-b', minutes: 15, reason: '补录' }))).toEqual(adjusted)
    expect(ledger()).toBe(before) // no posting, entry, balance, daily count or audit entry added
    expect(first.postingId).toBe(`transfer:r-a:${t}`)
    // A donation goes to the public pool (公益池), where it can pay for priority residents' orders.
    expect(stored('ledger_postings', donated.postingId).entries).toEqual([
      { account: 'member:r-a', minutes: -20 },
      { account: expect.stringMatching(/^pool:/), minutes: 20 }
    ])
  })

  it('a replay succeeds as the first call did even after the link that allowed it was revoked', async () => {
    const linkId = await link('r-b', 'r-a', 'active', 'c-REPLAY')
    await tc.db
      .collection('family_links')
      .where({ requesterOpenid: 'r-a' })
      .update({ data: { status: 'rejected' } })
    const t = rid()
    const first = must(await transfer('r-b', 'r-a', 5, t))
    await tc.db
      .collection('family_links')
      .doc(linkId)
      .update({ data: { status: 'rejected' } })
    const before = ledger()
    expect(codeOf(await transfer('r-b', 'r-a', 5))).toBe('TRANSFER_NOT_ALLOWED')
    expect(must(await transfer('r-b', 'r-a', 5, t)).postingId).toBe(first.postingId)
    expect(ledger()).toBe(before)
  })
})

describe('reversal', () => {
  let moved = ''
  beforeAll(async () => {
    await world('REV', ['v-a', 'v-b'])
    await world('REV2', [])
    await link('v-a', 'v-b', 'active', 'c-REV')
    await grant('REV', 'v-a', 200)
    moved = must(await transfer('v-a', 'v-b', 80)).postingId
  })

  it('posts the exact negation once; a second reversal is ALREADY_REVERSED, a reversal of it CANNOT_REVERSE', async () => {
    const r = must(await act('coord-REV', 'timebank.reverse', { postingId: moved, reason: '转错了人' }))
    expect(r.postingId).toBe(`reverse:${moved}`)
    expect([(await account('v-a')).balance, (await account('v-b')).balance]).toEqual([200, 0])
    expect((await account('v-a')).totals).toMatchObject({ earned: 200, transferredOut: 0 })
    const before = ledger()
    expect(codeOf(await act('coord-REV', 'timebank.reverse', { postingId: moved, reason: '再冲一次' }))).toBe('ALREADY_REVERSED')
    expect(codeOf(await act('coord-REV', 'timebank.reverse', { postingId: r.postingId, reason: '冲正冲正' }))).toBe('CANNOT_REVERSE')
    expect(codeOf(await act('coord-REV2', 'timebank.reverse', { postingId: moved, reason: '别的社区' }))).toBe('FORBIDDEN')
    expect(codeOf(await act('coord-REV', 'timebank.reverse', { postingId: 'transfer:nobody:nothing', reason: '不存在' }))).toBe('NOT_FOUND')
    expect(ledger()).toBe(before)
    expect(all('audit_logs').filter((a) => a.action === 'timebank.reverse')).toEqual([expect.objectContaining({ actorOpenid: 'coord-REV', targetId: moved })])
    const items = must(await act('v-a', 'timebank.statement', {})).items
    expect(items.map((e: any) => [e.kind, e.minutes, e.reversed])).toEqual([
      ['reverse', 80, false],
      ['transfer', -80, true],
      ['adjust', 200, false]
    ])
  })

  it('refuses a reversal that would take a member below zero (they spent the hours), changing nothing', async () => {
    const p = must(await transfer('v-a', 'v-b', 50)).postingId
    must(await act('v-b', 'timebank.donate', { requestId: rid(), minutes: 30 }))
    const before = ledger()
    expect(codeOf(await act('coord-REV', 'timebank.reverse', { postingId: p, reason: '转错了' }))).toBe('INSUFFICIENT_HOURS')
    expect(ledger()).toBe(before)
  })
})

describe('statement and account', () => {
  beforeAll(async () => {
    await world('STMT', ['t-a', 't-b'], { transferTo: 'anyone' })
    await grant('STMT', 't-a', 300)
    for (const m of [10, 20, 30]) must(await transfer('t-a', 't-b', m))
    must(await transfer('t-b', 't-a', 5))
    must(await act('t-a', 'timebank.donate', { requestId: rid(), minutes: 7 }))
    await grant('STMT', 't-a', -8)
  })

  it('lists entries newest first, each with the balance right after it, ending at the account balance', async () => {
    const { items, hasMore } = must(await act('t-a', 'timebank.statement', { limit: 50 }))
    expect(hasMore).toBe(false)
    expect(items.map((e: any) => [e.kind, e.minutes, e.balanceAfter])).toEqual([
      ['adjust', -8, 230],
      ['donate', -7, 238],
      ['transfer', 5, 245],
      ['transfer', -30, 240],
      ['transfer', -20, 270],
      ['transfer', -10, 290],
      ['adjust', 300, 300]
    ])
    expect(items[0].balanceAfter).toBe((await account('t-a')).balance)
    expect(items.every((e: any) => e.reversed === false && !Number.isNaN(Date.parse(e.at)))).toBe(true)
  })

  it('pages by offset and filters by kind and China-time month', async () => {
    const full = must(await act('t-a', 'timebank.statement', { limit: 50 })).items
    const pages = []
    for (let offset = 0; ; offset += 3) {
      const page = must(await act('t-a', 'timebank.statement', { offset, limit: 3 }))
      pages.push(...page.items)
      if (!page.hasMore) break
    }
    expect(pages).toEqual(full)
    const transfers = must(await act('t-a', 'timebank.statement', { kind: 'transfer' })).items
    expect(transfers.map((e: any) => e.minutes)).toEqual([5, -30, -20, -10])
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7)
    expect(must(await act('t-a', 'timebank.statement', { month })).items).toHaveLength(7)
    expect(must(await act('t-a', 'timebank.statement', { month: '2000-01' })).items).toEqual([])
    expect(must(await act('t-a', 'timebank.statement', { month, kind: 'donate' })).items).toHaveLength(1)
    expect(codeOf(await act('t-a', 'timebank.statement', { month: '2025/01' }))).toBe('BAD_INPUT')
  })

  it('keeps totals per kind of movement', async () => {
    expect(await account('t-a')).toEqual({
      balance: 230,
      held: 0,
      available: 230,
      capMinutes: 90000,
      transferLeftToday: 540,
      totals: { earned: 292, spent: 0, transferredIn: 5, transferredOut: 60, donated: 7 }
    })
    expect(await account('t-b')).toMatchObject({ balance: 55, totals: { earned: 0, transferredIn: 60, transferredOut: 5 } })
    expect(await account('coord-STMT')).toMatchObject({ balance: 0, totals: { earned: 0 } }) // no account yet: empty
  })
})

describe('who may adjust', () => {
  beforeAll(async () => {
    await world('AUTH', ['a-res'])
    await world('AUTH2', ['a-other'])
  })

  it('refuses a resident and the coordinator of another community (FORBIDDEN), changing nothing', async () => {
    const before = ledger()
    expect(codeOf(await act('a-res', 'timebank.adjust', { requestId: rid(), userId: 'a-res', minutes: 60, reason: '给自己加' }))).toBe('FORBIDDEN')
    expect(codeOf(await act('coord-AUTH2', 'timebank.adjust', { requestId: rid(), userId: 'a-res', minutes: 60, reason: '跨社区' }))).toBe('FORBIDDEN')
    expect(codeOf(await act('a-res', 'communities.updateRules', { transferTo: 'anyone' }))).toBe('FORBIDDEN')
    expect(ledger()).toBe(before)
  })

  it('lets the coordinator of the member’s community adjust, audited with the reason', async () => {
    const r = must(await act('coord-AUTH', 'timebank.adjust', { requestId: rid(), userId: 'a-res', minutes: 60, reason: '补录线下服务' }))
    expect((await account('a-res')).balance).toBe(60)
    expect(stored('ledger_accounts', 'issuing:c-AUTH').balance).toBe(-60)
    expect(all('audit_logs').filter((a) => a.action === 'timebank.adjust' && a.targetId === 'member:a-res')).toEqual([
      expect.objectContaining({ actorOpenid: 'coord-AUTH', after: { postingId: r.postingId, minutes: 60, reason: '补录线下服务' } })
    ])
  })
})

describe('after every scenario above', () =>
  it('keeps the whole ledger balanced: accounts sum to zero, each equals its entries, each posting sums to zero', () => {
    const accounts = all('ledger_accounts')
    const entries = all('ledger_entries')
    expect(accounts.length).toBeGreaterThan(30)
    expect(accounts.reduce((s, a) => s + a.balance, 0)).toBe(0)
    for (const a of accounts) expect([a._id, entries.filter((e) => e.account === a._id).reduce((s, e) => s + e.minutes, 0)]).toEqual([a._id, a.balance])
    for (const p of all('ledger_postings')) expect([p._id, p.entries.reduce((s: number, e: any) => s + e.minutes, 0)]).toEqual([p._id, 0])
  }))

afterAll(() =>
  console.log(
    `round trips per successful call (min–max):\n${Object.entries(trips)
      .map(([a, n]) => `  ${a}: ${Math.min(...n)}–${Math.max(...n)} (${n.length} calls)`)
      .join('\n')}`
  )
)
