// communities.updateCertificateInfo — a coordinator sets who signs their community's certificates (负责人, 经办人,
// 联系方式, 民发〔2015〕149号). The text is printed on certificates, so it passes content security. Certificates
// already issued keep the names they were issued with. Audited.
// Round trips: caller (router, with the community), update (1), audit (1).
import { assertTextSafe } from '../../lib/contentCheck'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { setCertificateInfo } from '../../repos/communities'
import { defineAction } from '../define'

export const updateCertificateInfo = defineAction({
  action: 'communities.updateCertificateInfo',
  allow: ['coordinator'],
  scope: 'community',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    await assertTextSafe(ctx.openid, input)
    const info = { personInCharge: input.personInCharge, handler: input.handler, contact: input.contact }
    await setCertificateInfo(communityId, info, ctx.now)
    await recordAudit(
      {
        actorOpenid: ctx.openid,
        communityId,
        action: 'communities.updateCertificateInfo',
        targetType: 'community',
        targetId: communityId,
        requestId: ctx.requestId,
        before: { certificateInfo: ctx.community?.certificateInfo ?? null },
        after: { certificateInfo: info }
      },
      ctx.now
    )
    return info
  }
})
