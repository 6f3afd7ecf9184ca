// What `npm run upload` sends to WeChat: the app id, the 代码上传密钥 file, the CloudBase environment compiled into
// the build, and a version and description taken from git — so the version in the 微信公众平台 console names the
// commit it was built from. Pure: git facts and env come in as arguments (tests pass their own).
export interface GitFacts {
  sha: string
  subject: string
  commitCount: number
  /** A tag pointing at HEAD, if any (v1.2.3 → version 1.2.3). */
  tag?: string
  dirty: boolean
}
export interface UploadOptions {
  mode: 'upload' | 'preview'
  appid: string
  privateKeyPath: string
  cloudEnv: string
  version: string
  desc: string
  robot: number
  projectPath: string
}

export class UploadRefused extends Error {}

const PLACEHOLDER_ENV = 'cloud1-placeholder'
const DESC_MAX = 100

export function uploadOptions(argv: string[], env: NodeJS.ProcessEnv, git: GitFacts, pkgVersion: string, projectPath: string): UploadOptions {
  const mode = argv.includes('--preview') ? 'preview' : 'upload'
  const missing = ['WX_APPID', 'WX_PRIVATE_KEY_PATH', 'CLOUD_ENV'].filter((k) => !env[k])
  if (missing.length) throw new UploadRefused(`缺少环境变量 ${missing.join(', ')}：拒绝上传。See README「上传小程序 / Upload the mini-program」.`)
  const cloudEnv = env.CLOUD_ENV as string
  if (cloudEnv === PLACEHOLDER_ENV) throw new UploadRefused(`CLOUD_ENV 仍是占位值 ${PLACEHOLDER_ENV}：请填写云开发环境 ID`)
  // An upload becomes a version in the console: it must name a commit exactly. A preview may come from work in progress.
  if (mode === 'upload' && git.dirty && !argv.includes('--allow-dirty')) {
    throw new UploadRefused('工作区有未提交的修改：上传的版本将无法对应到提交。请先提交，或加 --allow-dirty')
  }
  const robot = Number(env.WX_CI_ROBOT ?? 1)
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) throw new UploadRefused('WX_CI_ROBOT 必须是 1–30 的整数')
  const version = git.tag ? git.tag.replace(/^v/, '') : `${pkgVersion}.${git.commitCount}`
  const desc = `${git.subject} · ${git.sha}${git.dirty ? ' · 含未提交修改' : ''} · ${cloudEnv}`
  return {
    mode,
    appid: env.WX_APPID as string,
    privateKeyPath: env.WX_PRIVATE_KEY_PATH as string,
    cloudEnv,
    version,
    desc: desc.length > DESC_MAX ? `${desc.slice(0, DESC_MAX - 1)}…` : desc,
    robot,
    projectPath
  }
}
