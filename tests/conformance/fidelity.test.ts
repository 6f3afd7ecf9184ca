// Cases where the local cloud once departed from CloudBase's recorded (MongoDB) behaviour, one per deviation:
// $elemMatch on plain elements, $substr to the end, $indexOfCP, $week, set() of identical content, $jsonSchema,
// typed values (ObjectId, Timestamp), aggregate()'s default limit of 20, and error replies thrown as by the genuine transport (createCollection,
// the inner `_db`). Every call goes through the genuine wx-server-sdk.
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf, messageOf, rejectionOf, seed } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const $ = _.aggregate
const things = () => db.collection('things')

beforeAll(async () => {
  await db.createCollection('things')
  await seed(db, 'things', [
    { _id: 't1', tags: [1, 2, 3], name: '志愿服务', at: new Date('2019-05-14T08:00:00Z') },
    { _id: 't2', tags: ['a', 'b'], name: 'hello world', at: new Date('2019-01-05T08:00:00Z') },
    { _id: 't3', tags: [{ a: 1 }, { a: 2 }], name: 'abcabc', at: new Date('2019-01-06T08:00:00Z') },
    { _id: 't4', tags: [{ b: 1 }], name: null, at: new Date('2020-12-31T08:00:00Z') }
  ])
})

/** One computed value per document, by _id. */
async function computed(expr: unknown): Promise<Record<string, unknown>> {
  const r = await things()
    .aggregate()
    .project({ v: expr as any })
    .sort({ _id: 1 })
    .end()
  return Object.fromEntries(r.list.map((d: any) => [d._id, d.v]))
}

describe('$elemMatch with field conditions matches embedded documents only', () => {
  it('a field condition never matches arrays of numbers or strings', async () => {
    expect(
      idsOf(
        await things()
          .where({ tags: _.elemMatch({ a: 1 }) })
          .get()
      )
    ).toEqual(['t3'])
    // `a` is missing from every element of t1, t2 and t4 — but only t4's elements are documents.
    expect(
      idsOf(
        await things()
          .where({ tags: _.elemMatch({ a: _.exists(false) }) })
          .get()
      )
    ).toEqual(['t4'])
  })

  it('operator-only criteria still apply to each element itself', async () => {
    expect(
      idsOf(
        await things()
          .where({ tags: _.elemMatch(_.gt(2)) })
          .get()
      )
    ).toEqual(['t1'])
  })
})

describe('string operators', () => {
  it('$substr and $substrBytes with a negative length run to the end of the string', async () => {
    expect(await computed($.substrBytes(['$name', 6, -1]))).toEqual({ t1: '服务', t2: 'world', t3: '', t4: '' })
    expect((await computed($.substr(['$name', 3, -1]))).t3).toBe('abc')
  })

  it('$indexOfCP gives the code-point index, -1 when absent, null for a null string', async () => {
    expect(await computed($.indexOfCP(['$name', '服务']))).toEqual({ t1: 2, t2: -1, t3: -1, t4: null })
    expect((await computed($.indexOfCP(['$name', 'abc', 1]))).t3).toBe(3)
    expect((await computed($.indexOfCP(['$name', 'o', 0, 5]))).t2).toBe(4)
  })
})

describe('date operators', () => {
  it("$week is MongoDB's: weeks start on Sunday, days before the first Sunday are week 0", async () => {
    // 2019-05-14 → 19; 2019-01-05 (Saturday before the first Sunday) → 0; 2019-01-06 (first Sunday) → 1.
    expect(await computed($.week('$at'))).toEqual({ t1: 19, t2: 0, t3: 1, t4: 52 })
  })
})

describe('write counts', () => {
  it('set() of identical content counts the document as updated; an update that changes nothing does not', async () => {
    const same = { label: '同一内容', n: 1 }
    await things().add({ data: { _id: 's1', ...same } })
    expect((await things().doc('s1').set({ data: same })).stats.updated).toBe(1)
    expect(
      (
        await things()
          .doc('s1')
          .update({ data: { n: 1 } })
      ).stats.updated
    ).toBe(0)
    const tx = await db.startTransaction()
    expect((await tx.collection('things').doc('s1').set({ data: same })).stats.updated).toBe(1)
    await tx.commit()
    expect((await things().doc('s1').get()).data).toEqual({ _id: 's1', ...same })
  })
})

describe('$jsonSchema', () => {
  it('selects documents by a MongoDB schema (bsonType, required, properties, enum, lengths)', async () => {
    const byType = { bsonType: 'object', required: ['tags'], properties: { tags: { bsonType: 'array', items: { bsonType: 'int' } } } }
    expect(idsOf(await things().where(_.jsonSchema(byType)).get())).toEqual(['t1'])
    const named = { required: ['name'], properties: { name: { bsonType: 'string', minLength: 6, pattern: '^[a-z ]+$' } } }
    expect(idsOf(await things().where(_.jsonSchema(named)).get())).toEqual(['t2', 't3'])
    const nullName = { properties: { name: { bsonType: 'null' }, at: { bsonType: 'date' } } }
    expect(
      idsOf(
        await things()
          .where(_.and([{ tags: _.exists(true) }, _.jsonSchema(nullName)]))
          .get()
      )
    ).toEqual(['t4'])
  })

  it('works in an aggregation $match and refuses keywords MongoDB does not support', async () => {
    const r = await things()
      .aggregate()
      .match(_.jsonSchema({ properties: { name: { enum: ['abcabc', 'hello world'] } }, required: ['name'] }))
      .sort({ _id: 1 })
      .end()
    expect(r.list.map((d: any) => d._id)).toEqual(['t2', 't3'])
    const e = await rejectionOf(
      things()
        .where(_.jsonSchema({ $ref: '#/x' }))
        .get()
    )
    expect(messageOf(e)).toMatch(/not supported/)
  })
})

describe('typed values keep their type', () => {
  const hex = '5f0f1b2c3d4e5f6a7b8c9d0e'
  const wire = async (id: string) =>
    JSON.parse((await tc.local.handle('database.getDocument', { collectionName: 'things', query: JSON.stringify({ _id: id }) })).data.list[0])

  it('an ObjectId and a $timestamp are stored and sent back as EJSON $oid / $timestamp, not flattened', async () => {
    await things().add({ data: { _id: 'o1', ref: db._db.ObjectId({ id: hex }), ts: { $timestamp: { t: 100, i: 2 } } } })
    expect(await wire('o1')).toEqual({ _id: 'o1', ref: { $oid: hex }, ts: { $timestamp: { t: 100, i: 2 } } })
  })

  it('a query on an ObjectId matches that ObjectId only (not an empty object, not another id)', async () => {
    await things().add({ data: { _id: 'o2', ref: {} } })
    expect(
      idsOf(
        await things()
          .where({ ref: db._db.ObjectId({ id: hex }) })
          .get()
      )
    ).toEqual(['o1'])
    expect(
      idsOf(
        await things()
          .where({ ref: db._db.ObjectId({ id: '0'.repeat(24) }) })
          .get()
      )
    ).toEqual([])
  })
})

describe('error replies are thrown, as by the genuine transport', () => {
  it('createCollection on an existing collection fails with errCode -1 and code DATABASE_COLLECTION_ALREADY_EXIST', async () => {
    const e = await rejectionOf(db.createCollection('things'))
    expect(e.errCode).toBe(-1)
    expect(e.code).toBe('DATABASE_COLLECTION_ALREADY_EXIST')
    expect(e.errMsg).toMatch(/^createCollection:fail .*exist/)
  })

  it('the inner database object (_db) rejects on an error reply instead of returning it', async () => {
    const inner = db._db
    const e = await rejectionOf(inner.collection('never_created').doc('x').get())
    expect(e.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
    // A transaction conflict: a second transaction writing a document the first has written.
    const first = await inner.startTransaction()
    const second = await inner.startTransaction()
    await first
      .collection('things')
      .doc('t1')
      .update({ data: { n: 1 } })
    const conflict = await rejectionOf(
      second
        .collection('things')
        .doc('t1')
        .update({ data: { n: 2 } })
    )
    expect(conflict.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    await first.commit()
    await second.rollback().catch(() => undefined)
    // An operation after commit: the transaction is finished.
    const after = await rejectionOf(first.collection('things').doc('t1').get())
    expect(messageOf(after)).toMatch(/not exist|finished/i)
  })
})

describe('aggregate() without $limit answers its first 20 results, as CloudBase does', () => {
  beforeAll(async () => {
    await db.createCollection('many')
    await seed(
      db,
      'many',
      Array.from({ length: 25 }, (_x, i) => ({ _id: `m${String(i).padStart(2, '0')}`, n: i }))
    )
  })

  it('caps a pipeline with no $limit stage at 20', async () => {
    const r = await db.collection('many').aggregate().sort({ n: 1 }).end()
    expect(r.list.map((d: any) => d.n)).toEqual(Array.from({ length: 20 }, (_x, i) => i))
  })

  it('returns everything a $limit asks for, beyond 20', async () => {
    const r = await db.collection('many').aggregate().sort({ n: 1 }).limit(100).end()
    expect(r.list).toHaveLength(25)
  })
})
