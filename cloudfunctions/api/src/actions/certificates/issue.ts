// certificates.issue — an approved volunteer asks for a certificate (志愿服务记录证明, free) of their records in a
// date range. It is issued by their community, for the records it organized (谁记录谁证明), with the fields of
// 民发〔2015〕149号: the ID number only masked, services summed by content, signatories from the community's
// certificateInfo or defaults. Replaying a requestId returns the first certificate: the insert meets the unique
// (volunteer, requestId) index and reads the first one (insertCertificate), so a first request pays no replay check.
// Round trips: caller (router), rate limit (1), [community], sums (1), [a coordinator's name], insert (1).
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { insertCertificate, findByRequest } from '../../repos/certificates'
import { findCommunity } from '../../repos/communities'
import { aCoordinatorName } from '../../repos/coordinators'
import { sumByContent } from '../../repos/recordQueries'
import { defineAction } from '../define'
import { assertRange, certificateNumber, newVerifyCode } from './issuing'
import { certificateView } from './view'

export const issue = defineAction({
  action: 'certificates.issue',
  rateLimit: 'certificates.issue',
  allow: ['volunteer'],
  scope: 'self',
  async handler(input, ctx) {
    const v = ctx.volunteer
    if (!v || v.status !== 'approved') throw new AppError('FORBIDDEN')
    assertRange(input.from, input.to, shanghaiDay(ctx.now))
    const community = ctx.community?._id === v.communityId ? ctx.community : await findCommunity(v.communityId)
    if (!community) throw new AppError('NOT_IN_COMMUNITY')
    const services = await sumByContent(ctx.openid, community._id, input.from, input.to)
    if (services.length === 0) {
      const replayed = await findByRequest(ctx.openid, input.requestId) // records corrected away since the first one?
      if (replayed) return certificateView(replayed)
      throw new AppError('NO_RECORDS_IN_RANGE')
    }
    const info = community.certificateInfo
    const issued = await insertCertificate(
      {
        volunteerOpenid: ctx.openid,
        requestId: input.requestId,
        communityId: community._id,
        verifyCode: newVerifyCode(),
        volunteerName: v.realName,
        idType: '居民身份证',
        idMasked: v.idMasked,
        volunteerNo: v.volunteerNo,
        from: input.from,
        to: input.to,
        totalMinutes: services.reduce((sum, s) => sum + s.minutes, 0),
        services,
        issuer: community.name,
        personInCharge: info?.personInCharge ?? '社区负责人',
        handler: info?.handler ?? (await aCoordinatorName(community._id)) ?? '社区工作人员',
        contact: info?.contact ?? '请咨询社区',
        issuedAt: ctx.now
      },
      () => certificateNumber(community.code, ctx.now)
    )
    return certificateView(issued)
  }
})
