// `npm run test:fuzz`: the full bad-input suite — every hand-written hostile case (also one level down) and
// FUZZ_RUNS (default 100) generated cases per action, with a random seed (printed, so a failure can be rerun with
// FUZZ_SEED=<seed>). `npm test` runs the same file's fast variant with a fixed seed.
import { spawnSync } from 'child_process'

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
const runs = process.env.FUZZ_RUNS ?? '100'
const rerun = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run test:fuzz`
console.log(`[fuzz] full run: seed ${seed}, ${runs} generated cases per action (rerun: ${rerun})`)
const env = { ...process.env, FUZZ_FULL: '1', FUZZ_SEED: seed, FUZZ_RUNS: runs }
const status = spawnSync('npx', ['jest', 'tests/integration/badInput.test.ts'], { stdio: 'inherit', shell: process.platform === 'win32', env }).status ?? 1
if (status !== 0) console.log(`[fuzz] FAILED with seed ${seed} (rerun: ${rerun})`)
process.exit(status)
