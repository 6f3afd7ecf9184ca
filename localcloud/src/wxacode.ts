// Local stand-in for `openapi.wxacode.getUnlimited` (小程序码, unlimited by scene). WeChat draws a round 小程序码 only
// its own scanner reads; locally we draw an ordinary QR code that ENCODES THE SCENE, so a test (or a person with
// any QR reader) can check what a printed poster will do. Call and reply shapes are the SDK's: the call takes the
// camelCase fields (scene, page, checkPath, envVersion, width, …) and a success is an image reply
// `{ contentType, buffer, errMsg, errCode: 0 }` (wx-server-sdk's generic openapi returns binary replies so).
// Errors mirror WeChat's codes for what the local cloud can tell: 40169 bad scene, 41030 bad page, 40097 bad args.
import QRCode from 'qrcode'

/** WeChat: at most 32 visible characters from this set (others must be encoded by the caller). */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
/** A page path as getUnlimited takes it: no leading '/', no query (parameters travel in the scene). */
const PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/
const ENV_VERSIONS = ['release', 'trial', 'develop']

export interface GetUnlimitedParams {
  scene?: string
  page?: string
  checkPath?: boolean
  envVersion?: string
  width?: number
  autoColor?: boolean
  lineColor?: { r: number; g: number; b: number }
  isHyaline?: boolean
}

type Fail = (api: string, errCode: number, message: string) => never

export function localWxacode(fail: Fail) {
  const api = 'wxacode.getUnlimited'
  return {
    async getUnlimited(params: GetUnlimitedParams) {
      const scene = params?.scene
      if (typeof scene !== 'string' || !SCENE.test(scene)) fail(api, 40169, 'invalid length for scene, or the data is not json string')
      if (params.page !== undefined && (typeof params.page !== 'string' || !PAGE.test(params.page))) fail(api, 41030, 'invalid page rid')
      if (params.envVersion !== undefined && !ENV_VERSIONS.includes(params.envVersion)) fail(api, 40097, 'invalid args')
      const width = params.width ?? 430
      if (!Number.isInteger(width) || width < 280 || width > 1280) fail(api, 40097, 'invalid args')
      const buffer = await QRCode.toBuffer(scene!, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width })
      return { contentType: 'image/png', buffer, errMsg: `openapi.${api}:ok`, errCode: 0 }
    }
  }
}
