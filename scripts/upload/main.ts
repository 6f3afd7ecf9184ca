// `npm run upload` — production weapp build for CLOUD_ENV, then upload with miniprogram-ci (version and description
// from git); `npm run upload -- --preview` makes a preview QR code instead; `--plan` only prints what would be sent.
// Env: WX_APPID, WX_PRIVATE_KEY_PATH (代码上传密钥), CLOUD_ENV, optional WX_CI_ROBOT (1–30).
// See README「上传小程序 / Upload the mini-program」.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readGit } from './git'
import { UploadRefused, uploadOptions } from './options'
import { runUpload } from './run'

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const root = process.cwd()
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const o = uploadOptions(argv, env, readGit(root), pkg.version, join(root, 'dist', 'weapp'))
  if (argv.includes('--plan')) {
    console.log(
      `${o.mode} appid=${o.appid} version=${o.version} robot=${o.robot} CLOUD_ENV=${o.cloudEnv}\ndesc: ${o.desc}\nbuild: npm run build:weapp (production)`
    )
    return
  }
  const build = spawnSync('npm', ['run', 'build:weapp'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production', CLOUD_ENV: o.cloudEnv } })
  if (build.status !== 0) throw new UploadRefused('构建失败 / weapp build failed')
  const ci = await import('miniprogram-ci')
  await runUpload(ci, o, (line) => console.log(line))
}

main(process.argv.slice(2), process.env).catch((e: unknown) => {
  console.error(e instanceof UploadRefused ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e))
  process.exit(1)
})
