// volunteers.register — real-name registration (条例 art 7) in the caller's community, pending review.
// Replays are safe: the same person registering again gets their existing record back. Round trips: caller with
// their own record (router), rate limit (1), insert (1). Nothing is written unless every check has passed.
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { db } from '../../lib/cloud'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { encryptIdNumber, hashIdNumber } from '../../lib/idCrypto'
import { callerCommunity } from '../../lib/scope'
import { findVolunteerByOpenid, insertVolunteer, resubmitVolunteer, type VolunteerDoc } from '../../repos/volunteers'
import { defineAction } from '../define'
import { assertCategories } from '../../lib/categories'
import { checkIdentity } from './checkIdentity'
import { selfView } from './views'

export const register = defineAction({
  action: 'volunteers.register',
  rateLimit: 'volunteers.register',
  allow: ['resident'],
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const { info, masked, minor } = checkIdentity(input.idNumber, input.guardian !== null, ctx.now)
    const idHash = hashIdNumber(info.number)
    await assertTextSafe(ctx.openid, { realName: input.realName, serviceArea: input.serviceArea })
    const existing = ctx.volunteer // the router's caller read joins the caller's own record
    // A record from the community the caller has since left counts as a new application here.
    if (existing && existing.status !== 'rejected' && existing.communityId === communityId) {
      if (existing.idHash !== idHash) throw new AppError('CONFLICT', { idNumber: '您已用另一身份证号码注册，如需更正请联系社区' })
      return selfView(existing, ctx.now) // a replay (e.g. a retry on a weak network)
    }
    assertCategories(ctx, input.skills, 'skills')
    const fields: Omit<VolunteerDoc, '_id'> = {
      openid: ctx.openid,
      communityId,
      realName: input.realName,
      idCipher: encryptIdNumber(info.number),
      idHash,
      idMasked: masked,
      birthDate: info.birthDate,
      gender: info.gender,
      phone: input.phone,
      skills: input.skills,
      availability: input.availability,
      serviceArea: input.serviceArea,
      serviceLocation: input.serviceLocation ? new db.Geo.Point(input.serviceLocation.longitude, input.serviceLocation.latitude) : null,
      guardian:
        minor && input.guardian
          ? { name: input.guardian.name, phone: input.guardian.phone, relation: input.guardian.relation, consentAt: ctx.now, verified: false }
          : null,
      status: 'pending',
      volunteerNo: null,
      rejectReason: null,
      reviewedBy: null,
      reviewedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    try {
      if (!existing) return selfView({ _id: await insertVolunteer(fields), ...fields }, ctx.now)
      if (existing.idHash !== idHash && existing.status !== 'rejected')
        throw new AppError('CONFLICT', { idNumber: '您已用另一身份证号码注册，如需更正请联系社区' })
      if (!(await resubmitVolunteer(existing, { ...fields, createdAt: existing.createdAt }))) throw new AppError('CONFLICT')
      return selfView({ ...existing, ...fields, createdAt: existing.createdAt }, ctx.now)
    } catch (e) {
      if (isDuplicateKey(e, 'idhash_unique')) throw new AppError('ALREADY_REGISTERED', { idNumber: messageFor('ALREADY_REGISTERED') })
      const raced = isDuplicateKey(e, 'openid_unique') ? await findVolunteerByOpenid(ctx.openid) : null
      if (raced && raced.idHash === idHash) return selfView(raced, ctx.now)
      throw e
    }
  }
})
