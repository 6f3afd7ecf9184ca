// Reads and collection/document existence as CloudBase documents them: orderBy (several fields, MongoDB's
// order with missing values first), skip/limit, the server SDK's 100-by-default / 1000-max page, field()
// projection, count(), doc().get() on a missing document, a collection that was never created (-502005),
// createCollection on an existing name, and add() with an _id already taken.
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf, messageOf, rejectionOf, seed } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const staff = () => db.collection('staff')

beforeAll(async () => {
  await db.createCollection('staff')
  await seed(db, 'staff', [
    { _id: 's1', dept: 'b', age: 30, name: 'Li', since: new Date('2020-01-01'), profile: { email: 'li@x.cn', phone: '1' } },
    { _id: 's2', dept: 'a', age: 41, name: 'Wang', since: new Date('2019-01-01'), profile: { email: 'w@x.cn', phone: '2' } },
    { _id: 's3', dept: 'a', age: 25, name: 'Zhao', since: new Date('2022-01-01'), profile: { email: 'z@x.cn', phone: '3' } },
    { _id: 's4', dept: 'b', age: 30, name: 'Chen', since: new Date('2021-01-01') },
    { _id: 's5', age: 50, name: 'Sun', since: new Date('2018-01-01') }
  ])
  await db.createCollection('bulk')
  await Promise.all(Array.from({ length: 1100 }, (_x, i) => db.collection('bulk').add({ data: { _id: `b${String(i).padStart(4, '0')}`, i } })))
})

describe('ordering and paging', () => {
  it('orderBy several fields applies them in order (asc then desc)', async () => {
    const r = await staff()
      .where({ dept: _.exists(true) })
      .orderBy('dept', 'asc')
      .orderBy('age', 'desc')
      .get()
    expect(r.data.map((d: any) => [d.dept, d.age])).toEqual([
      ['a', 41],
      ['a', 25],
      ['b', 30],
      ['b', 30]
    ])
    const tie = await staff().where({ dept: 'b' }).orderBy('age', 'desc').orderBy('name', 'asc').get()
    expect(tie.data.map((d: any) => d.name)).toEqual(['Chen', 'Li'])
  })

  it('ascending order puts documents missing the field first (MongoDB: missing sorts as null)', async () => {
    const r = await staff().orderBy('dept', 'asc').orderBy('name', 'asc').get()
    expect(r.data.map((d: any) => d._id)).toEqual(['s5', 's2', 's3', 's4', 's1'])
  })

  it('orders Date fields chronologically', async () => {
    const r = await staff().orderBy('since', 'desc').get()
    expect(r.data.map((d: any) => d._id)).toEqual(['s3', 's4', 's1', 's2', 's5'])
  })

  it('skip and limit page through a sorted result; skipping past the end gives an empty page', async () => {
    const page = async (skip: number) => (await staff().orderBy('age', 'asc').orderBy('name', 'asc').skip(skip).limit(2).get()).data.map((d: any) => d.name)
    expect(await page(0)).toEqual(['Zhao', 'Chen'])
    expect(await page(2)).toEqual(['Li', 'Wang'])
    expect(await page(4)).toEqual(['Sun'])
    expect(await page(10)).toEqual([])
  })

  it('get() without limit returns 100 documents when more exist', async () => {
    const r = await db.collection('bulk').get()
    expect(r.data).toHaveLength(100)
  })

  it('limit is capped at 1000 on the server SDK (limit(5000) returns 1000)', async () => {
    expect((await db.collection('bulk').limit(1000).get()).data).toHaveLength(1000)
    const r = await db.collection('bulk').orderBy('i', 'asc').limit(5000).get()
    expect(r.data).toHaveLength(1000)
    expect(r.data[999].i).toBe(999)
    const rest = await db.collection('bulk').orderBy('i', 'asc').skip(1000).limit(1000).get()
    expect(rest.data.map((d: any) => d.i)).toEqual(Array.from({ length: 100 }, (_x, k) => 1000 + k))
  })
})

describe('projection and count', () => {
  it('field() with true values returns only those fields plus _id, nested paths included', async () => {
    const r = await staff().doc('s1').field({ name: true, 'profile.email': true }).get()
    expect(r.data).toEqual({ _id: 's1', name: 'Li', profile: { email: 'li@x.cn' } })
  })

  it('sorting happens before projection: orderBy a field that field() leaves out', async () => {
    const r = await staff().orderBy('age', 'desc').field({ name: true }).limit(3).get()
    expect(r.data).toEqual([{ _id: 's5', name: 'Sun' }, { _id: 's2', name: 'Wang' }, expect.objectContaining({ name: expect.stringMatching(/^(Li|Chen)$/) })])
  })

  it('field() with false values returns everything else', async () => {
    const r = await staff().where({ _id: 's2' }).field({ profile: false, since: false }).get()
    expect(r.data).toEqual([{ _id: 's2', dept: 'a', age: 41, name: 'Wang' }])
  })

  it('count() counts the matching documents, not limited to a page', async () => {
    expect((await staff().where({ age: 30 }).count()).total).toBe(2)
    expect((await staff().count()).total).toBe(5)
    expect(
      (
        await db
          .collection('bulk')
          .where({ i: _.gte(50) })
          .count()
      ).total
    ).toBe(1050)
  })
})

describe('existence rules', () => {
  it('doc().get() on a missing document rejects ("does not exist")', async () => {
    const e = await rejectionOf(staff().doc('nobody').get())
    expect(messageOf(e)).toMatch(/does not exist/)
  })

  it('a collection that was never created rejects with errCode -502005, for reads and writes', async () => {
    const ghost = db.collection('never_created')
    for (const op of [
      () => ghost.get(),
      () => ghost.where({ a: 1 }).count(),
      () => ghost.add({ data: { a: 1 } }),
      () => ghost.doc('x').update({ data: { a: 1 } })
    ]) {
      const e = await rejectionOf(op)
      expect(e.errCode).toBe(-502005)
    }
    expect(tc.store.hasCollection('never_created')).toBe(false)
  })

  it('createCollection on an existing name fails', async () => {
    await db.createCollection('twice')
    const e = await rejectionOf(db.createCollection('twice'))
    expect(messageOf(e)).toMatch(/exist/i)
  })

  it('add() with an _id that already exists fails and keeps the original document', async () => {
    const e = await rejectionOf(staff().add({ data: { _id: 's1', name: 'Impostor' } }))
    expect(messageOf(e)).toMatch(/duplicate/i)
    expect((await staff().doc('s1').get()).data.name).toBe('Li')
  })

  it('add() without _id generates a string id the document can be read back by', async () => {
    const r = await staff().add({ data: { name: 'New' } })
    expect(typeof r._id).toBe('string')
    expect(r._id.length).toBeGreaterThan(0)
    expect((await staff().doc(r._id).get()).data).toEqual({ _id: r._id, name: 'New' })
    await staff().doc(r._id).remove()
    expect(idsOf(await staff().get())).toEqual(['s1', 's2', 's3', 's4', 's5'])
  })
})
