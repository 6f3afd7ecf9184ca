// `npm run deploy` against a recording fake of the management API (no network): the first run makes exactly the
// calls `--plan` prints, a second run makes none, and only what is missing or changed is touched afterwards.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DeployRefused, readInputs, FUNCTION_NAMES, CODE_SHA_VAR } from '../../scripts/deploy/inputs'
import { planCalls } from '../../scripts/deploy/plan'
import { runDeploy } from '../../scripts/deploy/run'
import { emptyState } from '../../scripts/deploy/types'
import { fakeManager } from './deployFakeManager'

const KEY = randomBytes(32).toString('base64')
const ENV = { ID_MASTER_KEY: KEY, ADMIN_OPENIDS: 'o_admin_1' }

/** A functions folder like cloudfunctions/ with the real config.json and package.json and a stand-in bundle. */
function functionsRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'deploy-'))
  for (const name of FUNCTION_NAMES) {
    mkdirSync(join(root, name))
    for (const f of ['config.json', 'package.json']) copyFileSync(join('cloudfunctions', name, f), join(root, name, f))
    writeFileSync(join(root, name, 'index.js'), `exports.main = async () => ({ fn: '${name}' })\n`)
  }
  return root
}

async function deployed() {
  const root = functionsRoot()
  const fake = fakeManager()
  const lines: string[] = []
  const inputs = readInputs(root, ENV)
  const first = await runDeploy(fake.manager, inputs, (l) => lines.push(l))
  return { root, fake, inputs, first, lines }
}

describe('npm run deploy (fake management API)', () => {
  it('first run makes exactly the planned calls; a second run makes none and says so', async () => {
    const { fake, inputs, first, lines } = await deployed()
    const plan = planCalls(inputs, emptyState())
    expect(fake.writes()).toEqual(plan)
    expect(first).toEqual(plan)
    // Every collection, index and function of the inputs now exists, with the rule that denies clients.
    expect([...fake.collections.keys()].sort()).toEqual(inputs.collections.map((c) => c.name).sort())
    for (const c of inputs.collections) {
      expect(
        fake.collections
          .get(c.name)
          ?.map((ix) => ix.Name)
          .sort()
      ).toEqual(['_id_', ...c.indexes.map((ix) => ix.name)].sort())
      expect(fake.rules.get(c.name)).toEqual({ Permission: 'CUSTOM', SecurityRule: JSON.stringify(c.rule) })
    }
    expect(fake.functions.get('cron')?.Triggers?.map((t) => t.TriggerName)).toEqual(['everyMinute'])
    expect(lines.join('\n')).not.toContain(KEY)

    const before = fake.calls.length
    const again: string[] = []
    expect(await runDeploy(fake.manager, inputs, (l) => again.push(l))).toEqual([])
    expect(fake.writes(before)).toEqual([])
    expect(again.join('\n')).toContain('无需更改')
  })

  it('creates only a missing index, and only resets a rule changed by hand', async () => {
    const { fake, inputs } = await deployed()
    fake.collections.set(
      'volunteers',
      fake.collections.get('volunteers')!.filter((ix) => ix.Name !== 'idhash_unique')
    )
    fake.rules.set('orders', { Permission: 'READONLY' })
    const before = fake.calls.length
    await runDeploy(fake.manager, inputs)
    const writes = fake.writes(before)
    expect(
      writes.map(
        (w) => `${w.service}.${w.method}:${String(w.args[0] && typeof w.args[0] === 'object' ? (w.args[0] as { resource: string }).resource : w.args[0])}`
      )
    ).toEqual(['database.updateCollection:volunteers', 'permission.modifyResourcePermission:orders'])
    expect(writes[0].args[1]).toEqual({
      CreateIndexes: [{ IndexName: 'idhash_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'idHash', Direction: '1' }], MgoIsUnique: true } }]
    })
  })

  it('drops and recreates an index whose definition changed', async () => {
    const { fake, inputs } = await deployed()
    const indexes = fake.collections.get('communities')!
    fake.collections.set(
      'communities',
      indexes.map((ix) => (ix.Name === 'code_unique' ? { ...ix, Unique: false } : ix))
    )
    const before = fake.calls.length
    await runDeploy(fake.manager, inputs)
    expect(fake.writes(before).map((w) => [w.method, w.args[1]])).toEqual([
      ['updateCollection', { DropIndexes: [{ IndexName: 'code_unique' }] }],
      [
        'updateCollection',
        { CreateIndexes: [{ IndexName: 'code_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'code', Direction: '1' }], MgoIsUnique: true } }] }
      ]
    ])
  })

  it('re-uploads only a function whose code changed, keeps console-set variables, and repairs its triggers', async () => {
    const { root, fake } = await deployed()
    writeFileSync(join(root, 'settle', 'index.js'), 'exports.main = async () => ({ fn: "settle", v: 2 })\n')
    const settle = fake.functions.get('settle')!
    settle.Environment!.Variables!.push({ Key: 'CONSOLE_ONLY', Value: 'kept' })
    settle.Triggers = [{ TriggerName: 'every5s', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '*/9 * * * * * *' }) }]
    const inputs = readInputs(root, ENV)
    const before = fake.calls.length
    await runDeploy(fake.manager, inputs)
    const writes = fake.writes(before)
    expect(
      writes.map(
        (w) =>
          `${w.method}:${String(typeof w.args[0] === 'string' ? w.args[0] : ((w.args[0] as { func?: { name: string }; name?: string }).func?.name ?? (w.args[0] as { name: string }).name))}`
      )
    ).toEqual(['updateFunctionCode:settle', 'updateFunctionConfig:settle', 'deleteFunctionTrigger:settle', 'createFunctionTriggers:settle'])
    const vars = Object.fromEntries(fake.functions.get('settle')!.Environment!.Variables!.map((v) => [v.Key, v.Value]))
    expect(vars).toEqual({ CONSOLE_ONLY: 'kept', [CODE_SHA_VAR]: inputs.functions.find((f) => f.name === 'settle')!.codeSha })
    const after = fake.calls.length
    await runDeploy(fake.manager, inputs)
    expect(fake.writes(after)).toEqual([])
  })

  it('refuses without ID_MASTER_KEY (or with a malformed one) before any call', () => {
    const root = functionsRoot()
    expect(() => readInputs(root, { ADMIN_OPENIDS: 'o_admin_1' })).toThrow(DeployRefused)
    expect(() => readInputs(root, { ID_MASTER_KEY: 'c2hvcnQ=' })).toThrow(/32 字节/)
  })

  it('the CLI refuses without ID_MASTER_KEY, and --plan prints every call without credentials or the key', async () => {
    const run = promisify(execFile)
    const tsx = join('node_modules', '.bin', 'tsx')
    const creds = { PATH: process.env.PATH, TCB_ENV_ID: 'env-test', TENCENTCLOUD_SECRETID: 'AKIDtest', TENCENTCLOUD_SECRETKEY: 'secret-test' }
    const refused = await run(tsx, ['scripts/deploy/main.ts'], { env: creds }).then(
      () => null,
      (e: { code: number; stderr: string }) => e
    )
    expect(refused?.code).toBe(1)
    expect(refused?.stderr).toContain('缺少环境变量 ID_MASTER_KEY')
    const { stdout } = await run(tsx, ['scripts/deploy/main.ts', '--plan'], { env: { ...creds, ID_MASTER_KEY: KEY } })
    const planned = planCalls(readInputs('cloudfunctions', { ID_MASTER_KEY: KEY }, true), emptyState())
    expect(stdout.split('\n').filter((l) => /^\s*\d+\. /.test(l))).toHaveLength(planned.length)
    for (const secret of [KEY, 'AKIDtest', 'secret-test', 'env-test']) expect(stdout).not.toContain(secret)
  })
})
