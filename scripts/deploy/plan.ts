// Compares the inputs with the environment's state and lists the management calls that close the gap — and only
// those, so a second run against an up-to-date environment plans nothing. Unmanaged extras (other collections,
// the default `_id_` index, env variables the deploy doesn't own) are left alone.
import type { IndexDecl } from '../../src/shared/db/manifest'
import { CODE_SHA_VAR, RUNTIME, UPLOAD_IGNORE, type DeployInputs, type FunctionInput } from './inputs'
import type { Call, CloudIndex, CloudState, CloudTrigger, CreateIndex, CloudFunctionSpec } from './types'

export const toCreateIndex = (ix: IndexDecl): CreateIndex => ({
  IndexName: ix.name,
  MgoKeySchema: { MgoIndexKeys: ix.fields.map((f) => ({ Name: f.field, Direction: String(f.order) })), MgoIsUnique: !!ix.unique }
})

/** Same keys in the same order with the same direction, and the same uniqueness. */
function sameIndex(want: CreateIndex, have: CloudIndex): boolean {
  const keys = want.MgoKeySchema.MgoIndexKeys
  const got = have.Keys ?? []
  return (
    !!have.Unique === want.MgoKeySchema.MgoIsUnique &&
    got.length === keys.length &&
    keys.every((k, i) => got[i].Name === k.Name && String(got[i].Direction) === k.Direction)
  )
}

function sameRule(want: { read: boolean; write: boolean }, have?: { permission?: string; securityRule?: string }): boolean {
  if (have?.permission !== 'CUSTOM' || !have.securityRule) return false
  try {
    const rule = JSON.parse(have.securityRule) as Record<string, unknown>
    return Object.keys(rule).length === 2 && rule.read === want.read && rule.write === want.write
  } catch {
    return false
  }
}

function databaseCalls(inputs: DeployInputs, state: CloudState): Call[] {
  const calls: Call[] = []
  for (const c of inputs.collections) {
    const existing = state.collections.get(c.name)
    if (!existing) calls.push({ service: 'database', method: 'createCollection', args: [c.name] })
    const want = c.indexes.map(toCreateIndex)
    const changed = want.filter((w) => existing?.some((h) => h.Name === w.IndexName && !sameIndex(w, h)))
    const create = want.filter((w) => !existing?.some((h) => h.Name === w.IndexName && sameIndex(w, h)))
    // An index whose definition changed is dropped first: CloudBase refuses a second index of the same name.
    if (changed.length)
      calls.push({ service: 'database', method: 'updateCollection', args: [c.name, { DropIndexes: changed.map((w) => ({ IndexName: w.IndexName })) }] })
    if (create.length) calls.push({ service: 'database', method: 'updateCollection', args: [c.name, { CreateIndexes: create }] })
    if (!sameRule(c.rule, state.rules.get(c.name))) {
      calls.push({
        service: 'permission',
        method: 'modifyResourcePermission',
        args: [{ resourceType: 'collection', resource: c.name, permission: 'CUSTOM', securityRule: JSON.stringify(c.rule) }]
      })
    }
  }
  return calls
}

const sameTrigger = (want: CloudTrigger, have: { TriggerName: string; Type: string; TriggerDesc?: string; Config?: string }): boolean => {
  if (have.TriggerName !== want.name || have.Type !== want.type) return false
  if (have.Config === want.config || have.TriggerDesc === want.config) return true
  try {
    return (JSON.parse(have.TriggerDesc ?? '') as { cron?: string }).cron === want.config
  } catch {
    return false
  }
}

function functionCalls(fn: FunctionInput, inputs: DeployInputs, state: CloudState): Call[] {
  const spec = (envVariables: Record<string, string>): CloudFunctionSpec => ({
    name: fn.name,
    timeout: fn.timeout,
    runtime: RUNTIME,
    installDependency: true,
    envVariables
  })
  const have = state.functions.get(fn.name)
  const root = inputs.functionsRoot
  // createFunction uploads the folder, installs dependencies in the cloud (installDependency) and creates the triggers.
  if (!have)
    return [
      {
        service: 'functions',
        method: 'createFunction',
        args: [
          { func: { ...spec(fn.envVariables), handler: 'index.main', ignore: UPLOAD_IGNORE, triggers: fn.triggers }, functionRootPath: root, force: false }
        ]
      }
    ]
  const calls: Call[] = []
  const vars = Object.fromEntries((have.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]))
  if (vars[CODE_SHA_VAR] !== fn.codeSha)
    calls.push({
      service: 'functions',
      method: 'updateFunctionCode',
      args: [{ func: { name: fn.name, installDependency: true, isWaitInstall: true, ignore: UPLOAD_IGNORE }, functionRootPath: root }]
    })
  const envChanged = Object.entries(fn.envVariables).some(([k, v]) => vars[k] !== v)
  if (envChanged || have.Timeout !== fn.timeout || have.InstallDependency !== 'TRUE') {
    // The config call replaces the whole variable set: keep variables set by hand in the console.
    calls.push({ service: 'functions', method: 'updateFunctionConfig', args: [spec({ ...vars, ...fn.envVariables })] })
  }
  const triggers = have.Triggers ?? []
  for (const t of triggers.filter((h) => !fn.triggers.some((w) => sameTrigger(w, h)))) {
    calls.push({ service: 'functions', method: 'deleteFunctionTrigger', args: [fn.name, t.TriggerName] })
  }
  const missing = fn.triggers.filter((w) => !triggers.some((h) => sameTrigger(w, h)))
  if (missing.length) calls.push({ service: 'functions', method: 'createFunctionTriggers', args: [fn.name, missing] })
  return calls
}

export function planCalls(inputs: DeployInputs, state: CloudState): Call[] {
  return [...databaseCalls(inputs, state), ...inputs.functions.flatMap((fn) => functionCalls(fn, inputs, state))]
}
