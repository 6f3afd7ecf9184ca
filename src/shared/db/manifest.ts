// The database manifest: every collection, its indexes and its security rule, in one place.
// The local cloud creates collections and indexes from it; `npm run db:plan` prints it as a CloudBase deploy plan.
// Every query the repos make must be covered by an index declared here.
// Security: clients never read or write the database directly; everything goes through the `api` function
// (cloud functions bypass security rules), so every collection's rule denies both.

export type IndexOrder = 1 | -1 | '2dsphere'
export interface IndexDecl { name: string; fields: Array<{ field: string; order: IndexOrder }>; unique?: boolean }
export interface CollectionDecl { name: string; purpose: string; indexes: IndexDecl[]; rule: { read: boolean; write: boolean } }

const DENY = { read: false, write: false }
const idx = (name: string, spec: Record<string, IndexOrder>, unique = false): IndexDecl => ({
  name,
  fields: Object.entries(spec).map(([field, order]) => ({ field, order })),
  ...(unique ? { unique: true } : {})
})

export const MANIFEST: CollectionDecl[] = [
  {
    name: 'users',
    purpose: '用户（_id = OPENID）：昵称、角色、所属社区',
    indexes: [idx('community_roles', { communityId: 1, roles: 1 })],
    rule: DENY
  },
  {
    name: 'communities',
    purpose: '社区：名称、社区编码、位置、时间银行规则',
    indexes: [idx('code_unique', { code: 1 }, true), idx('location_geo', { location: '2dsphere' })],
    rule: DENY
  }
]
