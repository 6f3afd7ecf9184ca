// volunteers.me — the caller's own registration (status, 志愿者编号, masked ID), or null.
import { findVolunteerByOpenid } from '../../repos/volunteers'
import { defineAction } from '../define'
import { selfView } from './views'

export const volunteerMe = defineAction({
  action: 'volunteers.me',
  allow: 'anyone',
  scope: 'self',
  async handler(_input, ctx) {
    const v = await findVolunteerByOpenid(ctx.openid)
    return { volunteer: v ? selfView(v, ctx.now) : null }
  }
})
