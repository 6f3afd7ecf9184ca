// The index-aware local store (issue 7): declared indexes are SQLite index tables the planner reads candidate ids
// from (localcloud/src/store/{planner,candidates,indexTables}.ts). Counts, never wall time: `examined` is the
// number of candidate documents the engine read, `returned` what it handed back.
import fs from 'fs'
import os from 'os'
import path from 'path'
import fc from 'fast-check'
import { startTestCloud } from '../fixtures/localCloud'
import { applyManifest } from '../../localcloud/src/manifest'
import { Engine, type Stats } from '../../localcloud/src/store/engine'
import { makeQuery, runPipeline } from '../../localcloud/src/store/mingo'
import { Store, type Change } from '../../localcloud/src/store/Store'
import { DbError } from '../../localcloud/src/store/errors'

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'indexed-store-')), 'db.sqlite')
const stats = (): Stats => ({ examined: 0, returned: 0 })
const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 1)
const STATUSES = ['pending', 'accepted', 'done', 'cancelled']

describe('a product collection of 5 000 orders', () => {
  const store = new Store(tmp())
  applyManifest(store)
  const engine = new Engine(store)
  const changes: Change[] = []
  for (let i = 0; i < 5000; i++) {
    const doc = {
      _id: `o${i}`,
      communityId: `c${i % 5}`,
      status: STATUSES[i % 4],
      ownerOpenids: [`u${i % 50}`, `family${i % 7}`],
      category: i % 3 === 0 ? 'meal' : 'visit',
      createdAt: new Date(T0 + ((i * 7919) % 5000) * 60_000),
      note: `n${i}`
    }
    changes.push({ coll: 'orders', id: doc._id, doc })
  }
  store.commit(changes)
  afterAll(() => store.close())

  it('serves a covered, sorted page by examining only the documents it returns', () => {
    const s = stats()
    const page = engine.find('orders', { communityId: 'c1', status: { $in: ['pending', 'accepted'] } }, { order: { createdAt: -1 }, limit: 20 }, s)
    expect(engine.candidates.lastIndex).toBe('community_status_created')
    expect(page).toHaveLength(20)
    expect(s).toEqual({ examined: 20, returned: 20 })
    const all = [...store.all('orders').values()].map((r) => r.doc).filter((d) => d.communityId === 'c1' && ['pending', 'accepted'].includes(d.status))
    const expected = all.sort((a, b) => b.createdAt - a.createdAt).slice(0, 20)
    expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id))
  })

  it('reads a multikey index (one row per array element) and stops at the page', () => {
    const s = stats()
    const page = engine.find('orders', { ownerOpenids: 'u8', status: 'pending' }, { order: { createdAt: -1 }, limit: 10 }, s)
    expect(engine.candidates.lastIndex).toBe('owners_status_created')
    expect(page.every((d) => d.ownerOpenids.includes('u8') && d.status === 'pending')).toBe(true)
    expect(s).toEqual({ examined: 10, returned: 10 })
  })

  it('applies the rest of the filter to the candidates: examined stays close to what the index narrows to', () => {
    const s = stats()
    const page = engine.find('orders', { communityId: 'c2', status: 'done', category: 'meal' }, { order: { createdAt: -1 }, limit: 10 }, s)
    expect(page).toHaveLength(10)
    expect(page.every((d) => d.category === 'meal')).toBe(true)
    // a third of the index's candidates are meals: the engine reads about 3 per result, never the collection
    expect(s.examined).toBeGreaterThanOrEqual(10)
    expect(s.examined).toBeLessThanOrEqual(40)
  })

  it('counts and updates through the index too', () => {
    const s = stats()
    const n = engine.count('orders', { communityId: 'c3', status: 'cancelled' }, s)
    expect(n).toBe(250)
    expect(s.examined).toBe(250)
    const u = stats()
    expect(engine.matchIds('orders', { communityId: 'c3', status: 'cancelled', note: 'n3' }, false, u)).toEqual(['o3'])
    expect(u.examined).toBeLessThanOrEqual(250)
  })

  it('serves an aggregate that starts with $match, $sort and $limit like a find', () => {
    const s = stats()
    const out = engine.aggregate(
      'orders',
      [{ $match: { communityId: 'c4', status: 'done' } }, { $sort: { createdAt: 1 } }, { $limit: 5 }, { $project: { _id: 1 } }],
      s
    )
    expect(out).toHaveLength(5)
    expect(s.examined).toBe(5)
  })

  it("joins through indexes: a $lookup reads only the foreign documents that can join, with mingo's result", () => {
    store.commit([
      { coll: 'users', id: 'u8', doc: { _id: 'u8', communityId: 'c3', roles: ['resident'] } },
      { coll: 'volunteers', id: 'v1', doc: { _id: 'v1', openid: 'u8', communityId: 'c3' } }
    ])
    const resolveAll = (name: string) => [...store.all(name).values()].map((r) => r.doc)
    const pipelines = [
      // the router's caller read: the user, its volunteer record (foreignField openid), one order by _id
      [
        { $match: { _id: 'u8' } },
        { $limit: 1 },
        { $lookup: { from: 'volunteers', localField: '_id', foreignField: 'openid', as: 'v' } },
        { $lookup: { from: 'orders', pipeline: [{ $match: { _id: 'o8' } }, { $limit: 1 }], as: 'o' } }
      ],
      // a correlated join: the user's pending orders (multikey ownerOpenids) through `let`
      [
        { $match: { _id: 'u8' } },
        {
          $lookup: {
            from: 'orders',
            let: { who: '$_id' },
            pipeline: [{ $match: { status: 'pending', $expr: { $eq: ['$ownerOpenids', '$$who'] } } }, { $project: { _id: 1 } }],
            as: 'mine'
          }
        }
      ],
      [
        { $match: { _id: 'u8' } },
        { $lookup: { from: 'orders', localField: '_id', foreignField: 'ownerOpenids', as: 'all' } },
        { $project: { n: { $size: '$all' } } }
      ],
      // orders.candidates' shape: the variable's equality AND an $in on constants inside $expr — both narrow
      [
        { $match: { _id: 'u8' } },
        {
          $lookup: {
            from: 'orders',
            let: { who: '$_id' },
            pipeline: [
              { $match: { $expr: { $and: [{ $eq: ['$ownerOpenids', '$$who'] }, { $in: ['$status', ['pending', 'accepted']] }] } } },
              { $project: { _id: 1 } }
            ],
            as: 'open'
          }
        }
      ]
    ]
    const examined = pipelines.map((stages) => {
      const s = stats()
      expect(engine.aggregate('users', stages, s)).toEqual(
        runPipeline(
          resolveAll('users').filter((d) => d._id === 'u8'),
          stages,
          resolveAll
        )
      )
      return s.examined + (s.joined ?? 0)
    })
    // user read + foreign documents joined: the caller read 1 + 1 volunteer + 1 order; u8's 50 pending orders (an
    // $expr $eq against an array matches nothing in mingo, but only those are read); u8's 100 orders (multikey);
    // u8's pending and accepted orders only, not all 100
    const open = [...store.all('orders').values()].filter((r) => r.doc.ownerOpenids?.includes('u8') && ['pending', 'accepted'].includes(r.doc.status)).length
    expect(open).toBeLessThan(100)
    expect(examined).toEqual([3, 1 + 50, 1 + 100, 1 + open])
  })

  it('refuses a query no declared index covers, naming the collection and the fields', () => {
    expect.assertions(3)
    try {
      engine.find('orders', { category: 'meal', note: 'n1' }, {}, stats())
    } catch (e) {
      expect(e).toBeInstanceOf(DbError)
      expect((e as Error).message).toMatch(/collection orders \(5000 documents, scan limit 1000\): fields \[category, note\]/)
      expect((e as Error).message).toContain('src/shared/db/manifest.ts')
    }
  })

  it('refuses a sort-only scan too, and a filter on a field that leads no orders index', () => {
    expect(() => engine.find('orders', {}, { order: { note: 1 } }, stats())).toThrow(/orders.*fields \[\] sorted by \[note\]/)
    expect(() => engine.count('orders', { createdAt: { $gt: new Date(T0) } }, stats())).toThrow(/orders.*fields \[createdAt\]/)
  })
})

describe('through the SDK', () => {
  const tc = startTestCloud({ manifest: true })

  it('fails an uncovered query above the scan limit and runs it below', async () => {
    const docs = Array.from({ length: 1001 }, (_, i) => ({ _id: `t${i}`, communityId: 'c', name: `team ${i}`, slogan: i % 2 ? 'odd' : 'even' }))
    tc.store.commit(docs.slice(0, 1000).map((doc) => ({ coll: 'teams', id: doc._id, doc })))
    const below = await tc.db.collection('teams').where({ slogan: 'odd' }).count()
    expect(below.total).toBe(500) // 1000 documents: at the limit, scanned
    tc.store.commit([{ coll: 'teams', id: 't1000', doc: docs[1000] }])
    await expect(tc.db.collection('teams').where({ slogan: 'odd' }).count()).rejects.toThrow(/collection teams \(1001 documents.*fields \[slogan\]/)
    // covered by community_name_unique: fine at any size
    const covered = await tc.db.collection('teams').where({ communityId: 'c', slogan: 'odd' }).count()
    expect(covered.total).toBe(500)
  })
})

// ---- the index-served engine against mingo over every document, for random data and queries ----

const A = ['x', 'y', 'z', 'é', '中']
const D = [null, undefined, 0, 1, 2.5, -3, 'x', 'y', true, false, new Date(T0), new Date(T0 + DAY), [1, 2], []]
const valueArb = {
  a: fc.constantFrom(...A),
  b: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(undefined), fc.constant('5'), fc.double({ min: -5, max: 20, noNaN: true })),
  c: fc.oneof(
    fc.integer({ min: 0, max: 30 }).map((n) => new Date(T0 + n * DAY)),
    fc.constant(undefined),
    fc.constant(null)
  ),
  tags: fc.oneof(fc.subarray(['t1', 't2', 't3']), fc.constant('t1'), fc.constant(undefined)),
  d: fc.constantFrom(...D)
}
const docArb = fc.record(valueArb, { requiredKeys: [] })
const clauseArb = fc.oneof(
  fc.constantFrom(...A).map((v) => ({ a: v })),
  fc.subarray(A, { minLength: 1 }).map((v) => ({ a: { $in: v } })),
  fc.constantFrom(...A).map((v) => ({ a: { $ne: v } })),
  fc.integer({ min: -5, max: 20 }).map((v) => ({ b: v })),
  fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), fc.integer({ min: -5, max: 20 })).map(([op, v]) => ({ b: { [op]: v } })),
  fc.tuple(fc.integer({ min: -5, max: 10 }), fc.integer({ min: 0, max: 15 })).map(([lo, w]) => ({ b: { $gte: lo, $lt: lo + w } })),
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .map(([lo, hi]) => ({ c: { $gt: new Date(T0 + lo * DAY), $lte: new Date(T0 + hi * DAY) } })),
  fc.constantFrom('t1', 't2', 't3').map((v) => ({ tags: v })),
  fc.constantFrom(...D.filter((v) => v !== undefined && !Array.isArray(v))).map((v) => ({ d: v })),
  fc.tuple(fc.constantFrom('$gt', '$lt'), fc.constantFrom(1, 'x', false, new Date(T0))).map(([op, v]) => ({ d: { [op]: v } })),
  fc.constant({ c: null }),
  fc.integer({ min: 0, max: 3 }).map((n) => ({ e: n })),
  fc.tuple(fc.constantFrom('$gt', '$lte'), fc.integer({ min: 0, max: 120 })).map(([op, n]) => ({ _id: { [op]: `d${n}` } }))
)
const filterArb = fc.oneof(
  fc.array(clauseArb, { maxLength: 3 }).map((cs) => Object.assign({}, ...cs)),
  fc.array(clauseArb, { minLength: 1, maxLength: 3 }).map((cs) => ({ $and: cs }))
)
const orderArb = fc.constantFrom<Array<Record<string, 1 | -1> | undefined>>(
  undefined,
  { b: 1 },
  { b: -1 },
  { c: -1 },
  { a: 1, b: -1 },
  { a: 1, c: -1 },
  { d: 1 },
  { e: 1 },
  { _id: -1 }
)

describe('index-served results equal the scanning engine', () => {
  it('for random documents (updated and deleted too), filters, sorts and pages', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 120 }),
        fc.array(fc.tuple(filterArb, orderArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 8 }),
        (raw, queries) => {
          const store = new Store(tmp())
          try {
            store.createCollection('p')
            for (const [name, fields] of [
              ['a_b', { a: 1, b: 1 }],
              ['a_c', { a: 1, c: -1 }],
              ['tags_b', { tags: 1, b: 1 }],
              ['d', { d: 1 }],
              ['b', { b: -1 }]
            ] as const) {
              store.createIndex('p', { name, fields: Object.entries(fields).map(([field, order]) => ({ field, order: order as 1 | -1 })) })
            }
            const clean = (d: Record<string, unknown>, i: number) =>
              Object.fromEntries(Object.entries({ ...d, _id: `d${i}`, e: i % 4 }).filter(([, v]) => v !== undefined))
            store.commit(raw.map((d, i) => ({ coll: 'p', id: `d${i}`, doc: clean(d, i) })))
            // rewrite every third document and delete every fifth: index rows and insertion order must follow
            store.commit(
              raw
                .filter((_, i) => i % 3 === 0)
                .map((d, i) => ({ coll: 'p', id: `d${i * 3}`, doc: clean({ ...d, b: (d.b as number) ?? 1, tags: ['t2'] }, i * 3) }))
            )
            store.commit(
              raw
                .map((_, i) => i)
                .filter((i) => i % 5 === 0)
                .map((i) => ({ coll: 'p', id: `d${i}`, doc: null }))
            )
            store.commit([{ coll: 'p', id: 'd0', doc: { _id: 'd0', a: 'x', b: 3, e: 0 } }]) // re-inserted: now last
            const engine = new Engine(store)
            const all = [...store.all('p').values()].map((r) => r.doc)
            for (const [filter, order, limit, offset] of queries) {
              let ref = makeQuery(filter).find(all)
              if (order) ref = ref.sort(order)
              const expected = (ref.skip(offset).limit(limit).all() as any[]).map((d) => d._id)
              const got = engine.find('p', filter, { order, limit, offset }, stats()).map((d) => d._id)
              expect({ filter, order, got }).toEqual({ filter, order, got: expected })
              expect(engine.count('p', filter, stats())).toBe(makeQuery(filter).find(all).all().length)
            }
          } finally {
            store.close()
          }
        }
      ),
      { numRuns: 150 }
    )
  })
})
