// Reads what the environment already has, for the collections and functions the deploy manages. Read calls only.
import type { CloudState, ManagerLike } from './types'
import { emptyState } from './types'

const PAGE = 100

export async function readState(manager: ManagerLike, collections: string[], functions: string[]): Promise<CloudState> {
  const state = emptyState()
  const existing = new Set<string>()
  for (let offset = 0; ; offset += PAGE) {
    const page = await manager.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset })
    for (const c of page.Collections) existing.add(c.CollectionName)
    if (page.Collections.length < PAGE || offset + PAGE >= (page.Pager?.Total ?? 0)) break
  }
  for (const name of collections.filter((c) => existing.has(c))) {
    state.collections.set(name, (await manager.database.describeCollection(name)).Indexes ?? [])
  }
  // describeResourcePermission takes at most 100 resources per call.
  const known = collections.filter((c) => existing.has(c))
  for (let i = 0; i < known.length; i += PAGE) {
    const res = await manager.permission.describeResourcePermission({ resourceType: 'collection', resources: known.slice(i, i + PAGE) })
    for (const p of res.Data.PermissionList) if (p.Resource) state.rules.set(p.Resource, { permission: p.Permission, securityRule: p.SecurityRule })
  }
  const names = new Set<string>()
  for (let offset = 0; ; offset += PAGE) {
    const page = await manager.functions.listFunctions(PAGE, offset)
    for (const f of page) names.add(f.FunctionName)
    if (page.length < PAGE) break
  }
  for (const name of functions.filter((f) => names.has(f))) state.functions.set(name, await manager.functions.getFunctionDetail(name))
  return state
}
