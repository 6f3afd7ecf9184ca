// 注销账号 on the local cloud, end to end: the request, the cooling-off period (nothing erased, cancellable), then
// the cron job eraseAccounts run with a `now` past it. Then a RAW scan of every collection's stored documents (the
// SQLite rows) and of every file in cloud storage finds no nickname, name, phone, ID number (clear or encrypted),
// address or family member's name of either erased person; the ledger is still balanced (each posting sums to 0,
// each account's balance equals its entries) and each balance went where its owner chose (alice: her family
// member, bob: the community pool); open orders are cancelled or back in the pool; the community keeps the
// service records, anonymized but for the volunteer number; and a re-run after a crash mid-way completes the
// erasure without changing anything else.
import fs from 'fs'
import path from 'path'
import { ERASED } from '../../src/shared/domain/myData'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { personalStrings, rawStore, rawTables, seedMyDataWorld, type Person } from '../fixtures/myDataWorld'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
let people: Record<'alice' | 'bob', Person>
let eraseAccounts: (now: Date) => Promise<{ name: string; touched: number }>
const secrets: Record<string, string[]> = {}
const DAY = 24 * 3600000
const stored = (coll: string, id: string) => tc.store.get(coll, id)?.doc as any
const balanceOf = (account: string) => stored('ledger_accounts', account)?.balance ?? 0
const later = (days: number) => new Date(Date.now() + days * DAY)

/** Every string the scan must not find, per person: found where (collection/id or file). */
function scan(strings: string[]): string[] {
  const hits: string[] = []
  for (const [coll, docs] of rawStore(tc)) for (const [id, text] of docs) for (const s of strings) if (text.includes(s)) hits.push(`${coll}/${id}: ${s}`)
  // and every other table of the SQLite file: index keys, geo points, the store's bookkeeping
  for (const [table, rows] of rawTables(tc))
    if (!table.startsWith('c_')) for (const row of rows) for (const s of strings) if (row.includes(s)) hits.push(`table ${table}: ${s}`)
  const walk = (dir: string) => {
    for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else for (const s of strings) if (fs.readFileSync(p).toString('utf8').includes(s)) hits.push(`file ${p}: ${s}`)
    }
  }
  walk(path.join(tc.dataDir, 'files'))
  return hits
}

beforeAll(async () => {
  people = await seedMyDataWorld(tc, call)
  eraseAccounts = require('../../cloudfunctions/cron/src/jobs/eraseAccounts').eraseAccounts
  for (const p of Object.values(people)) secrets[p.openid] = personalStrings(p, stored('volunteers', p.volunteerId).idCipher)
  // Each has exported their data once: the file in storage must go with the account.
  for (const p of Object.values(people)) must(await call(p.openid, 'me.export', { requestId: `before-erasure-${p.openid}` }))
}, 180000)

it('erases nothing during the cooling-off period, and the request can be cancelled', async () => {
  const status = must(await call('alice', 'me.deletionStatus', {}))
  expect(status).toMatchObject({ status: 'none', coolingOffDays: 7, familyMembers: [{ userId: 'kin-alice', name: people.alice.kinName }] })
  const refused = await call('alice', 'me.requestDeletion', { requestId: 'delete-alice-0', disposal: 'donate_pool', confirmText: '注销' })
  expect(refused.ok ? 'OK' : refused.error.code).toBe('BAD_INPUT')
  const pending = must(
    await call('alice', 'me.requestDeletion', { requestId: 'delete-alice-1', disposal: 'transfer_family', toUserId: 'kin-alice', confirmText: '确认注销' })
  )
  expect(pending).toMatchObject({ status: 'pending', disposal: 'transfer_family', toName: people.alice.kinName })
  const due = new Date(present(pending.dueAt)).getTime() - new Date(present(pending.requestedAt)).getTime()
  expect(due).toBe(7 * DAY)
  // A second request while one is pending is refused; a retry of the same one returns it.
  const other = await call('alice', 'me.requestDeletion', { requestId: 'delete-alice-2', disposal: 'donate_pool', confirmText: '确认注销' })
  expect(other.ok ? 'OK' : other.error.code).toBe('DELETION_PENDING')
  expect(
    must(
      await call('alice', 'me.requestDeletion', { requestId: 'delete-alice-1', disposal: 'transfer_family', toUserId: 'kin-alice', confirmText: '确认注销' })
    ).dueAt
  ).toBe(pending.dueAt)

  const before = rawStore(tc)
  expect(await eraseAccounts(later(6.9))).toEqual({ name: 'eraseAccounts', touched: 0 })
  expect(rawStore(tc)).toEqual(before)
  expect(scan(secrets.alice).length).toBeGreaterThan(10)

  expect(must(await call('alice', 'me.cancelDeletion', {})).status).toBe('none')
  const again = await call('alice', 'me.cancelDeletion', {})
  expect(again.ok ? 'OK' : again.error.code).toBe('DELETION_NOT_PENDING')
  expect(await eraseAccounts(later(30))).toEqual({ name: 'eraseAccounts', touched: 0 })
  expect(stored('users', 'alice').nickname).toBe(people.alice.nickname)
})

it('after the cooling-off period leaves no personal value anywhere, keeps the ledger balanced and the records anonymized', async () => {
  const aliceAvailable = balanceOf('member:alice') // the open order's hold is released by its cancellation first
  const kinBefore = balanceOf('member:kin-alice')
  const poolBefore = balanceOf('pool:cA')
  const bobBalance = balanceOf('member:bob')
  expect(aliceAvailable).toBe(600)
  must(await call('alice', 'me.requestDeletion', { requestId: 'delete-alice-3', disposal: 'transfer_family', toUserId: 'kin-alice', confirmText: '确认注销' }))
  must(await call('bob', 'me.requestDeletion', { requestId: 'delete-bob-1', disposal: 'donate_pool', confirmText: '确认注销' }))
  // Bob's erasure crashed part-way in an earlier run: begun, his orders and records already rewritten, the rest not.
  const erasure = require('../../cloudfunctions/api/src/repos/erasure')
  expect(await require('../../cloudfunctions/api/src/repos/deletions').beginErasing('bob', later(7.005))).toBe(true)
  const bobValues = await erasure.personalValues('bob')
  await erasure.eraseOrders('bob', bobValues.secrets, [])
  await erasure.eraseRecords('bob', bobValues.secrets)
  expect(must(await call('bob', 'me.cancelDeletion', {}).then((r) => ({ ok: true, data: r })))).toMatchObject({
    ok: false,
    error: { code: 'DELETION_NOT_PENDING' }
  })

  expect(await eraseAccounts(later(7.01))).toEqual({ name: 'eraseAccounts', touched: 2 })

  // No name, phone, ID number (clear or cipher), address, nickname or family member's name, in any document or file.
  expect(scan([...secrets.alice, ...secrets.bob])).toEqual([])

  // The ledger: every posting sums to zero, every account's balance is the sum of its entries.
  const raw = rawStore(tc)
  const entries = [...raw.get('ledger_entries')!.values()].map((t) => JSON.parse(t))
  const byPosting = new Map<string, number>()
  const byAccount = new Map<string, number>()
  for (const e of entries) {
    byPosting.set(e.postingId, (byPosting.get(e.postingId) ?? 0) + e.minutes)
    byAccount.set(e.account, (byAccount.get(e.account) ?? 0) + e.minutes)
  }
  expect([...byPosting.values()].every((m) => m === 0)).toBe(true)
  for (const [id, text] of raw.get('ledger_accounts')!) expect({ id, balance: JSON.parse(text).balance }).toEqual({ id, balance: byAccount.get(id) ?? 0 })
  // Where the balances went: alice's to her family member, bob's to the community pool.
  expect(balanceOf('member:alice')).toBe(0)
  expect(balanceOf('member:kin-alice')).toBe(kinBefore + aliceAvailable)
  expect(balanceOf('member:bob')).toBe(0)
  expect(balanceOf('pool:cA')).toBe(poolBefore + bobBalance)
  expect(stored('ledger_postings', 'erase:alice')).toMatchObject({ kind: 'transfer' })
  expect(stored('ledger_postings', 'erase:bob')).toMatchObject({ kind: 'donate' })

  for (const p of Object.values(people)) {
    // Open orders: the one they asked for cancelled (hold released), the one they held back in the pool.
    expect(stored('orders', p.openOrderId)).toMatchObject({ status: 'cancelled' })
    expect(stored('ledger_accounts', `member:${p.openid}`).holds).toEqual({})
    expect(stored('orders', p.heldOrderId)).toMatchObject({ status: 'pending', volunteerOpenid: null })
    // The community keeps the service records and certificates, anonymized but for the volunteer number.
    const records = [...raw.get('service_records')!.values()].map((t) => JSON.parse(t)).filter((r) => r.volunteerOpenid === p.openid)
    expect(records.length).toBeGreaterThan(0)
    for (const r of records) expect(r).toMatchObject({ volunteerName: ERASED.volunteerName, volunteerNo: p.volunteerNo })
    expect([...raw.get('certificates')!.values()].map((t) => JSON.parse(t)).filter((c) => c.volunteerOpenid === p.openid)).toEqual([
      expect.objectContaining({ volunteerName: ERASED.volunteerName, volunteerNo: p.volunteerNo })
    ])
    // Address book and family links gone; the registration no longer dispatchable; status shows erased.
    expect([...raw.get('addresses')!.values()].filter((t) => JSON.parse(t).ownerOpenid === p.openid)).toEqual([])
    expect([...raw.get('family_links')!.values()].filter((t) => t.includes(`"${p.openid}"`))).toEqual([])
    expect(stored('volunteers', p.volunteerId)).toMatchObject({ status: 'rejected', serviceLocation: null, volunteerNo: p.volunteerNo })
    expect(stored('users', p.openid)).toMatchObject({ nickname: ERASED.name, communityId: null, roles: ['resident'] })
    expect(must(await call(p.openid, 'me.deletionStatus', {})).status).toBe('erased')
  }
  // Someone else's data is untouched.
  expect(stored('users', 'kin-alice').nickname).toBe('alice的家人')
})

it('completes an erasure a crash interrupted, and a re-run changes nothing else', async () => {
  await tc.db
    .collection('account_deletions')
    .doc('alice')
    .update({ data: { status: 'erasing' } })
  const before = rawStore(tc)
  expect(await eraseAccounts(later(8))).toEqual({ name: 'eraseAccounts', touched: 1 })
  const after = rawStore(tc)
  for (const [coll, docs] of after) {
    if (coll === 'account_deletions') continue
    expect({ coll, docs: [...docs] }).toEqual({ coll, docs: [...(before.get(coll) ?? new Map())] })
  }
  expect(stored('account_deletions', 'alice').status).toBe('erased')
  expect(scan([...secrets.alice, ...secrets.bob])).toEqual([])
})

it('waits while the person still has a service in progress, and erases once it is settled', async () => {
  const { anOrder } = require('../fixtures/orders')
  const serving = await anOrder(tc.db, { status: 'in_service', createdBy: 'neighbour', volunteerOpenid: 'helper' })
  must(await call('helper', 'me.requestDeletion', { requestId: 'delete-helper-1', disposal: 'donate_pool', confirmText: '确认注销' }))
  expect(await eraseAccounts(later(8))).toEqual({ name: 'eraseAccounts', touched: 0 })
  expect(stored('account_deletions', 'helper').status).toBe('pending')
  expect(stored('orders', serving._id)).toMatchObject({ status: 'in_service', volunteerOpenid: 'helper' })
  // The service ends and is paid: the next run erases.
  await tc.db
    .collection('orders')
    .doc(serving._id)
    .update({ data: { status: 'completed', settledAt: new Date() } })
  expect(await eraseAccounts(later(8))).toEqual({ name: 'eraseAccounts', touched: 1 })
  expect(stored('account_deletions', 'helper').status).toBe('erased')
  expect(stored('orders', serving._id).volunteerName).toBe(ERASED.volunteerName)
})
