// npm start — the whole system on one machine: builds what is stale (cloud functions, H5 app), then starts
// the local cloud with the demo data (created on first run) and prints the URL. Installs nothing: if
// node_modules is missing it says so and stops.
import fs from 'fs'
import path from 'path'
import { spawn } from 'child_process'
import { root, ensureH5Build } from './lib.mjs'

if (!fs.existsSync(path.join(root, 'node_modules', 'wx-server-sdk'))) {
  console.error('依赖尚未安装 / dependencies are not installed: run `npm ci` first.')
  process.exit(1)
}
// The cloud functions are built by the gateway itself (localcloud/bin/cloud.js → ensureFunctionsBuild), the
// same way for `npm start` and `npm run cloud`.
ensureH5Build()

const port = process.env.PORT ?? '8787'
const child = spawn(process.execPath, ['localcloud/bin/cloud.js'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, PORT: port, SEED: process.env.SEED ?? '1', DATA_DIR: process.env.DATA_DIR ?? path.join(root, '.data') }
})
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (String(chunk).includes('ready on')) {
    console.log(
      `\n  社区志愿服务 is running: open http://127.0.0.1:${port}/  (切换演示身份 at the top of each tab)\n  Stop with Ctrl+C. Data lives in ${process.env.DATA_DIR ?? '.data/'} — \`npm run reset\` wipes it.\n`
    )
  }
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
