// Query operators (db.command) as CloudBase documents them and MongoDB evaluates them: comparison, logic,
// element, array, $mod, $expr, regular expressions, nested fields, dates. Every query goes through the genuine
// wx-server-sdk, which serialises it to the EJSON the local cloud evaluates.
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf, seed } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const $ = _.aggregate
const people = () => db.collection('people')
const ids = async (where: any) => idsOf(await people().where(where).get())

beforeAll(async () => {
  await db.createCollection('people')
  await seed(db, 'people', [
    {
      _id: 'p1',
      name: 'Alice',
      age: 30,
      city: 'Shenzhen',
      tags: ['a', 'b'],
      address: { city: 'SZ', zip: '518000' },
      scores: [80, 95],
      joined: new Date('2024-01-10T00:00:00Z'),
      vip: true,
      quota: 10,
      used: 10
    },
    {
      _id: 'p2',
      name: 'bob',
      age: 25,
      city: 'Beijing',
      tags: ['b', 'c'],
      address: { city: 'BJ', zip: '100000' },
      scores: [60, 70],
      joined: new Date('2023-06-01T00:00:00Z'),
      vip: false,
      quota: 5,
      used: 2
    },
    {
      _id: 'p3',
      name: 'Carol',
      age: 35,
      tags: ['a', 'b', 'c'],
      address: { city: 'SZ' },
      scores: [90],
      joined: new Date('2025-01-01T00:00:00Z'),
      nickname: null,
      quota: 3,
      used: 4
    },
    {
      _id: 'p4',
      name: 'Dave',
      age: 40,
      city: 'Shenzhen',
      tags: [],
      items: [
        { sku: 'x', qty: 2 },
        { sku: 'y', qty: 5 }
      ],
      joined: new Date('2022-03-03T00:00:00Z'),
      quota: 8,
      used: 1
    }
  ])
})

describe('comparison operators', () => {
  it('eq: a plain value and _.eq select the same documents', async () => {
    expect(await ids({ city: 'Shenzhen' })).toEqual(['p1', 'p4'])
    expect(await ids({ city: _.eq('Shenzhen') })).toEqual(['p1', 'p4'])
    expect(await ids({ vip: _.eq(false) })).toEqual(['p2'])
  })

  it('neq also matches documents that lack the field (MongoDB $ne)', async () => {
    expect(await ids({ city: _.neq('Shenzhen') })).toEqual(['p2', 'p3'])
  })

  it('lt, lte, gt, gte compare numbers with the documented bounds', async () => {
    expect(await ids({ age: _.lt(30) })).toEqual(['p2'])
    expect(await ids({ age: _.lte(30) })).toEqual(['p1', 'p2'])
    expect(await ids({ age: _.gt(35) })).toEqual(['p4'])
    expect(await ids({ age: _.gte(35) })).toEqual(['p3', 'p4'])
  })

  it('in selects any listed value; nin excludes them and matches a missing field', async () => {
    expect(await ids({ age: _.in([25, 40, 99]) })).toEqual(['p2', 'p4'])
    expect(await ids({ city: _.nin(['Shenzhen']) })).toEqual(['p2', 'p3'])
  })

  it('compares strings by code point (uppercase before lowercase)', async () => {
    expect(await ids({ name: _.lt('D') })).toEqual(['p1', 'p3'])
    expect(await ids({ name: _.gt('Z') })).toEqual(['p2'])
  })
})

describe('logical operators', () => {
  it('and: top-level _.and and a chained field condition', async () => {
    expect(await ids(_.and([{ city: 'Shenzhen' }, { age: _.gt(30) }]))).toEqual(['p4'])
    expect(await ids({ age: _.gt(25).and(_.lt(40)) })).toEqual(['p1', 'p3'])
  })

  it('or: across fields and within one field', async () => {
    expect(await ids(_.or([{ city: 'Beijing' }, { age: _.gte(40) }]))).toEqual(['p2', 'p4'])
    expect(await ids({ age: _.lt(26).or(_.gt(38)) })).toEqual(['p2', 'p4'])
  })

  it('nor: none of the conditions may hold', async () => {
    expect(await ids(_.nor([{ city: 'Shenzhen' }, { age: 25 }]))).toEqual(['p3'])
  })

  it('not: negates a field condition and matches documents lacking the field', async () => {
    expect(await ids({ age: _.not(_.gt(30)) })).toEqual(['p1', 'p2'])
    expect(await ids({ city: _.not(_.eq('Shenzhen')) })).toEqual(['p2', 'p3'])
  })
})

describe('element and array operators', () => {
  it('exists(true) matches a field holding null; exists(false) only a missing field', async () => {
    expect(await ids({ nickname: _.exists(true) })).toEqual(['p3'])
    expect(await ids({ city: _.exists(false) })).toEqual(['p3'])
  })

  it('size matches the exact array length', async () => {
    expect(await ids({ tags: _.size(2) })).toEqual(['p1', 'p2'])
    expect(await ids({ tags: _.size(0) })).toEqual(['p4'])
  })

  it('all requires every listed element, in any order', async () => {
    expect(await ids({ tags: _.all(['c', 'a']) })).toEqual(['p3'])
    expect(await ids({ tags: _.all(['b']) })).toEqual(['p1', 'p2', 'p3'])
  })

  it('elemMatch needs one element satisfying every condition, unlike dotted conditions', async () => {
    expect(await ids({ items: _.elemMatch({ sku: 'y', qty: _.gt(3) }) })).toEqual(['p4'])
    expect(await ids({ items: _.elemMatch({ sku: 'x', qty: _.gt(3) }) })).toEqual([])
    // Without elemMatch each condition may be met by a different element.
    expect(await ids({ 'items.sku': 'x', 'items.qty': _.gt(3) })).toEqual(['p4'])
  })

  it('a scalar condition on an array field matches when any element does', async () => {
    expect(await ids({ tags: 'c' })).toEqual(['p2', 'p3'])
    expect(await ids({ scores: _.gt(90) })).toEqual(['p1'])
    expect(await ids({ scores: _.gt(75).and(_.lt(85)) })).toEqual(['p1'])
  })

  it('mod(divisor, remainder) selects by remainder', async () => {
    expect(await ids({ age: _.mod(10, 5) })).toEqual(['p2', 'p3'])
    expect(await ids({ age: _.mod(20, 0) })).toEqual(['p4'])
  })
})

describe('expr', () => {
  it('where(_.expr(...)) compares two fields of the same document', async () => {
    expect(await ids(_.expr($.lt(['$used', '$quota'])))).toEqual(['p2', 'p4'])
  })

  it('_.expr combines with ordinary conditions and arithmetic operators', async () => {
    expect(await ids(_.and([_.expr($.gte([$.multiply(['$used', 2]), '$quota'])), { city: 'Shenzhen' }]))).toEqual(['p1'])
  })
})

describe('regular expressions', () => {
  it('a JS RegExp with flags matches like MongoDB $regex', async () => {
    expect(await ids({ name: /^b/i })).toEqual(['p2'])
    expect(await ids({ name: /^b/ })).toEqual(['p2'])
    expect(await ids({ name: /^B/ })).toEqual([])
  })

  it('db.RegExp({ regexp, options }) matches case-insensitively with option i', async () => {
    expect(await ids({ name: db.RegExp({ regexp: '^a', options: 'i' }) })).toEqual(['p1'])
    expect(await ids({ name: db.RegExp({ regexp: 'o' }) })).toEqual(['p2', 'p3'])
  })

  it('a RegExp on an array field matches any element', async () => {
    expect(await ids({ tags: /^c$/ })).toEqual(['p2', 'p3'])
  })
})

describe('nested fields', () => {
  it('a nested object in where() matches by field, not as a whole sub-document', async () => {
    // The SDK flattens { address: { city } } to 'address.city', so p1's extra zip does not matter.
    expect(await ids({ address: { city: 'SZ' } })).toEqual(['p1', 'p3'])
  })

  it('a dotted path selects a nested field and reaches into arrays of objects', async () => {
    expect(await ids({ 'address.zip': '518000' })).toEqual(['p1'])
    expect(await ids({ 'items.sku': 'y' })).toEqual(['p4'])
    expect(await ids({ 'address.zip': _.exists(false) })).toEqual(['p3', 'p4'])
  })
})

describe('dates', () => {
  it('compares Date fields with Date operands', async () => {
    expect(await ids({ joined: _.gte(new Date('2024-01-01T00:00:00Z')) })).toEqual(['p1', 'p3'])
    expect(await ids({ joined: _.lt(new Date('2023-01-01T00:00:00Z')) })).toEqual(['p4'])
    expect(await ids({ joined: new Date('2023-06-01T00:00:00Z') })).toEqual(['p2'])
  })

  it('db.serverDate() is usable as a query operand, with its offset', async () => {
    await db.createCollection('events')
    await db.collection('events').add({ data: { _id: 'recent', at: new Date(Date.now() - 60_000) } })
    await db.collection('events').add({ data: { _id: 'old', at: new Date(Date.now() - 3 * 86_400_000) } })
    await db.collection('events').add({ data: { _id: 'future', at: new Date(Date.now() + 86_400_000) } })
    const since = async (offset: number) =>
      idsOf(
        await db
          .collection('events')
          .where({ at: _.gt(db.serverDate({ offset })).and(_.lte(db.serverDate())) })
          .get()
      )
    expect(await since(-86_400_000)).toEqual(['recent'])
    expect(await since(-7 * 86_400_000)).toEqual(['old', 'recent'])
  })
})
