// Installs the local cloud under the genuine wx-server-sdk, from outside: function code stays exactly what is
// deployed. Call it before any function module runs (node -r localcloud/register.js, the gateway, or tests).
// What it replaces:
// - TcbDBApiHttpRequester.prototype.send: every database call is served by the local store; an error reply is
//   thrown as node-sdk's TcbError, as the genuine transport does (replyErrors.ts);
// - where()/count()/update()/remove()/aggregate() on a transaction's collection: refused (CloudBase supports
//   only doc operations and add in a transaction; the SDK would silently run them outside it);
// - each round trip may cost time (LOCALCLOUD_LATENCY, latency.ts), so concurrent calls interleave as on CloudBase;
// - getWXContext: per call via AsyncLocalStorage; openapi, storage and callFunction: local implementations.
import fs from 'fs'
import path from 'path'
import { currentCall } from './context'
import { Latency } from './latency'
import { localOpenApi, SYSTEM_COLLECTIONS } from './openapi'
import { throwOnErrorReply } from './replyErrors'
import { FunctionRuntime } from './runtime'
import { localStorage } from './storage'
import { Store } from './store/Store'
import { loadLocalSecrets } from './secrets'
import { LocalDatabase } from './transport'
import { requireFromDatabase, requireFromNodeSdk } from './sdkPaths'

export interface LocalCloud {
  dataDir: string
  store: Store
  db: LocalDatabase
  runtime: FunctionRuntime
  publicUrl: string
  /** Wait per database round trip (off unless LOCALCLOUD_LATENCY or `latency.set()`). */
  latency: Latency
  close(): void
}

export interface InstallOptions {
  dataDir?: string
  functionsDir?: string
  publicUrl?: string
}

const KEY = Symbol.for('localcloud.instance')

export function installLocalCloud(opts: InstallOptions = {}): LocalCloud {
  const g = globalThis as typeof globalThis & { [KEY]?: LocalCloud }
  if (g[KEY]) return g[KEY]
  const dataDir = path.resolve(opts.dataDir ?? process.env.DATA_DIR ?? '.data')
  fs.mkdirSync(path.join(dataDir, 'files'), { recursive: true })
  loadLocalSecrets(dataDir)
  const store = new Store(path.join(dataDir, 'db.sqlite'))
  const db = new LocalDatabase(store)
  for (const name of SYSTEM_COLLECTIONS) if (!store.hasCollection(name)) store.createCollection(name)
  const runtime = new FunctionRuntime(path.resolve(opts.functionsDir ?? process.env.FUNCTIONS_DIR ?? 'cloudfunctions'))
  const instance: LocalCloud = {
    dataDir,
    store,
    db,
    runtime,
    publicUrl: opts.publicUrl ?? process.env.LOCALCLOUD_PUBLIC_URL ?? 'http://127.0.0.1:8787',
    latency: new Latency(),
    close: () => store.close()
  }

  const { TcbDBApiHttpRequester } = requireFromNodeSdk<{
    TcbDBApiHttpRequester: { prototype: { send(action: string, params: Record<string, unknown>): unknown } }
  }>('dist/utils/tcbdbapirequester.js')
  TcbDBApiHttpRequester.prototype.send = function (action: string, params: Record<string, unknown>) {
    return instance.latency.around(() => db.handle(action, params)).then(throwOnErrorReply)
  }
  refuseNonDocOpsInTransactions()

  process.env.TCB_ENV = process.env.TCB_ENV || 'local-dev'
  const cloud = require('wx-server-sdk')
  const originalContext = cloud.getWXContext
  cloud.getWXContext = () => currentCall()?.wx ?? originalContext()
  cloud.openapi = localOpenApi(db)
  Object.assign(
    cloud,
    localStorage(path.join(dataDir, 'files'), () => instance.publicUrl)
  )
  cloud.callFunction = async ({ name, data }: { name: string; data?: unknown }) => {
    const { result, requestId } = await runtime.invoke(name, data ?? {}, currentCall()?.wx.OPENID ?? '', 'wx_server')
    return { result, requestID: requestId, errMsg: 'cloud.callFunction:ok' }
  }
  g[KEY] = instance
  return instance
}

function refuseNonDocOpsInTransactions(): void {
  type Method = ((...args: unknown[]) => unknown) & { __localGuard?: boolean }
  type Prototype = Record<string, Method | undefined>
  const { Query } = requireFromDatabase<{ Query: { prototype: Prototype } }>('dist/commonjs/query.js')
  const { CollectionReference } = requireFromDatabase<{ CollectionReference: { prototype: Prototype } }>('dist/commonjs/collection.js')
  const guard = (proto: Prototype, method: string) => {
    const original = proto[method]
    if (!original || original.__localGuard) return
    const wrapped: Method = function (this: { _transactionId?: string }, ...args: unknown[]) {
      if (this._transactionId) {
        throw new Error(`[local cloud] ${method}() is not supported in a transaction: use doc(id).get/set/update/remove or add`)
      }
      return original.apply(this, args)
    }
    wrapped.__localGuard = true
    proto[method] = wrapped
  }
  for (const m of ['where', 'count', 'update', 'remove', 'updateAndReturn']) guard(Query.prototype, m)
  guard(CollectionReference.prototype, 'aggregate')
}
