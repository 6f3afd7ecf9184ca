// communities.joinQr — the community's join 小程序码 for its notice-board poster: WeChat's
// openapi.wxacode.getUnlimited with scene = the community code and page = the join page (domain/communityAdmin.ts),
// stored once in cloud storage at a path fixed by community, code and page, and remembered on the community; later
// calls only ask for a fresh temporary URL (a new code or page makes a new image: the old poster's code is gone).
// For those who manage the community (lib/managed.ts). The first image of each code is audited (生成入驻二维码),
// once: the entry's id is fixed by community, code and page, so a replay, a regeneration or two callers at once add
// no second one (the same inputs always give the same image and the same file).
// The deployed function needs the openapi permission (cloudfunctions/api/config.json: wxacode.getUnlimited).
import { createHash } from 'crypto'
import { JOIN_PAGE } from '../../../../../src/shared/domain/communityAdmin'
import { cloud } from '../../lib/cloud'
import { managedCommunity } from '../../lib/managed'
import { tempFileUrls, uploadFile } from '../../lib/storage'
import { recordAuditOnce } from '../../repos/audit'
import { setJoinQr } from '../../repos/communities'
import { defineAction } from '../define'

/** Posters are printed and scanned for years: the URL only has to outlive the page showing it. */
const URL_MAX_AGE_S = 7200
/** release by default; a trial or develop build sets WXACODE_ENV_VERSION (then the page need not be published). */
function envVersion(): string {
  const v = process.env.WXACODE_ENV_VERSION
  return v === 'trial' || v === 'develop' ? v : 'release'
}

export const joinQr = defineAction({
  action: 'communities.joinQr',
  allow: ['admin', 'street_admin', 'coordinator'],
  scope: 'street',
  async handler(input, ctx) {
    const c = await managedCommunity(ctx, input.communityId)
    const view = (url: string) => ({ communityId: c._id, name: c.name, code: c.code, page: JOIN_PAGE, url })
    const known = c.joinQr?.code === c.code && c.joinQr.page === JOIN_PAGE ? c.joinQr.fileId : null
    if (known) {
      const [file] = await tempFileUrls([{ fileID: known, maxAge: URL_MAX_AGE_S }])
      if (file?.status === 0 && file.tempFileURL) return view(file.tempFileURL)
    }
    const release = envVersion() === 'release'
    const image = (await cloud.openapi.wxacode.getUnlimited({ scene: c.code, page: JOIN_PAGE, checkPath: release, envVersion: envVersion(), width: 430 })) as {
      contentType?: string
      buffer?: Buffer
    }
    if (!image?.buffer?.length) throw new Error('wxacode.getUnlimited returned no image')
    const ext = image.contentType === 'image/png' ? 'png' : 'jpg'
    const tag = createHash('sha256').update(`${c.code}\u0000${JOIN_PAGE}`).digest('hex').slice(0, 12)
    const fileId = await uploadFile(`community-qr/${c._id}/${c.code}-${tag}.${ext}`, image.buffer)
    await setJoinQr(c._id, { code: c.code, page: JOIN_PAGE, fileId }, ctx.now)
    const audit = {
      actorOpenid: ctx.openid,
      communityId: c._id,
      action: 'communities.joinQr',
      targetType: 'community',
      targetId: c._id,
      requestId: ctx.requestId
    }
    await recordAuditOnce(`communities.joinQr:${c._id}:${tag}`, { ...audit, after: { code: c.code } }, ctx.now)
    const [file] = await tempFileUrls([{ fileID: fileId, maxAge: URL_MAX_AGE_S }])
    if (!file?.tempFileURL) throw new Error('getTempFileURL gave no URL for the join code')
    return view(file.tempFileURL)
  }
})
