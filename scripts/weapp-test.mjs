// npm run test:weapp — the compiled mini program: builds dist/weapp when stale (production, as shipped), fails when
// the main package passes its 600 KB budget (scripts/size.mjs), then renders pages of the build with
// miniprogram-simulate (tests/weapp, jest). Extra arguments go to jest (e.g. a test file).
import { ensureWeappBuild, run } from './lib.mjs'

ensureWeappBuild()
run(process.execPath, ['scripts/size.mjs'])
// miniprogram-simulate renders with WeChat's own wxml compiler (wcc), shipped as an x86-64 binary only.
if (process.arch !== 'x64' && process.platform !== 'darwin') {
  console.error(`✗ tests/weapp need WeChat's x86-64 wcc compiler (bundled in miniprogram-compiler); this machine is ${process.platform}-${process.arch}`)
  process.exit(1)
}
run('npx', ['jest', '-c', 'tests/weapp/jest.config.js', ...process.argv.slice(2)])
