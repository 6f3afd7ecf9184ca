// A local stand-in for the @cloudbase/manager-node services `npm run deploy` calls: an in-memory environment that
// records every call and behaves like the management API where the deploy depends on it (a new collection has only
// the `_id_` index and the default rule PRIVATE; creating what exists fails; describing what is missing fails;
// createFunction uploads cloudfunctions/<name> and creates its triggers; updateFunctionConfig replaces the variables).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Call, CloudIndex, ManagerLike } from '../../scripts/deploy/types'

type Detail = Awaited<ReturnType<ManagerLike['functions']['getFunctionDetail']>>
export interface Recorded {
  service: string
  method: string
  args: unknown[]
  write: boolean
}

const WRITES = new Set([
  'createCollection',
  'updateCollection',
  'modifyResourcePermission',
  'createFunction',
  'updateFunctionCode',
  'updateFunctionConfig',
  'createFunctionTriggers',
  'deleteFunctionTrigger'
])
const fail = (code: string, message: string): never => {
  throw Object.assign(new Error(message), { code })
}
const timer = (t: { name: string; type: string; config: string }) => ({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) })

export function fakeManager() {
  const calls: Recorded[] = []
  const collections = new Map<string, CloudIndex[]>()
  const rules = new Map<string, { Permission: string; SecurityRule?: string }>()
  const functions = new Map<string, Detail>()
  // Deep copies, so later changes to the fake's state never rewrite what was recorded.
  const record = (service: string, method: string, args: unknown[]) =>
    calls.push({ service, method, args: JSON.parse(JSON.stringify(args)) as unknown[], write: WRITES.has(method) })
  const fn = (name: string) => functions.get(name) ?? fail('ResourceNotFound.Function', `函数 ${name} 不存在`)

  const manager: ManagerLike = {
    database: {
      async listCollections(options = {}) {
        record('database', 'listCollections', [options])
        const names = [...collections.keys()].sort()
        const offset = options.MgoOffset ?? 0
        return {
          Collections: names.slice(offset, offset + (options.MgoLimit ?? 100)).map((CollectionName) => ({ CollectionName })),
          Pager: { Total: names.length }
        }
      },
      async describeCollection(name) {
        record('database', 'describeCollection', [name])
        return { Indexes: structuredClone(collections.get(name) ?? fail('ResourceNotFound', `集合 ${name} 不存在`)) }
      },
      async createCollection(name) {
        record('database', 'createCollection', [name])
        if (collections.has(name)) fail('DATABASE_COLLECTION_ALREADY_EXIST', `集合 ${name} 已存在`)
        collections.set(name, [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }])
        rules.set(name, { Permission: 'PRIVATE' })
      },
      async updateCollection(name, info) {
        record('database', 'updateCollection', [name, info])
        const indexes = collections.get(name) ?? fail('ResourceNotFound', `集合 ${name} 不存在`)
        const dropped = indexes.filter((ix) => !info.DropIndexes?.some((d) => d.IndexName === ix.Name))
        for (const c of info.CreateIndexes ?? []) {
          if (dropped.some((ix) => ix.Name === c.IndexName)) fail('InvalidParameter', `索引 ${c.IndexName} 已存在`)
          dropped.push({ Name: c.IndexName, Keys: c.MgoKeySchema.MgoIndexKeys.map((k) => ({ ...k })), Unique: c.MgoKeySchema.MgoIsUnique })
        }
        collections.set(name, dropped)
      }
    },
    permission: {
      async describeResourcePermission(options) {
        record('permission', 'describeResourcePermission', [options])
        const list = (options.resources ?? [...rules.keys()]).filter((r) => rules.has(r)).map((r) => ({ Resource: r, ...rules.get(r) }))
        return { Data: { PermissionList: list } }
      },
      async modifyResourcePermission(options) {
        record('permission', 'modifyResourcePermission', [options])
        if (!collections.has(options.resource)) fail('ResourceNotFound', `集合 ${options.resource} 不存在`)
        rules.set(options.resource, { Permission: options.permission, SecurityRule: options.securityRule })
      }
    },
    functions: {
      async listFunctions(limit = 20, offset = 0) {
        record('functions', 'listFunctions', [limit, offset])
        return [...functions.keys()].slice(offset, offset + limit).map((FunctionName) => ({ FunctionName }))
      },
      async getFunctionDetail(name) {
        record('functions', 'getFunctionDetail', [name])
        return structuredClone(fn(name))
      },
      async createFunction(param) {
        record('functions', 'createFunction', [param])
        const { func, functionRootPath } = param
        if (functions.has(func.name)) fail('ResourceInUse.Function', `函数 ${func.name} 已存在`)
        if (!existsSync(join(functionRootPath, func.name, 'index.js'))) fail('InvalidParameter', `找不到 ${func.name}/index.js`)
        functions.set(func.name, {
          Timeout: func.timeout ?? 3,
          InstallDependency: func.installDependency ? 'TRUE' : 'FALSE',
          Environment: { Variables: Object.entries(func.envVariables ?? {}).map(([Key, Value]) => ({ Key, Value })) },
          Triggers: (func.triggers ?? []).map(timer)
        })
      },
      async updateFunctionCode(param) {
        record('functions', 'updateFunctionCode', [param])
        fn(param.func.name)
      },
      async updateFunctionConfig(func) {
        record('functions', 'updateFunctionConfig', [func])
        const have = fn(func.name)
        have.Timeout = func.timeout ?? have.Timeout
        if (func.installDependency !== undefined) have.InstallDependency = func.installDependency ? 'TRUE' : 'FALSE'
        if (func.envVariables) have.Environment = { Variables: Object.entries(func.envVariables).map(([Key, Value]) => ({ Key, Value })) }
      },
      async createFunctionTriggers(name, triggers) {
        record('functions', 'createFunctionTriggers', [name, triggers])
        const have = fn(name)
        for (const t of triggers) if (have.Triggers?.some((h) => h.TriggerName === t.name)) fail('ResourceInUse.Trigger', `触发器 ${t.name} 已存在`)
        have.Triggers = [...(have.Triggers ?? []), ...triggers.map(timer)]
      },
      async deleteFunctionTrigger(name, triggerName) {
        record('functions', 'deleteFunctionTrigger', [name, triggerName])
        const have = fn(name)
        have.Triggers = (have.Triggers ?? []).filter((t) => t.TriggerName !== triggerName)
      }
    }
  }
  return {
    manager,
    calls,
    collections,
    rules,
    functions,
    /** The write calls recorded since `from`, in the shape of planned calls. */
    writes: (from = 0): Array<Pick<Call, 'service' | 'method' | 'args'>> =>
      calls
        .slice(from)
        .filter((c) => c.write)
        .map(({ service, method, args }) => ({ service, method, args }) as Call)
  }
}
