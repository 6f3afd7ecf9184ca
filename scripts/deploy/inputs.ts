// What the deploy should make exist: collections, indexes and rules from the database manifest, and each function
// from cloudfunctions/<name>/{config.json,package.json,index.js} plus its environment variables.
// A function's code is identified by the SHA-256 of the files uploaded (bundle, package.json, config.json — the
// latter carries the `permissions.openapi` list the cloud reads for 云调用); the hash is kept in the function's own
// env variable DEPLOY_CODE_SHA256, so a later run can tell whether the code changed without downloading it.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MANIFEST, type CollectionDecl } from '../../src/shared/db/manifest'
import type { CloudTrigger } from './types'

export const FUNCTION_NAMES = ['api', 'cron', 'settle'] as const
export const CODE_SHA_VAR = 'DEPLOY_CODE_SHA256'
/** Values never printed (plans, progress, errors). */
export const SECRET_VARS = ['ID_MASTER_KEY']
/** The files uploaded with each function (cloudfunctions/<name>/src is bundled into index.js by build:functions). */
export const UPLOADED_FILES = ['index.js', 'package.json', 'config.json']
export const UPLOAD_IGNORE = ['src/**', 'node_modules/**']
export const RUNTIME = 'Nodejs20.19'

// Variables each function reads (process.env in its bundle). Required ones refuse the deploy when unset.
const FUNCTION_ENV: Record<string, { required: string[]; optional: string[] }> = {
  api: { required: ['ID_MASTER_KEY'], optional: ['ADMIN_OPENIDS', 'WXACODE_ENV_VERSION', 'API_LOG', 'API_RATE_LIMITS'] },
  cron: { required: [], optional: [] },
  settle: { required: [], optional: [] }
}

export interface FunctionInput {
  name: string
  timeout: number
  triggers: CloudTrigger[]
  /** Variables the deploy manages (others already set on the function are kept). */
  envVariables: Record<string, string>
  codeSha: string
}
export interface DeployInputs {
  collections: CollectionDecl[]
  functions: FunctionInput[]
  functionsRoot: string
}

interface FunctionConfig {
  timeout?: number
  triggers?: Array<{ name: string; type: string; config: string }>
}

export class DeployRefused extends Error {}

/** Refuses (before any build or call) when a variable a function requires is unset, or the master key is malformed. */
export function checkEnv(env: NodeJS.ProcessEnv): void {
  for (const name of FUNCTION_NAMES) {
    for (const key of FUNCTION_ENV[name].required) {
      if (!env[key]) throw new DeployRefused(`缺少环境变量 ${key}（云函数 ${name} 需要）：拒绝部署。See README「一键部署 / One-command deploy」.`)
    }
  }
  if (Buffer.from(env.ID_MASTER_KEY ?? '', 'base64').length !== 32) {
    throw new DeployRefused('ID_MASTER_KEY 必须是 32 字节的 base64（与本地 secrets.json 同格式）：拒绝部署')
  }
}

/** Reads the inputs. `forPlan` allows unset secrets and unbuilt bundles (placeholders), since a plan sends nothing. */
export function readInputs(functionsRoot: string, env: NodeJS.ProcessEnv, forPlan = false): DeployInputs {
  if (!forPlan) checkEnv(env)
  const functions = FUNCTION_NAMES.map((name) => {
    const dir = join(functionsRoot, name)
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as FunctionConfig
    const missing = UPLOADED_FILES.filter((f) => !existsSync(join(dir, f)))
    if (missing.length && !forPlan) throw new DeployRefused(`云函数 ${name} 缺少 ${missing.join(', ')}：请先运行 npm run build:functions`)
    const hash = createHash('sha256')
    for (const f of UPLOADED_FILES) hash.update(`${f}\0`).update(existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : '<未构建 unbuilt>')
    const codeSha = hash.digest('hex')
    const vars = FUNCTION_ENV[name]
    const envVariables: Record<string, string> = {}
    for (const key of vars.required) envVariables[key] = env[key] || `<${key}>`
    for (const key of vars.optional) if (env[key]) envVariables[key] = env[key] as string
    envVariables[CODE_SHA_VAR] = codeSha
    return {
      name,
      timeout: config.timeout ?? 20,
      triggers: (config.triggers ?? []).map((t) => ({ name: t.name, type: t.type, config: t.config })),
      envVariables,
      codeSha
    }
  })
  return { collections: MANIFEST, functions, functionsRoot }
}
