// Unique indexes with MongoDB's semantics (CloudBase's database is MongoDB): a write producing an existing key
// fails with a duplicate-key error (E11000) and changes nothing; a missing field is indexed as null, so two
// documents both lacking it collide; a key is free again once its holder is gone; compound keys compare whole.
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf, messageOf, rejectionOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const users = () => db.collection('users')

beforeAll(async () => {
  await db.createCollection('users')
  tc.store.createIndex('users', { name: 'phone_unique', fields: [{ field: 'phone', order: 1 }], unique: true })
  await db.createCollection('seats')
  tc.store.createIndex('seats', {
    name: 'event_seat',
    fields: [
      { field: 'event', order: 1 },
      { field: 'seat', order: 1 }
    ],
    unique: true
  })
  await db.createCollection('optional')
  tc.store.createIndex('optional', { name: 'code_unique', fields: [{ field: 'code', order: 1 }], unique: true })
  await users().add({ data: { _id: 'u1', phone: '13800000001', name: 'A' } })
  await users().add({ data: { _id: 'u2', phone: '13800000002', name: 'B' } })
})

it('an insert with a key that exists fails with a duplicate-key error and inserts nothing', async () => {
  const e = await rejectionOf(users().add({ data: { _id: 'u3', phone: '13800000001' } }))
  expect(messageOf(e)).toMatch(/duplicate key/i)
  expect(idsOf(await users().where({ phone: '13800000001' }).get())).toEqual(['u1'])
  expect(tc.store.get('users', 'u3')).toBeUndefined()
})

it('an update to a taken key fails and leaves the document unchanged (doc().update, where().update, set)', async () => {
  const before = (await users().doc('u2').get()).data
  for (const write of [
    () =>
      users()
        .doc('u2')
        .update({ data: { phone: '13800000001', name: 'changed' } }),
    () =>
      users()
        .where({ name: 'B' })
        .update({ data: { phone: '13800000001', name: 'changed' } }),
    () =>
      users()
        .doc('u2')
        .set({ data: { phone: '13800000001', name: 'changed' } })
  ]) {
    expect(messageOf(await rejectionOf(write))).toMatch(/duplicate key/i)
    expect((await users().doc('u2').get()).data).toEqual(before)
  }
})

it('updating the holder itself without changing the key is allowed', async () => {
  const r = await users()
    .doc('u1')
    .update({ data: { name: 'A2', phone: '13800000001' } })
  expect(r.stats.updated).toBe(1)
  expect((await users().doc('u1').get()).data.name).toBe('A2')
})

it('two documents both missing the field collide (a missing field is indexed as null)', async () => {
  await db.collection('optional').add({ data: { _id: 'first', note: 'no code' } })
  const e = await rejectionOf(db.collection('optional').add({ data: { _id: 'second', note: 'no code either' } }))
  expect(messageOf(e)).toMatch(/duplicate key/i)
  // null and missing are the same key, too
  expect(messageOf(await rejectionOf(db.collection('optional').add({ data: { _id: 'third', code: null } })))).toMatch(/duplicate key/i)
  await db.collection('optional').add({ data: { _id: 'fourth', code: 'X1' } })
  expect(idsOf(await db.collection('optional').get())).toEqual(['first', 'fourth'])
})

it('after the holder is deleted, or moves to another key, the key is free', async () => {
  await users().add({ data: { _id: 'tmp', phone: '13900000000' } })
  await users().doc('tmp').remove()
  await users().add({ data: { _id: 'u4', phone: '13900000000' } })
  await users()
    .doc('u4')
    .update({ data: { phone: '13900000009' } })
  await users().add({ data: { _id: 'u5', phone: '13900000000' } })
  expect(
    (
      await users()
        .where({ phone: _.in(['13900000000', '13900000009']) })
        .orderBy('phone', 'asc')
        .get()
    ).data.map((d: any) => d._id)
  ).toEqual(['u5', 'u4'])
})

it('a compound unique index rejects only the same combination', async () => {
  await db.collection('seats').add({ data: { event: 'e1', seat: 'A1' } })
  await db.collection('seats').add({ data: { event: 'e1', seat: 'A2' } })
  await db.collection('seats').add({ data: { event: 'e2', seat: 'A1' } })
  const e = await rejectionOf(db.collection('seats').add({ data: { event: 'e1', seat: 'A1' } }))
  expect(messageOf(e)).toMatch(/duplicate key/i)
  expect((await db.collection('seats').count()).total).toBe(3)
})

it('declaring a unique index over existing duplicates is refused', async () => {
  await db.createCollection('dupes')
  await db.collection('dupes').add({ data: { k: 1 } })
  await db.collection('dupes').add({ data: { k: 1 } })
  expect(() => tc.store.createIndex('dupes', { name: 'k_unique', fields: [{ field: 'k', order: 1 }], unique: true })).toThrow(/duplicate key/i)
  // the refused index is not enforced afterwards
  await db.collection('dupes').add({ data: { k: 1 } })
  expect((await db.collection('dupes').count()).total).toBe(3)
})
