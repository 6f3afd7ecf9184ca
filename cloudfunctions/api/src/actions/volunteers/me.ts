// volunteers.me — the caller's own registration in their current community (status, 志愿者编号, masked ID),
// or null — also after a move: the old community's approval does not carry over (see communities/join.ts),
// and registering again in the new community reuses the record.
import { findVolunteerByOpenid } from '../../repos/volunteers'
import { defineAction } from '../define'
import { selfView } from './views'

export const volunteerMe = defineAction({
  action: 'volunteers.me',
  allow: 'anyone',
  scope: 'self',
  async handler(_input, ctx) {
    const v = await findVolunteerByOpenid(ctx.openid)
    return { volunteer: v && v.communityId === ctx.user?.communityId ? selfView(v, ctx.now) : null }
  }
})
