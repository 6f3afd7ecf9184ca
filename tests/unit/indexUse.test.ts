// The light index planner behind the round-trip report (which declared index serves a query, or none), and the
// store's planner that really serves it.
import { filterFields, indexFor, pipelineUses } from '../../localcloud/src/indexUse'
import { constraintsOf, planQuery } from '../../localcloud/src/store/planner'
import { keyOf } from '../../localcloud/src/store/keys'
import { lookupFilter } from '../../localcloud/src/store/lookup'
import { makeQuery } from '../../localcloud/src/store/mingo'

const idx = (name: string, ...fields: string[]) => ({ name, fields: fields.map((field) => ({ field, order: 1 as const })) })
const ORDERS = [
  idx('community_status_created', 'communityId', 'status', 'createdAt'),
  idx('owners', 'ownerOpenids', 'status'),
  { name: 'geo', fields: [{ field: 'location', order: '2dsphere' as const }] }
]

it('serves _id look-ups by the primary key and others by an index led by a constrained field', () => {
  expect(indexFor(ORDERS, filterFields({ _id: 'x', status: 'pending' }))).toBe('_id_')
  expect(indexFor(ORDERS, filterFields({ communityId: 'c', status: { $in: ['a'] } }))).toBe('community_status_created')
  expect(indexFor(ORDERS, filterFields({ $and: [{ ownerOpenids: 'o' }] }))).toBe('owners')
})

it('finds no index when only a non-leading field is constrained, or nothing is', () => {
  expect(indexFor(ORDERS, filterFields({ status: 'pending' }))).toBeNull()
  expect(indexFor(ORDERS, filterFields({}))).toBeNull()
  expect(indexFor(ORDERS, filterFields({ $or: [{ communityId: 'c' }, { x: 1 }] }))).toBeNull()
})

it('checks $geoNear against a 2dsphere index on its key and each $lookup against the joined collection', () => {
  const indexesOf = (c: string) => (c === 'orders' ? ORDERS : c === 'users' ? [] : [idx('openid_unique', 'openid')])
  const uses = pipelineUses(
    'orders',
    [
      { $geoNear: { key: 'location' } },
      { $lookup: { from: 'volunteers', localField: 'v', foreignField: 'openid', as: 'v' } },
      { $lookup: { from: 'users', pipeline: [{ $match: { $expr: { $eq: ['$nickname', '$$n'] } } }], as: 'u' } }
    ],
    indexesOf
  )
  expect(uses.map((u) => [u.coll, u.index])).toEqual([
    ['orders', 'geo'],
    ['volunteers', 'openid_unique'],
    ['users', null]
  ])
  expect(pipelineUses('orders', [{ $geoNear: { key: 'elsewhere' } }], indexesOf)[0].index).toBeNull()
})

// ---- the store's planner (localcloud/src/store/planner.ts), its keys (keys.ts) and $lookup narrowing (lookup.ts) ----

const ix = (name: string, spec: Record<string, 1 | -1>) => ({ name, fields: Object.entries(spec).map(([field, order]) => ({ field, order })) })
const ORDER_IXS = [
  ix('community_status_created', { communityId: 1, status: 1, createdAt: -1 }),
  ix('owners_status_created', { ownerOpenids: 1, status: 1, createdAt: -1 }),
  ix('status_sla', { status: 1, escalated: 1, slaDueAt: 1 })
]
const plan = (filter: object, order?: Record<string, 1 | -1>, multikey: string[] = []) =>
  planQuery({ coll: 'orders', filter, order, indexes: ORDER_IXS, multikey: new Set(multikey) })

it('names the index with the longest constrained leading run (the one the store reads)', () => {
  expect(indexFor(ORDER_IXS, ['status', 'escalated'])).toBe('status_sla')
  expect(indexFor([ix('a', { communityId: 1 }), ix('ab', { communityId: 1, status: 1 })], ['communityId', 'status'])).toBe('ab')
  expect(indexFor([ix('a', { communityId: 1 }), ix('ab', { communityId: 1, status: 1 })], ['communityId'])).toBe('a')
})

it('reads equality, $in and ranges from a filter ($and flattened), never from $or or operands it cannot key', () => {
  const c = constraintsOf({
    communityId: 'c',
    $and: [{ status: { $in: ['a', 'b'] } }, { createdAt: { $gte: new Date(0), $lt: new Date(9) } }],
    $or: [{ x: 1 }],
    tags: ['a'],
    name: /re/
  })
  expect([...c.keys()]).toEqual(['communityId', 'status', 'createdAt'])
  expect(c.get('status')).toEqual({ eq: ['a', 'b'] })
  expect(c.get('createdAt')).toEqual({ lo: { v: new Date(0), incl: true }, hi: { v: new Date(9), incl: false } })
})

it('plans a covered page: equality prefix in SQL, the sort pushed down, rowid as the tie order', () => {
  const p = plan({ communityId: 'c', status: { $in: ['pending', 'accepted'] } }, { createdAt: -1 })!
  expect(p.index).toBe('community_status_created')
  expect(p.ordered).toBe(true)
  expect(p.sql).toMatch(/WHERE \(t0 = \? AND v0 IN \(\?\)\) AND \(t1 = \? AND v1 IN \(\?, \?\)\) ORDER BY t2 DESC, v2 DESC, rid$/)
  expect(p.params).toEqual([4, 'c', 4, 'pending', 'accepted'])
})

it('prefers the index that also constrains later fields, and an index that gives the sort', () => {
  expect(plan({ status: 'x', escalated: false })!.index).toBe('status_sla')
  expect(plan({ ownerOpenids: 'u', status: 'x' }, { createdAt: -1 })!.index).toBe('owners_status_created')
})

it('keeps MongoDB multikey rules: one bound of a range on an array field, no sort push-down on one', () => {
  const two = plan({ ownerOpenids: { $gt: 'a', $lt: 'm' } }, undefined, ['ownerOpenids'])!
  expect(two.sql).toContain('v0 > ?')
  expect(two.sql).not.toContain('v0 < ?')
  expect(plan({ ownerOpenids: { $gt: 'a', $lt: 'm' } })!.sql).toContain('v0 < ?')
  expect(plan({ communityId: 'c' }, { createdAt: -1 }, ['createdAt'])!.ordered).toBe(false)
})

it('serves a sort alone through an index led by the sort fields; finds nothing for $or or a non-leading field', () => {
  const p = plan({}, { communityId: 1 })!
  expect(p.index).toBe('community_status_created')
  expect(p.sql).not.toContain('WHERE')
  expect(plan({ $or: [{ communityId: 'a' }, { communityId: 'b' }] })).toBeNull()
  expect(plan({ createdAt: { $gt: new Date(0) } })).toBeNull()
})

it("serves an _id range and an _id sort by the primary key (the collection table's own index)", () => {
  const p = plan({ _id: { $gt: 'o5' } }, { _id: 1 })!
  expect(p).toMatchObject({ index: '_id_', ordered: true, params: ['o5'] })
  expect(p.sql).toBe('SELECT rowid AS rid, id FROM "c_orders" WHERE id > ? ORDER BY id ASC')
  // a community's orders in _id order: the compound index constrains more
  expect(
    planQuery({
      coll: 'orders',
      filter: { communityId: 'c', _id: { $gt: 'o5' } },
      order: { _id: 1 },
      indexes: [ix('community_id', { communityId: 1, _id: 1 })],
      multikey: new Set()
    })!.index
  ).toBe('community_id')
})

it('matches null with missing and null, and a mixed $in by type', () => {
  expect(plan({ communityId: null })!.sql).toContain('WHERE t0 = 2')
  const p = plan({ communityId: { $in: [1, 'a', null] } })!
  expect(p.sql).toContain('(t0 = 2 OR (t0 = ? AND v0 IN (?)) OR (t0 = ? AND v0 IN (?)))')
  expect(p.params).toEqual([3, 1, 4, 'a'])
})

it('orders keys (type rank, value) the way mingo sorts values', () => {
  const values = [true, 'b', new Date(5), 2, null, 'a', -1, false, { x: 1 }, new Date(1), undefined, 10]
  const docs = values.map((v, i) => (v === undefined ? { i } : { i, v }))
  const mingo = makeQuery({})
    .find(docs)
    .sort({ v: 1 })
    .all()
    .map((d: any) => d.i)
  const cmp = (a: any, b: any) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)
  const byKey = docs
    .map((d: any) => ({ i: d.i, k: keyOf(d.v) }))
    .sort((a, b) => cmp(a.k, b.k) || a.i - b.i)
    .map((x) => x.i)
  expect(byKey).toEqual(mingo)
})

it('narrows a $lookup to the foreign documents that can join', () => {
  const docs = [{ _id: 'u1', communityId: 'c1' }, { _id: 'u2' }]
  expect(lookupFilter(docs, { from: 'communities', localField: 'communityId', foreignField: '_id', as: 'c' })).toEqual({ _id: { $in: ['c1', null] } })
  expect(lookupFilter(docs, { from: 'orders', pipeline: [{ $match: { _id: 'o1' } }, { $limit: 1 }], as: 'o' })).toEqual({ _id: 'o1' })
  const letPipeline = {
    from: 'orders',
    let: { who: '$_id' },
    pipeline: [{ $match: { kind: 'x', $expr: { $and: [{ $eq: ['$volunteerOpenid', '$$who'] }, { $in: ['$status', ['a']] }] } } }],
    as: 'o'
  }
  expect(lookupFilter(docs, letPipeline)).toEqual({ kind: 'x', status: { $in: ['a'] }, volunteerOpenid: { $in: ['u1', 'u2'] } })
  expect(lookupFilter(docs, { from: 'orders', let: { who: '$_id' }, pipeline: [{ $match: { $expr: { $gt: ['$n', '$$who'] } } }], as: 'o' })).toBeNull()
})
