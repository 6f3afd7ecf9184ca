// repos/ledger.ts directly on the local cloud (genuine SDK): holds placed and released idempotently, postings that
// may not dip into held minutes, a posting that consumes its hold, a plan with nothing to post, and replays.
import { startTestCloud } from '../fixtures/localCloud'

const tc = startTestCloud({ manifest: true })
// Loaded after the local cloud is installed: lib/cloud.ts initialises wx-server-sdk on import.
const ledger = require('../../cloudfunctions/api/src/repos/ledger') as typeof import('../../cloudfunctions/api/src/repos/ledger')
const now = () => new Date()
const opts = () => ({ now: now(), communityId: 'c1', actorOpenid: 'tester' })
const acct = (id: string) => tc.store.get('ledger_accounts', id)?.doc as any
const all = (coll: string) => [...tc.store.all(coll).values()].map((r: any) => r.doc)
const snapshot = () => JSON.stringify(['ledger_accounts', 'ledger_postings', 'ledger_entries'].map(all))
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e) => e.code ?? String(e)
  )

beforeAll(async () => {
  await ledger.post(
    {
      id: 'grant:x',
      kind: 'grant',
      entries: [
        { account: 'issuing:c1', minutes: -100 },
        { account: 'member:x', minutes: 100 }
      ],
      memo: '发放',
      reverses: null
    },
    opts()
  )
})

it('places a hold once per key, refuses one beyond what is available, and releases it once', async () => {
  await ledger.placeHoldOn('member:x', 'order_a', 30, now())
  const version = acct('member:x').version
  await ledger.placeHoldOn('member:x', 'order_a', 30, now()) // a replay: the same hold, nothing written
  expect(acct('member:x')).toMatchObject({ balance: 100, holds: { order_a: 30 }, version })
  expect(await codeOf(ledger.placeHoldOn('member:x', 'order_b', 71, now()))).toBe('INSUFFICIENT_HOURS')
  await ledger.releaseHoldOn('member:x', 'order_a', now())
  const released = acct('member:x')
  await ledger.releaseHoldOn('member:x', 'order_a', now())
  expect(acct('member:x')).toEqual(released)
  expect(released.holds).toEqual({})
})

it('refuses a posting that would dip into minutes held for something else, changing nothing', async () => {
  await ledger.placeHoldOn('member:x', 'order_c', 60, now())
  const before = snapshot()
  const p = {
    id: 'donate:x:1',
    kind: 'donate' as const,
    entries: [
      { account: 'member:x', minutes: -41 },
      { account: 'donation:c1', minutes: 41 }
    ],
    memo: '捐赠',
    reverses: null
  }
  expect(await codeOf(ledger.post(p, opts()))).toBe('INSUFFICIENT_HOURS')
  expect(snapshot()).toBe(before)
})

it('settles from the hold it consumes, releasing it in the same step', async () => {
  const p = {
    id: 'order:c:settle',
    kind: 'settle' as const,
    entries: [
      { account: 'member:x', minutes: -50 },
      { account: 'member:v', minutes: 50 }
    ],
    memo: '服务',
    reverses: null
  }
  const res = await ledger.post(p, { ...opts(), consumes: { account: 'member:x', key: 'order_c' } })
  expect(res.replayed).toBe(false)
  expect(acct('member:x')).toMatchObject({ balance: 50, holds: {}, totals: { earned: 100, spent: 50 } })
  expect(acct('member:v')).toMatchObject({ balance: 50, ownerOpenid: 'v', kind: 'member' })
})

it('posts nothing for a plan that builds no posting, but still releases the hold it consumes', async () => {
  await ledger.placeHoldOn('member:x', 'order_d', 20, now())
  const postings = all('ledger_postings').length
  const res = await ledger.post(
    { id: 'order:d:settle', reads: ['member:x'], build: () => null },
    { ...opts(), consumes: { account: 'member:x', key: 'order_d' } }
  )
  expect(res).toMatchObject({ replayed: false, posting: null })
  expect(acct('member:x').holds).toEqual({})
  expect(all('ledger_postings')).toHaveLength(postings)
})

it('answers a replay with replayed: true and writes nothing, even if the replayed posting differs', async () => {
  const before = snapshot()
  const again = {
    id: 'order:c:settle',
    kind: 'settle' as const,
    entries: [
      { account: 'member:x', minutes: -5 },
      { account: 'member:v', minutes: 5 }
    ],
    memo: '服务',
    reverses: null
  }
  expect(await ledger.post(again, opts())).toMatchObject({ replayed: true, posting: { _id: 'order:c:settle' } })
  expect(snapshot()).toBe(before)
})

it('keeps entries in history order when a hold is released late by a request stamped earlier', async () => {
  const holds = require('../../cloudfunctions/api/src/repos/ledgerHolds') as typeof import('../../cloudfunctions/api/src/repos/ledgerHolds')
  const t0 = Date.now() + 60_000 // a later posting moves the account's clock ahead of the releasing request's
  await ledger.placeHoldOn('member:x', 'order_late', 10, new Date(t0 - 30_000))
  const grant = (id: string, minutes: number, issuer: string) => ({
    id,
    kind: 'grant' as const,
    entries: [
      { account: issuer, minutes: -minutes },
      { account: 'member:x', minutes }
    ],
    memo: '发放',
    reverses: null
  })
  await ledger.post(grant('grant:late:1', 7, 'issuing:c1'), { ...opts(), now: new Date(t0) })
  // A retried settle still carries the clock of its first attempt, a minute before the grant above.
  expect(await holds.releaseHoldOnce('member:x', 'order_late')).toBe(true)
  // Another issuer, untouched since: only member:x's own clock can order this entry after the first.
  await ledger.post(grant('grant:late:2', 3, 'issuing:c2'), { ...opts(), now: new Date(t0 - 60_000) })
  const mine = all('ledger_entries').filter((e) => e.account === 'member:x')
  const newest = mine.reduce((n, e) => (new Date(e.at) > new Date(n.at) ? e : n))
  expect([newest.postingId, newest.balanceAfter]).toEqual(['grant:late:2', acct('member:x').balance])
})

it('keeps each account equal to its entries and the ledger summing to zero', () => {
  const entries = all('ledger_entries')
  for (const a of all('ledger_accounts'))
    expect([a._id, entries.filter((e) => e.account === a._id).reduce((s, e) => s + e.minutes, 0)]).toEqual([a._id, a.balance])
  expect(all('ledger_accounts').reduce((s, a) => s + a.balance, 0)).toBe(0)
})
