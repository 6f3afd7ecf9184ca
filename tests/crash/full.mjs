// `npm run test:crash`: the full crash suite — many kill -9 rounds with a random seed (printed, so a failure can
// be rerun with CRASH_SEED=<seed>). Env: CRASH_ROUNDS (default 25), CRASH_SEED (default random).
// Builds the functions first: the gateway runs the bundles.
import { spawnSync } from 'child_process'

const seed = process.env.CRASH_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
const rounds = process.env.CRASH_ROUNDS ?? '25'
console.log(`[crash] full run: seed ${seed}, ${rounds} rounds (rerun: CRASH_SEED=${seed} CRASH_ROUNDS=${rounds} npm run test:crash)`)
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } }).status ?? 1
let status = run('npm', ['run', 'build:functions'])
if (status === 0) status = run('npx', ['jest', 'tests/integration/crash.test.ts'], { CRASH_SEED: seed, CRASH_ROUNDS: rounds })
if (status !== 0) console.log(`[crash] FAILED with seed ${seed} (rerun: CRASH_SEED=${seed} CRASH_ROUNDS=${rounds} npm run test:crash)`)
process.exit(status)
