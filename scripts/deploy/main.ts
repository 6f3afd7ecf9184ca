// `npm run deploy` — builds the functions (build:functions; `--no-build` skips it), then deploys the database
// (collections, indexes, security rules) and the cloud functions (code with dependencies installed in the cloud,
// timer triggers, env variables) to a CloudBase environment with Tencent's @cloudbase/manager-node.
// `npm run deploy -- --plan` prints the calls a deploy to an empty environment makes, reading no credentials and
// opening no connection (manager-node is not even loaded).
// Env: TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY (+ TENCENTCLOUD_SESSIONTOKEN for temporary keys),
// ID_MASTER_KEY (required), ADMIN_OPENIDS etc. (optional). See README「一键部署 / One-command deploy」.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { DeployRefused, checkEnv, readInputs } from './inputs'
import { planCalls } from './plan'
import { formatPlan, runDeploy } from './run'
import { emptyState, type ManagerLike } from './types'

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const root = join(process.cwd(), 'cloudfunctions')
  if (argv.includes('--plan')) {
    const inputs = readInputs(root, env, true)
    const head = [
      '# 以空环境为准 / Against an empty environment. A real run first reads the environment (listCollections,',
      '# describeCollection, describeResourcePermission, listFunctions, getFunctionDetail) and makes only the missing calls.'
    ]
    console.log([...head, formatPlan(planCalls(inputs, emptyState()), root)].join('\n'))
    return
  }
  const missing = ['TCB_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'].filter((k) => !env[k])
  if (missing.length) throw new DeployRefused(`缺少环境变量 ${missing.join(', ')}：拒绝部署`)
  checkEnv(env)
  // Upload what the sources say now, not a bundle left over from an older checkout.
  if (!argv.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['scripts/build-functions.mjs'], { stdio: 'inherit' })
    if (build.status !== 0) throw new DeployRefused('云函数构建失败 / build:functions failed')
  }
  const inputs = readInputs(root, env)
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  const app = new CloudBase({
    envId: env.TCB_ENV_ID,
    secretId: env.TENCENTCLOUD_SECRETID,
    secretKey: env.TENCENTCLOUD_SECRETKEY,
    token: env.TENCENTCLOUD_SESSIONTOKEN
  })
  // Typed, not cast: tsc checks that the pinned manager-node still offers every method the deploy calls.
  const manager: ManagerLike = app
  await runDeploy(manager, inputs, (line) => console.log(line))
}

main(process.argv.slice(2), process.env).catch((e: unknown) => {
  // Errors from the manager may echo request parameters: never let the master key through.
  const key = process.env.ID_MASTER_KEY
  const text = e instanceof Error ? (e instanceof DeployRefused ? e.message : (e.stack ?? e.message)) : String(e)
  console.error(key ? text.split(key).join('<secret>') : text)
  process.exit(1)
})
