// Aggregation stages through the SDK's aggregate() builder, with MongoDB's documented stage semantics:
// match, group (+ accumulators), project, sort/skip/limit, count, unwind, lookup, addFields, sortByCount,
// bucket (empty buckets are not output), replaceRoot, sample. ($geoNear is in geo.test.ts.)
import { startTestCloud } from '../fixtures/localCloud'
import { rejectionOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const $ = _.aggregate
const orders = () => db.collection('orders').aggregate()

beforeAll(async () => {
  await db.createCollection('orders')
  await db.createCollection('customers')
  for (const data of [
    { _id: 'o1', customer: 'c1', item: 'apple', qty: 2, price: 3, tags: ['fruit', 'red'], ship: { city: 'SZ', days: 2 } },
    { _id: 'o2', customer: 'c1', item: 'pear', qty: 1, price: 5, tags: ['fruit'], ship: { city: 'SZ', days: 1 } },
    { _id: 'o3', customer: 'c2', item: 'apple', qty: 5, price: 3, tags: ['fruit', 'red'], ship: { city: 'BJ', days: 4 } },
    { _id: 'o4', customer: 'c3', item: 'milk', qty: 1, price: 8, tags: [], ship: { city: 'SZ', days: 3 } }
  ])
    await db.collection('orders').add({ data })
  for (const data of [
    { _id: 'c1', name: '张三', city: 'SZ' },
    { _id: 'c2', name: '李四', city: 'BJ' },
    { _id: 'c3', name: '王五', city: 'GZ' }
  ])
    await db.collection('customers').add({ data })
})

describe('match, group, project, sort', () => {
  it('match then group with sum, avg, max and min', async () => {
    const r = await orders()
      .match({ item: _.in(['apple', 'pear']) })
      .group({ _id: '$customer', n: $.sum(1), qty: $.sum('$qty'), avgPrice: $.avg('$price'), maxQty: $.max('$qty'), minQty: $.min('$qty') })
      .sort({ _id: 1 })
      .end()
    expect(r.list).toEqual([
      { _id: 'c1', n: 2, qty: 3, avgPrice: 4, maxQty: 2, minQty: 1 },
      { _id: 'c2', n: 1, qty: 5, avgPrice: 3, maxQty: 5, minQty: 5 }
    ])
  })

  it('group with push keeps every value, addToSet only distinct ones', async () => {
    const r = await orders()
      .sort({ _id: 1 })
      .group({ _id: '$ship.city', items: $.push('$item'), distinct: $.addToSet('$item') })
      .sort({ _id: 1 })
      .end()
    expect(r.list.map((g: any) => [g._id, g.items])).toEqual([
      ['BJ', ['apple']],
      ['SZ', ['apple', 'pear', 'milk']]
    ])
    expect(r.list.find((g: any) => g._id === 'SZ').distinct.sort()).toEqual(['apple', 'milk', 'pear'])
  })

  it('group by null totals an expression over every document', async () => {
    const r = await orders()
      .group({ _id: null, revenue: $.sum($.multiply(['$qty', '$price'])) })
      .end()
    expect(r.list).toEqual([{ _id: null, revenue: 2 * 3 + 1 * 5 + 5 * 3 + 1 * 8 }])
  })

  it('project includes fields, computes new ones and drops _id on request', async () => {
    const r = await orders()
      .match({ _id: 'o3' })
      .project({ _id: 0, item: 1, total: $.multiply(['$qty', '$price']), city: '$ship.city' })
      .end()
    expect(r.list).toEqual([{ item: 'apple', total: 15, city: 'BJ' }])
  })

  it('project with 0 excludes fields', async () => {
    const r = await orders().match({ _id: 'o2' }).project({ tags: 0, ship: 0 }).end()
    expect(r.list).toEqual([{ _id: 'o2', customer: 'c1', item: 'pear', qty: 1, price: 5 }])
  })

  it('sort, skip and limit page the pipeline', async () => {
    const r = await orders().sort({ price: -1, _id: 1 }).skip(1).limit(2).project({ _id: 1 }).end()
    expect(r.list.map((d: any) => d._id)).toEqual(['o2', 'o1'])
  })

  it('count outputs one document with the number of documents reaching it', async () => {
    const r = await orders()
      .match({ qty: _.gt(1) })
      .count('bigOrders')
      .end()
    expect(r.list).toEqual([{ bigOrders: 2 }])
  })

  it('addFields adds computed fields and keeps the rest', async () => {
    const r = await orders()
      .match({ _id: 'o1' })
      .addFields({ total: $.multiply(['$qty', '$price']), 'ship.fast': $.lte(['$ship.days', 2]) })
      .end()
    expect(r.list).toEqual([
      { _id: 'o1', customer: 'c1', item: 'apple', qty: 2, price: 3, tags: ['fruit', 'red'], total: 6, ship: { city: 'SZ', days: 2, fast: true } }
    ])
  })
})

describe('array, join and reshaping stages', () => {
  it('unwind emits one document per element and drops empty arrays', async () => {
    const r = await orders().unwind('$tags').project({ tags: 1 }).sort({ _id: 1, tags: 1 }).end()
    expect(r.list.map((d: any) => `${d._id}:${d.tags}`)).toEqual(['o1:fruit', 'o1:red', 'o2:fruit', 'o3:fruit', 'o3:red'])
  })

  it('unwind with preserveNullAndEmptyArrays and includeArrayIndex', async () => {
    const r = await orders()
      .match({ _id: _.in(['o2', 'o4']) })
      .unwind({ path: '$tags', includeArrayIndex: 'idx', preserveNullAndEmptyArrays: true })
      .project({ tags: 1, idx: 1 })
      .sort({ _id: 1 })
      .end()
    expect(r.list).toEqual([
      { _id: 'o2', tags: 'fruit', idx: 0 },
      { _id: 'o4', idx: null }
    ])
  })

  it('lookup joins another collection by localField / foreignField', async () => {
    const r = await orders()
      .match({ customer: 'c2' })
      .lookup({ from: 'customers', localField: 'customer', foreignField: '_id', as: 'buyer' })
      .project({ buyer: 1 })
      .end()
    expect(r.list).toEqual([{ _id: 'o3', buyer: [{ _id: 'c2', name: '李四', city: 'BJ' }] }])
  })

  it('lookup with let and a sub-pipeline', async () => {
    const r = await db
      .collection('customers')
      .aggregate()
      .lookup({
        from: 'orders',
        let: { cid: '$_id' },
        pipeline: $.pipeline()
          .match(_.expr($.eq(['$customer', '$$cid'])))
          .project({ _id: 0, item: 1 })
          .done(),
        as: 'bought'
      })
      .sort({ _id: 1 })
      .project({ bought: 1 })
      .end()
    expect(r.list).toEqual([
      { _id: 'c1', bought: [{ item: 'apple' }, { item: 'pear' }] },
      { _id: 'c2', bought: [{ item: 'apple' }] },
      { _id: 'c3', bought: [{ item: 'milk' }] }
    ])
  })

  it('sortByCount groups by a value and sorts by count, largest first', async () => {
    const r = await orders().sortByCount('$ship.city').end()
    expect(r.list).toEqual([
      { _id: 'SZ', count: 3 },
      { _id: 'BJ', count: 1 }
    ])
  })

  it('bucket counts per range, puts the rest in default and omits empty buckets', async () => {
    const r = await orders()
      .bucket({ groupBy: '$price', boundaries: [0, 4, 6, 7], default: 'other' })
      .end()
    expect(r.list).toEqual([
      { _id: 0, count: 2 },
      { _id: 4, count: 1 },
      { _id: 'other', count: 1 }
    ])
    const withOutput = await orders()
      .bucket({ groupBy: '$qty', boundaries: [1, 2, 10], output: { items: $.push('$item') } })
      .end()
    expect(withOutput.list).toEqual([
      { _id: 1, items: ['pear', 'milk'] },
      { _id: 2, items: ['apple', 'apple'] }
    ])
  })

  it('replaceRoot promotes a sub-document to the top level', async () => {
    const r = await orders().match({ _id: 'o4' }).replaceRoot({ newRoot: '$ship' }).end()
    expect(r.list).toEqual([{ city: 'SZ', days: 3 }])
  })

  it('sample returns the requested number of distinct documents from the input', async () => {
    const r = await orders().sample({ size: 2 }).end()
    expect(r.list).toHaveLength(2)
    expect(new Set(r.list.map((d: any) => d._id)).size).toBe(2)
    for (const d of r.list) expect(['o1', 'o2', 'o3', 'o4']).toContain(d._id)
    const all = await orders().sample({ size: 10 }).end()
    expect(all.list.map((d: any) => d._id).sort()).toEqual(['o1', 'o2', 'o3', 'o4'])
  })

  it('aggregate on a collection that was never created rejects (errCode -1, the code kept on the error)', async () => {
    // The transport throws the error reply (node-sdk's TcbError) and wx-server-sdk's aggregate().end(), unlike
    // get()/add(), does not turn its code into -502005: the genuine path gives -1 with the code on the error.
    const e = await rejectionOf(db.collection('no_such_coll').aggregate().match({}).end())
    expect(e.errCode).toBe(-1)
    expect(e.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
    expect(e.errMsg).toMatch(/^collection\.aggregate:fail .*not exist/)
  })
})
