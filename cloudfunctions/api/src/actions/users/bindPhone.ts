// users.bindPhone — exchanges a getPhoneNumber button code for the number (WeChat openapi, server side: the
// client never sends a number we would have to trust), stores it with its keyed hash, replies masked.
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { cloud } from '../../lib/cloud'
import { hashPhone, maskPhone } from '../../lib/phone'
import { setPhone } from '../../repos/users'
import { defineAction } from '../define'

// WeChat errcodes meaning "this code is no good": 40029 invalid code, 40163 code already used.
const BAD_CODE_ERRORS = new Set([40029, 40163])

async function phoneFromCode(code: string): Promise<string> {
  const invalid = () => new AppError('PHONE_CODE_INVALID', { code: messageFor('PHONE_CODE_INVALID') })
  try {
    const res = await cloud.openapi.phonenumber.getPhoneNumber({ code })
    const phone: unknown = res?.phoneInfo?.purePhoneNumber ?? res?.phoneInfo?.phoneNumber
    if (typeof phone !== 'string' || !/^\d{6,15}$/.test(phone)) throw invalid()
    return phone
  } catch (e) {
    if (e instanceof AppError) throw e
    if (BAD_CODE_ERRORS.has(Number((e as { errCode?: number })?.errCode))) throw invalid()
    throw e // WeChat unavailable and the like: INTERNAL, the user may retry
  }
}

export const bindPhone = defineAction({
  action: 'users.bindPhone',
  allow: ROLES, // any signed-up user
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const phone = await phoneFromCode(input.code)
    await setPhone(ctx.openid, phone, hashPhone(phone), ctx.now)
    return { phoneMasked: maskPhone(phone) }
  }
})
