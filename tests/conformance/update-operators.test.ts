// Update operators (db.command) and document writes as CloudBase documents them, with MongoDB's semantics:
// a plain nested object in update() merges field by field, _.set() replaces, doc().set() replaces the whole
// document and creates it when absent, and updating a missing document changes nothing.
import { startTestCloud } from '../fixtures/localCloud'
import { rejectionOf, messageOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const items = () => db.collection('items')
const read = async (id: string) => (await items().doc(id).get()).data
let n = 0

/** A fresh document for each test, so the cases do not depend on one another. */
async function fresh(data: Record<string, unknown>): Promise<string> {
  const _id = `doc${++n}`
  await items().add({ data: { _id, ...data } })
  return _id
}

beforeAll(async () => {
  await db.createCollection('items')
})

describe('field operators', () => {
  it('a nested object in update() merges into the sub-document and keeps its siblings', async () => {
    const id = await fresh({ profile: { name: 'Ann', city: 'SZ', tags: ['x'] }, top: 1 })
    const r = await items()
      .doc(id)
      .update({ data: { profile: { city: 'BJ' } } })
    expect(r.stats.updated).toBe(1)
    expect(await read(id)).toEqual({ _id: id, profile: { name: 'Ann', city: 'BJ', tags: ['x'] }, top: 1 })
  })

  it('_.set() replaces the sub-document as a whole', async () => {
    const id = await fresh({ profile: { name: 'Ann', city: 'SZ' } })
    await items()
      .doc(id)
      .update({ data: { profile: _.set({ city: 'BJ' }) } })
    expect((await read(id)).profile).toEqual({ city: 'BJ' })
  })

  it('inc adds (negative too) and creates a missing field with the increment', async () => {
    const id = await fresh({ count: 5 })
    await items()
      .doc(id)
      .update({ data: { count: _.inc(3), fresh: _.inc(2) } })
    await items()
      .doc(id)
      .update({ data: { count: _.inc(-10) } })
    expect(await read(id)).toMatchObject({ count: -2, fresh: 2 })
  })

  it('mul multiplies and sets a missing field to 0', async () => {
    const id = await fresh({ price: 2.5 })
    await items()
      .doc(id)
      .update({ data: { price: _.mul(4), absent: _.mul(7) } })
    expect(await read(id)).toMatchObject({ price: 10, absent: 0 })
  })

  it('min and max change the field only when the operand is lower / higher', async () => {
    const id = await fresh({ low: 10, high: 10 })
    await items()
      .doc(id)
      .update({ data: { low: _.min(20), high: _.max(5) } })
    expect(await read(id)).toMatchObject({ low: 10, high: 10 })
    await items()
      .doc(id)
      .update({ data: { low: _.min(3), high: _.max(30) } })
    expect(await read(id)).toMatchObject({ low: 3, high: 30 })
  })

  it('remove() unsets a field, also a nested one', async () => {
    const id = await fresh({ a: 1, b: 2, nested: { keep: 1, drop: 2 } })
    await items()
      .doc(id)
      .update({ data: { a: _.remove(), nested: { drop: _.remove() } } })
    expect(await read(id)).toEqual({ _id: id, b: 2, nested: { keep: 1 } })
  })

  it('rename moves the value to the new name, also into a nested path', async () => {
    const id = await fresh({ old: 'v', other: 1 })
    await items()
      .doc(id)
      .update({ data: { old: _.rename('renamed.inner') } })
    expect(await read(id)).toEqual({ _id: id, other: 1, renamed: { inner: 'v' } })
  })

  it('db.serverDate() in update() and add() stores the server time as a Date, with its offset', async () => {
    const before = Date.now()
    await items().add({ data: { _id: 'sd', createdAt: db.serverDate() } })
    await items()
      .doc('sd')
      .update({ data: { updatedAt: db.serverDate(), expiresAt: db.serverDate({ offset: 3_600_000 }) } })
    const after = Date.now()
    const doc = await read('sd')
    for (const key of ['createdAt', 'updatedAt']) {
      expect(doc[key]).toBeInstanceOf(Date)
      expect(doc[key].getTime()).toBeGreaterThanOrEqual(before)
      expect(doc[key].getTime()).toBeLessThanOrEqual(after)
    }
    expect(doc.expiresAt.getTime() - doc.updatedAt.getTime()).toBe(3_600_000)
  })
})

describe('array operators', () => {
  it('push appends one or several values in order', async () => {
    const id = await fresh({ list: [1] })
    await items()
      .doc(id)
      .update({ data: { list: _.push(2) } })
    await items()
      .doc(id)
      .update({ data: { list: _.push([3, 4]) } })
    expect((await read(id)).list).toEqual([1, 2, 3, 4])
  })

  it('push with position inserts at that index', async () => {
    const id = await fresh({ list: ['a', 'd'] })
    await items()
      .doc(id)
      .update({ data: { list: _.push({ each: ['b', 'c'], position: 1 }) } })
    expect((await read(id)).list).toEqual(['a', 'b', 'c', 'd'])
  })

  it('push with sort and slice sorts then keeps the first n (negative: the last n)', async () => {
    const id = await fresh({ top: [5, 1], recent: [1, 2, 3] })
    await items()
      .doc(id)
      .update({ data: { top: _.push({ each: [9, 3], sort: -1, slice: 3 }), recent: _.push({ each: [4, 5], slice: -3 }) } })
    expect(await read(id)).toMatchObject({ top: [9, 5, 3], recent: [3, 4, 5] })
  })

  it('push with sort by a field of the elements', async () => {
    const id = await fresh({ people: [{ n: 'b', age: 30 }] })
    await items()
      .doc(id)
      .update({
        data: {
          people: _.push({
            each: [
              { n: 'a', age: 20 },
              { n: 'c', age: 40 }
            ],
            sort: { age: -1 }
          })
        }
      })
    expect((await read(id)).people.map((p: any) => p.n)).toEqual(['c', 'b', 'a'])
  })

  it('pop removes the last element, shift the first', async () => {
    const id = await fresh({ a: [1, 2, 3], b: [1, 2, 3] })
    await items()
      .doc(id)
      .update({ data: { a: _.pop(), b: _.shift() } })
    expect(await read(id)).toMatchObject({ a: [1, 2], b: [2, 3] })
  })

  it('unshift prepends the values in the given order', async () => {
    const id = await fresh({ list: [3] })
    await items()
      .doc(id)
      .update({ data: { list: _.unshift([1, 2]) } })
    expect((await read(id)).list).toEqual([1, 2, 3])
  })

  it('pull removes every element equal to a value or matching a condition', async () => {
    const id = await fresh({ nums: [1, 5, 7, 5, 10], objs: [{ q: 1 }, { q: 4 }, { q: 2 }] })
    await items()
      .doc(id)
      .update({ data: { nums: _.pull(5) } })
    await items()
      .doc(id)
      .update({ data: { nums: _.pull(_.gt(8)), objs: _.pull({ q: _.lt(3) }) } })
    expect(await read(id)).toMatchObject({ nums: [1, 7], objs: [{ q: 4 }] })
  })

  it('pullAll removes every occurrence of each listed value', async () => {
    const id = await fresh({ list: ['a', 'b', 'a', 'c', 'b'] })
    await items()
      .doc(id)
      .update({ data: { list: _.pullAll(['a', 'b']) } })
    expect((await read(id)).list).toEqual(['c'])
  })

  it('addToSet adds a value only if absent; with $each (the documented form), several', async () => {
    const id = await fresh({ set: ['a'] })
    await items()
      .doc(id)
      .update({ data: { set: _.addToSet('a') } })
    await items()
      .doc(id)
      .update({ data: { set: _.addToSet('b') } })
    await items()
      .doc(id)
      .update({ data: { set: _.addToSet({ $each: ['b', 'c', 'c'] }) } })
    expect((await read(id)).set).toEqual(['a', 'b', 'c'])
  })

  it('SDK quirk: addToSet({ each }) without "$" is sent as-is, so MongoDB adds that object as one element', async () => {
    // Unlike push(), the SDK does not translate `each` for addToSet; CloudBase's own example uses `$each`.
    const id = await fresh({ set: ['a'] })
    await items()
      .doc(id)
      .update({ data: { set: _.addToSet({ each: ['b'] }) } })
    expect((await read(id)).set).toEqual(['a', { each: ['b'] }])
  })
})

describe('array element paths', () => {
  it('a dotted index path sets one element; "arr.$[]" updates every element', async () => {
    const id = await fresh({ tags: ['a', 'b', 'c'], lines: [{ qty: 1 }, { qty: 2 }] })
    await items()
      .doc(id)
      .update({ data: { 'tags.1': 'B', 'lines.$[].qty': _.inc(10) } })
    expect(await read(id)).toMatchObject({ tags: ['a', 'B', 'c'], lines: [{ qty: 11 }, { qty: 12 }] })
  })

  it('positional "arr.$" updates the first element the query matched', async () => {
    const id = await fresh({
      grades: [80, 85, 80],
      lines: [
        { sku: 'p', qty: 1 },
        { sku: 'r', qty: 2 }
      ]
    })
    await items()
      .where({ _id: id, grades: 80 })
      .update({ data: { 'grades.$': 82 } })
    await items()
      .where({ _id: id, 'lines.sku': 'r' })
      .update({ data: { 'lines.$.qty': _.inc(5) } })
    expect(await read(id)).toMatchObject({
      grades: [82, 85, 80],
      lines: [
        { sku: 'p', qty: 1 },
        { sku: 'r', qty: 7 }
      ]
    })
  })
})

describe('document writes', () => {
  it('doc().set() replaces the whole document but keeps its _id', async () => {
    const id = await fresh({ a: 1, b: { c: 2 } })
    const r = await items()
      .doc(id)
      .set({ data: { z: 'only' } })
    expect(r.stats).toEqual({ updated: 1, created: 0 })
    expect(await read(id)).toEqual({ _id: id, z: 'only' })
  })

  it('doc().set() on a missing document creates it (upsert)', async () => {
    const r = await items()
      .doc('made-by-set')
      .set({ data: { v: 1 } })
    expect(r.stats).toEqual({ updated: 0, created: 1 })
    expect(await read('made-by-set')).toEqual({ _id: 'made-by-set', v: 1 })
  })

  it('doc().update() on a missing document updates 0 and creates nothing', async () => {
    const r = await items()
      .doc('never-there')
      .update({ data: { v: 1 } })
    expect(r.stats.updated).toBe(0)
    expect((await items().where({ _id: 'never-there' }).count()).total).toBe(0)
  })

  it('where().update() updates every matching document and reports how many', async () => {
    await fresh({ group: 'g1', v: 0 })
    await fresh({ group: 'g1', v: 0 })
    await fresh({ group: 'g2', v: 0 })
    const r = await items()
      .where({ group: 'g1' })
      .update({ data: { v: _.inc(1) } })
    expect(r.stats.updated).toBe(2)
    const list = (
      await items()
        .where({ group: _.in(['g1', 'g2']) })
        .orderBy('group', 'asc')
        .get()
    ).data
    expect(list.map((d: any) => d.v)).toEqual([1, 1, 0])
  })

  it('where().remove() deletes every match and reports the count', async () => {
    await fresh({ group: 'gone' })
    await fresh({ group: 'gone' })
    const r = await items().where({ group: 'gone' }).remove()
    expect(r.stats.removed).toBe(2)
    expect((await items().where({ group: 'gone' }).count()).total).toBe(0)
  })

  it('the SDK refuses to update _id (documented: _id cannot be changed)', async () => {
    const id = await fresh({ v: 1 })
    const e = await rejectionOf(
      items()
        .doc(id)
        .update({ data: { _id: 'other' } })
    )
    expect(messageOf(e)).toMatch(/_id/)
    expect(await read(id)).toEqual({ _id: id, v: 1 })
  })
})
