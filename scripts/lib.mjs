// Small helpers shared by the npm scripts: staleness checks and running commands.
import fs from 'fs'
import path from 'path'
import { spawnSync } from 'child_process'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/** Newest modification time (ms) of any file under the given paths (missing paths count as 0). */
export function newestMtime(paths) {
  let newest = 0
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    const st = fs.statSync(p)
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) walk(path.join(p, name))
    } else newest = Math.max(newest, st.mtimeMs)
  }
  paths.forEach((p) => walk(path.join(root, p)))
  return newest
}

export function mtime(file) {
  const p = path.join(root, file)
  return fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0
}

export function run(cmd, args, opts = {}) {
  const started = Date.now()
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (r.status !== 0) {
    console.error(`✗ ${cmd} ${args.join(' ')} failed (exit ${r.status})`)
    process.exit(r.status ?? 1)
  }
  return Date.now() - started
}

/** Builds the H5 app unless dist/h5 is newer than every source it depends on. */
export function ensureH5Build() {
  const sources = newestMtime(['src', 'config', 'babel.config.js', 'package.json'])
  if (mtime('dist/h5/index.html') > sources) return false
  console.log('• building the H5 app (taro build --type h5)…')
  const ms = run('npx', ['taro', 'build', '--type', 'h5', '--no-check'], { env: { ...process.env, NODE_ENV: 'production' } })
  console.log(`• H5 build done in ${(ms / 1000).toFixed(1)} s`)
  return true
}

/**
 * Builds the weapp app (production, as shipped) unless dist/weapp holds our production build, newer than every
 * source. dist/.weapp-build records the app.js that build wrote: a `dev:weapp` watch build (unminified, far over the
 * size budget) rewrites app.js, so it is rebuilt rather than measured or tested.
 */
export function ensureWeappBuild() {
  const stamp = path.join(root, 'dist/.weapp-build')
  const built = mtime('dist/weapp/app.js')
  const ours = fs.existsSync(stamp) && Number(fs.readFileSync(stamp, 'utf8')) === built
  if (ours && built > newestMtime(['src', 'config', 'babel.config.js', 'package.json'])) return false
  console.log('• building the weapp app (taro build --type weapp)…')
  const ms = run('npx', ['taro', 'build', '--type', 'weapp', '--no-check'], { env: { ...process.env, NODE_ENV: 'production' } })
  fs.writeFileSync(stamp, String(mtime('dist/weapp/app.js')))
  console.log(`• weapp build done in ${(ms / 1000).toFixed(1)} s`)
  return true
}

/**
 * Builds the cloud functions whose bundle is missing or older than its sources (`npm run cloud` calls this before
 * it starts; `npm start` through it). Resolves to { built, fresh, failed }: a failed build does not stop the
 * caller, the gateway starts anyway and /api/health names the function that cannot run.
 */
export async function ensureFunctionsBuild(fnRoot = path.join(root, 'cloudfunctions')) {
  const { buildFunctions } = await import('./build-functions.mjs')
  const started = Date.now()
  const result = await buildFunctions({ fnRoot, staleOnly: true })
  if (result.built.length) console.log(`• cloud functions built (${result.built.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}
