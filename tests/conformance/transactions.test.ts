// Transactions as CloudBase documents them (MongoDB snapshot isolation underneath): reads see the snapshot
// taken at start plus the transaction's own writes; commit applies every write, rollback none; only
// doc().get/set/update/remove and collection.add are allowed; a write conflict (another transaction's write,
// or a commit by anyone after the snapshot) fails at the operation with errCode -501001 and is not retried;
// a non-transactional write to a document a transaction holds waits until it ends (MongoDB blocks it).
import { startTestCloud } from '../fixtures/localCloud'
import { messageOf, rejectionOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const accounts = () => db.collection('accounts')
const balance = async (id: string) => (await accounts().doc(id).get()).data.balance
let n = 0

async function account(balance: number): Promise<string> {
  const _id = `acc${++n}`
  await accounts().add({ data: { _id, balance } })
  return _id
}

/** Lets every pending I/O callback and timer-free continuation run (no wall-time involved). */
async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r))
}

beforeAll(async () => {
  await db.createCollection('accounts')
  await db.createCollection('ledger')
})

describe('isolation', () => {
  it('reads inside see the snapshot: a write committed outside after the start is not visible', async () => {
    const id = await account(100)
    const t = await db.startTransaction()
    await accounts()
      .doc(id)
      .update({ data: { balance: 999 } })
    expect((await t.collection('accounts').doc(id).get()).data.balance).toBe(100)
    await t.rollback()
    expect(await balance(id)).toBe(999)
  })

  it("the transaction sees its own writes; others don't until commit", async () => {
    const id = await account(100)
    const t = await db.startTransaction()
    await t
      .collection('accounts')
      .doc(id)
      .update({ data: { balance: _.inc(-30) } })
    expect((await t.collection('accounts').doc(id).get()).data.balance).toBe(70)
    expect(await balance(id)).toBe(100)
    await t.commit()
    expect(await balance(id)).toBe(70)
  })

  it('the snapshot also hides documents added outside and keeps documents removed outside', async () => {
    const removedLater = await account(1)
    const t = await db.startTransaction()
    await accounts().add({ data: { _id: 'added-later', balance: 2 } })
    await accounts().doc(removedLater).remove()
    expect(messageOf(await rejectionOf(t.collection('accounts').doc('added-later').get()))).toMatch(/does not exist/)
    expect((await t.collection('accounts').doc(removedLater).get()).data.balance).toBe(1)
    await t.rollback()
  })

  it('doc().get() of a missing document inside a transaction rejects like outside', async () => {
    const t = await db.startTransaction()
    expect(messageOf(await rejectionOf(t.collection('accounts').doc('nope').get()))).toMatch(/does not exist/)
    await t.rollback()
  })
})

describe('commit and rollback', () => {
  it('commit applies every write: update, add, set and remove across collections', async () => {
    const [a, b, gone] = [await account(100), await account(5), await account(1)]
    await db.runTransaction(async (t: any) => {
      await t
        .collection('accounts')
        .doc(a)
        .update({ data: { balance: _.inc(-40) } })
      await t
        .collection('accounts')
        .doc(b)
        .set({ data: { balance: 45, note: 'replaced' } })
      await t.collection('accounts').doc(gone).remove()
      await t.collection('ledger').add({ data: { _id: `move-${a}`, from: a, to: b, amount: 40 } })
    })
    expect(await balance(a)).toBe(60)
    expect((await accounts().doc(b).get()).data).toEqual({ _id: b, balance: 45, note: 'replaced' })
    expect(tc.store.get('accounts', gone)).toBeUndefined()
    expect((await db.collection('ledger').doc(`move-${a}`).get()).data.amount).toBe(40)
  })

  it('set() inside a transaction creates a missing document (upsert), visible after commit', async () => {
    const t = await db.startTransaction()
    const r = await t
      .collection('accounts')
      .doc('tx-created')
      .set({ data: { balance: 12 } })
    // SDK quirk: in a transaction @cloudbase/database returns `upserted: [{ _id }]` instead of `upsertedId`, and
    // wx-server-sdk counts `created` from upsertedId, so stats.created is 0 even though the document is created.
    expect(r.stats).toEqual({ updated: 0, created: 0 })
    expect(tc.store.get('accounts', 'tx-created')).toBeUndefined()
    await t.commit()
    expect((await accounts().doc('tx-created').get()).data).toEqual({ _id: 'tx-created', balance: 12 })
  })

  it('add() inside a transaction is invisible outside until commit', async () => {
    const t = await db.startTransaction()
    const r = await t.collection('ledger').add({ data: { _id: 'pending-entry', amount: 1 } })
    expect(r._id).toBe('pending-entry')
    expect((await t.collection('ledger').doc('pending-entry').get()).data.amount).toBe(1)
    expect((await db.collection('ledger').where({ _id: 'pending-entry' }).count()).total).toBe(0)
    await t.commit()
    expect((await db.collection('ledger').doc('pending-entry').get()).data.amount).toBe(1)
  })

  it('rollback (startTransaction) applies none of the writes', async () => {
    const id = await account(100)
    const t = await db.startTransaction()
    await t
      .collection('accounts')
      .doc(id)
      .update({ data: { balance: 0 } })
    await t.collection('ledger').add({ data: { _id: 'rolled-back' } })
    await t.rollback()
    expect(await balance(id)).toBe(100)
    expect(tc.store.get('ledger', 'rolled-back')).toBeUndefined()
  })

  it('transaction.rollback(reason) in runTransaction rejects with the reason and applies nothing', async () => {
    const id = await account(10)
    const reason = await rejectionOf(
      db.runTransaction(async (t: any) => {
        await t
          .collection('accounts')
          .doc(id)
          .update({ data: { balance: _.inc(-20) } })
        const now = (await t.collection('accounts').doc(id).get()).data.balance
        if (now < 0) await t.rollback('insufficient funds')
      })
    )
    expect(reason).toBe('insufficient funds')
    expect(await balance(id)).toBe(10)
  })

  it('an error thrown in the runTransaction callback rolls back and releases the locks', async () => {
    const id = await account(10)
    const e = await rejectionOf(
      db.runTransaction(async (t: any) => {
        await t
          .collection('accounts')
          .doc(id)
          .update({ data: { balance: 0 } })
        throw new Error('boom')
      })
    )
    expect(e.message).toBe('boom')
    expect(await balance(id)).toBe(10)
    await accounts()
      .doc(id)
      .update({ data: { balance: _.inc(1) } }) // would wait if still locked
    expect(await balance(id)).toBe(11)
  })

  it('runTransaction resolves with the callback value', async () => {
    const id = await account(3)
    const value = await db.runTransaction(async (t: any) => (await t.collection('accounts').doc(id).get()).data.balance * 2)
    expect(value).toBe(6)
  })

  it('commit or rollback of a finished or unknown transaction fails', async () => {
    const t = await db.startTransaction()
    await t.commit()
    expect(messageOf(await rejectionOf(t.commit()))).toMatch(/not exist|finished/i)
    const r = await db.startTransaction()
    await r.rollback()
    expect(messageOf(await rejectionOf(r.commit()))).toMatch(/not exist|finished/i)
    const reply = await tc.local.handle('database.commitTransaction', { transactionId: 'no-such-transaction' })
    expect(reply.code).toBe('DATABASE_TRANSACTION_FAIL')
  })
})

describe('conflicts', () => {
  it('a second transaction writing a document the first has written fails at the operation with -501001', async () => {
    const id = await account(100)
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    await t1
      .collection('accounts')
      .doc(id)
      .update({ data: { balance: 90 } })
    const e = await rejectionOf(
      t2
        .collection('accounts')
        .doc(id)
        .update({ data: { balance: 80 } })
    )
    expect(e.errCode).toBe(-501001)
    await t2.rollback()
    await t1.commit()
    expect(await balance(id)).toBe(90)
  })

  it('a transaction writing a document changed outside after its snapshot fails with -501001', async () => {
    const id = await account(100)
    const t = await db.startTransaction()
    await accounts()
      .doc(id)
      .update({ data: { balance: 50 } })
    const e = await rejectionOf(
      t
        .collection('accounts')
        .doc(id)
        .update({ data: { balance: _.inc(-10) } })
    )
    expect(e.errCode).toBe(-501001)
    await t.rollback()
    expect(await balance(id)).toBe(50)
  })

  it('runTransaction does not retry a conflict raised by an operation', async () => {
    const id = await account(100)
    const holder = await db.startTransaction()
    await holder
      .collection('accounts')
      .doc(id)
      .update({ data: { balance: 1 } })
    let attempts = 0
    const e = await rejectionOf(
      db.runTransaction(async (t: any) => {
        attempts++
        await t
          .collection('accounts')
          .doc(id)
          .update({ data: { balance: 2 } })
      })
    )
    expect(e.errCode).toBe(-501001)
    expect(attempts).toBe(1)
    await holder.rollback()
    expect(await balance(id)).toBe(100)
  })

  it('a non-transactional update to a locked document waits, then applies after commit', async () => {
    const id = await account(100)
    const t = await db.startTransaction()
    await t
      .collection('accounts')
      .doc(id)
      .update({ data: { balance: _.inc(-50) } })
    let settled = false
    const outside = accounts()
      .doc(id)
      .update({ data: { balance: _.inc(7) } })
      .then((r: any) => ((settled = true), r))
    await settle()
    expect(settled).toBe(false)
    expect(tc.store.get('accounts', id)!.doc.balance).toBe(100)
    await t.commit()
    expect((await outside).stats.updated).toBe(1)
    expect(await balance(id)).toBe(57)
  })
})

describe('operations CloudBase does not allow in a transaction', () => {
  it('where(), count() and aggregate() on a transaction collection throw', async () => {
    const t = await db.startTransaction()
    const coll = t.collection('accounts')
    for (const op of [() => coll.where({ balance: _.gt(0) }).get(), () => coll.count(), () => coll.aggregate().match({}).end()]) {
      expect(messageOf(await rejectionOf(op))).toMatch(/transaction/i)
    }
    await t.rollback()
  })
})
