// The light index planner behind the round-trip report: which declared index serves a query, or none.
import { filterFields, indexFor, pipelineUses } from '../../localcloud/src/indexUse'

const idx = (name: string, ...fields: string[]) => ({ name, fields: fields.map((field) => ({ field, order: 1 as const })) })
const ORDERS = [idx('community_status_created', 'communityId', 'status', 'createdAt'), idx('owners', 'ownerOpenids', 'status'), { name: 'geo', fields: [{ field: 'location', order: '2dsphere' as const }] }]

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
  const uses = pipelineUses('orders', [{ $geoNear: { key: 'location' } }, { $lookup: { from: 'volunteers', localField: 'v', foreignField: 'openid', as: 'v' } }, { $lookup: { from: 'users', pipeline: [{ $match: { $expr: { $eq: ['$nickname', '$$n'] } } }], as: 'u' } }], indexesOf)
  expect(uses.map((u) => [u.coll, u.index])).toEqual([['orders', 'geo'], ['volunteers', 'openid_unique'], ['users', null]])
  expect(pipelineUses('orders', [{ $geoNear: { key: 'elsewhere' } }], indexesOf)[0].index).toBeNull()
})
