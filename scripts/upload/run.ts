// Builds the weapp for production against CLOUD_ENV, checks the bundle really carries that environment, then
// uploads it (a version for 体验版 / review) or previews it (a QR code) with miniprogram-ci.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { UploadOptions } from './options'
import { UploadRefused } from './options'

type Setting = { es6?: boolean; minify?: boolean; minifyJS?: boolean; minifyWXML?: boolean; minifyWXSS?: boolean; autoPrefixWXSS?: boolean }
interface SendOptions<P> {
  project: P
  version: string
  desc?: string
  robot?: number
  setting?: Setting
  onProgressUpdate?: (task: unknown) => void
}
/** The slice of miniprogram-ci used (tsc checks the real module against it), so tests can hand in a recording fake. */
export interface CiLike<P> {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => P
  upload(options: SendOptions<P>): Promise<unknown>
  preview(options: SendOptions<P> & { qrcodeFormat?: 'base64' | 'image' | 'terminal'; qrcodeOutputDest?: string }): Promise<unknown>
}

// Taro already transpiles and minifies; the settings mirror project.config.json (es6 off, minified).
const SETTING: Setting = { es6: false, minify: true, minifyJS: true, minifyWXML: true, minifyWXSS: true, autoPrefixWXSS: true }
export const QR_PATH = 'test-results/preview-qrcode.png'

/** The environment id is compiled into app.js (defineConstants.CLOUD_ENV): refuse a build made for another one. */
export function checkBuild(projectPath: string, cloudEnv: string): void {
  if (!existsSync(join(projectPath, 'app.json'))) throw new UploadRefused(`${projectPath} 中没有 app.json：构建失败？`)
  const js = readdirSync(projectPath).filter((f) => f.endsWith('.js'))
  if (!js.some((f) => readFileSync(join(projectPath, f), 'utf8').includes(JSON.stringify(cloudEnv)))) {
    throw new UploadRefused(`构建产物中找不到云开发环境 ${cloudEnv}：请用 CLOUD_ENV=${cloudEnv} 重新构建`)
  }
}

export async function runUpload<P>(ci: CiLike<P>, o: UploadOptions, log: (line: string) => void = () => undefined): Promise<void> {
  checkBuild(o.projectPath, o.cloudEnv)
  const project = new ci.Project({
    appid: o.appid,
    type: 'miniProgram',
    projectPath: o.projectPath,
    privateKeyPath: o.privateKeyPath,
    ignores: ['node_modules/**/*']
  })
  const common = { project, version: o.version, desc: o.desc, robot: o.robot, setting: SETTING, onProgressUpdate: () => undefined }
  log(`${o.mode === 'preview' ? '预览 preview' : '上传 upload'} ${o.appid} 版本 version ${o.version} — ${o.desc}`)
  if (o.mode === 'preview') {
    await ci.preview({ ...common, qrcodeFormat: 'image', qrcodeOutputDest: QR_PATH })
    log(`预览二维码 preview QR code: ${QR_PATH}`)
  } else {
    await ci.upload(common)
    log('已上传：在 微信公众平台 → 版本管理 中设为体验版或提交审核 / Uploaded: set it as 体验版 or submit it for review in the console.')
  }
}
