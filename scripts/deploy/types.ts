// The slice of @cloudbase/manager-node that `npm run deploy` uses, typed structurally so that tests can hand in a
// recording fake of the same shape (tests/integration/deployFakeManager.ts) and exercise the real read/plan/apply code.
// Every change the deploy makes is one Call: a manager method and its arguments, so the plan printed by `--plan` is
// literally the list of method calls a run against an empty environment makes.

export interface IndexKey {
  Name?: string
  Direction?: string
}
export interface CloudIndex {
  Name: string
  Keys?: IndexKey[]
  Unique?: boolean
}
export interface CreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean }
}
export interface CloudTrigger {
  name: string
  type: string
  config: string
}
export interface CloudFunctionSpec {
  name: string
  timeout?: number
  runtime?: string
  handler?: string
  installDependency?: boolean
  /** updateFunctionCode: wait until the cloud has installed dependencies (the next config call fails while it updates). */
  isWaitInstall?: boolean
  envVariables?: Record<string, string>
  triggers?: CloudTrigger[]
  ignore?: string[]
}

export interface ManagerLike {
  database: {
    listCollections(options?: { MgoLimit?: number; MgoOffset?: number }): Promise<{ Collections: Array<{ CollectionName: string }>; Pager?: { Total: number } }>
    describeCollection(name: string): Promise<{ Indexes?: CloudIndex[] }>
    createCollection(name: string): Promise<unknown>
    updateCollection(name: string, info: { CreateIndexes?: CreateIndex[]; DropIndexes?: Array<{ IndexName: string }> }): Promise<unknown>
  }
  permission: {
    describeResourcePermission(options: {
      resourceType: 'collection'
      resources?: string[]
    }): Promise<{ Data: { PermissionList: Array<{ Resource?: string; Permission?: string; SecurityRule?: string }> } }>
    modifyResourcePermission(options: { resourceType: 'collection'; resource: string; permission: 'CUSTOM'; securityRule: string }): Promise<unknown>
  }
  functions: {
    listFunctions(limit?: number, offset?: number): Promise<Array<Record<string, string>>>
    getFunctionDetail(name: string): Promise<{
      Timeout: number
      InstallDependency: string
      Environment?: { Variables?: Array<{ Key: string; Value: string }> }
      Triggers?: Array<{ TriggerName: string; Type: string; TriggerDesc?: string; Config?: string }>
    }>
    createFunction(param: { func: CloudFunctionSpec; functionRootPath: string; force: boolean }): Promise<unknown>
    updateFunctionCode(param: { func: CloudFunctionSpec; functionRootPath: string }): Promise<unknown>
    updateFunctionConfig(func: CloudFunctionSpec): Promise<unknown>
    createFunctionTriggers(name: string, triggers: CloudTrigger[]): Promise<unknown>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
  }
}

type Service = keyof ManagerLike
/** One management call: `manager[service][method](...args)`. */
export type Call = {
  [S in Service]: {
    [M in keyof ManagerLike[S]]: { service: S; method: M; args: Parameters<Extract<ManagerLike[S][M], (...a: never[]) => unknown>> }
  }[keyof ManagerLike[S]]
}[Service]

/** What exists in the environment, as far as the deploy manages it. */
export interface CloudState {
  collections: Map<string, CloudIndex[]>
  rules: Map<string, { permission?: string; securityRule?: string }>
  functions: Map<string, Awaited<ReturnType<ManagerLike['functions']['getFunctionDetail']>>>
}
export const emptyState = (): CloudState => ({ collections: new Map(), rules: new Map(), functions: new Map() })
