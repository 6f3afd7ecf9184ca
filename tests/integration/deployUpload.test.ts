// `npm run upload`: options from env and git, refusals, and the miniprogram-ci calls (a recording fake; no network).
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { UploadRefused, uploadOptions, type GitFacts } from '../../scripts/upload/options'
import { QR_PATH, runUpload, type CiLike } from '../../scripts/upload/run'

const GIT: GitFacts = { sha: 'abc1234', subject: '订单：志愿者签到', commitCount: 42, dirty: false }
const ENV = { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: '/keys/private.wx0123.key', CLOUD_ENV: 'prod-7g1x' }

function builtProject(env: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-'))
  writeFileSync(join(dir, 'app.json'), '{"pages":["pages/index/index"]}')
  writeFileSync(join(dir, 'app.js'), `wx.cloud.init({env:${JSON.stringify(env)},traceUser:!0})`)
  return dir
}

function fakeCi() {
  const calls: Array<{ method: string; options: Record<string, unknown> }> = []
  class Project {
    constructor(public options: Record<string, unknown>) {
      calls.push({ method: 'Project', options })
    }
  }
  const ci: CiLike<Project> = {
    Project,
    upload: async (options) => calls.push({ method: 'upload', options: { ...options, project: options.project.options } }),
    preview: async (options) => calls.push({ method: 'preview', options: { ...options, project: options.project.options } })
  }
  return { ci, calls }
}

describe('npm run upload', () => {
  it('labels the version from git: a tag, else package version and commit count; description names the commit and env', () => {
    const o = uploadOptions([], ENV, GIT, '0.1.0', 'dist/weapp')
    expect(o).toMatchObject({ mode: 'upload', version: '0.1.0.42', desc: '订单：志愿者签到 · abc1234 · prod-7g1x', robot: 1 })
    expect(uploadOptions([], ENV, { ...GIT, tag: 'v1.2.0' }, '0.1.0', 'dist/weapp').version).toBe('1.2.0')
    expect(uploadOptions([], ENV, { ...GIT, subject: '长'.repeat(300) }, '0.1.0', 'dist/weapp').desc.length).toBeLessThanOrEqual(100)
  })

  it('refuses without app id, key or CLOUD_ENV, with the placeholder env, and a dirty tree for an upload (not a preview)', () => {
    for (const key of Object.keys(ENV)) {
      const env: Record<string, string> = { ...ENV }
      delete env[key]
      expect(() => uploadOptions([], env, GIT, '0.1.0', 'dist/weapp')).toThrow(new RegExp(`缺少环境变量 ${key}`))
    }
    expect(() => uploadOptions([], { ...ENV, CLOUD_ENV: 'cloud1-placeholder' }, GIT, '0.1.0', 'dist/weapp')).toThrow(UploadRefused)
    expect(() => uploadOptions([], { ...ENV, WX_CI_ROBOT: '31' }, GIT, '0.1.0', 'dist/weapp')).toThrow(/1–30/)
    const dirty = { ...GIT, dirty: true }
    expect(() => uploadOptions([], ENV, dirty, '0.1.0', 'dist/weapp')).toThrow(/未提交/)
    expect(uploadOptions(['--allow-dirty'], ENV, dirty, '0.1.0', 'dist/weapp').desc).toContain('含未提交修改')
    expect(uploadOptions(['--preview'], ENV, dirty, '0.1.0', 'dist/weapp').mode).toBe('preview')
  })

  it('uploads the build with miniprogram-ci, or previews it to a QR code', async () => {
    const dir = builtProject(ENV.CLOUD_ENV)
    const up = fakeCi()
    await runUpload(up.ci, uploadOptions([], ENV, GIT, '0.1.0', dir))
    expect(up.calls.map((c) => c.method)).toEqual(['Project', 'upload'])
    expect(up.calls[0].options).toMatchObject({ appid: ENV.WX_APPID, type: 'miniProgram', projectPath: dir, privateKeyPath: ENV.WX_PRIVATE_KEY_PATH })
    expect(up.calls[1].options).toMatchObject({ version: '0.1.0.42', desc: '订单：志愿者签到 · abc1234 · prod-7g1x', robot: 1 })
    const pre = fakeCi()
    await runUpload(pre.ci, uploadOptions(['--preview'], ENV, GIT, '0.1.0', dir))
    expect(pre.calls.map((c) => c.method)).toEqual(['Project', 'preview'])
    expect(pre.calls[1].options).toMatchObject({ qrcodeFormat: 'image', qrcodeOutputDest: QR_PATH })
  })

  it('refuses a build compiled for another CloudBase environment, before any miniprogram-ci call', async () => {
    const { ci, calls } = fakeCi()
    await expect(runUpload(ci, uploadOptions([], ENV, GIT, '0.1.0', builtProject('cloud1-placeholder')))).rejects.toThrow(/找不到云开发环境 prod-7g1x/)
    expect(calls).toEqual([])
  })

  it('the CLI refuses without its variables and --plan prints the label without building', async () => {
    const run = promisify(execFile)
    const tsx = join('node_modules', '.bin', 'tsx')
    const refused = await run(tsx, ['scripts/upload/main.ts'], { env: { PATH: process.env.PATH } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e
    )
    expect(refused?.code).toBe(1)
    expect(refused?.stderr).toContain('缺少环境变量 WX_APPID, WX_PRIVATE_KEY_PATH, CLOUD_ENV')
    const { stdout } = await run(tsx, ['scripts/upload/main.ts', '--preview', '--plan'], { env: { PATH: process.env.PATH, ...ENV } })
    expect(stdout).toMatch(/^preview appid=wx0123456789abcdef version=\S+ robot=1 CLOUD_ENV=prod-7g1x/)
    expect(stdout).not.toContain(ENV.WX_PRIVATE_KEY_PATH)
  })
})
