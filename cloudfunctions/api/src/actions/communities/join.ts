// communities.join — join a community by its code (typed, or the QR scene value), or move to it. A user belongs
// to one community at a time. What a move does, and why (what people expect when they move house):
// - 'coordinator' is dropped: it was granted for the old community, and community scope follows the user's
//   communityId, so keeping it would silently make them a coordinator of the new one;
// - 'volunteer' is dropped too: it comes from the old community's review (the volunteer number carries its
//   code) and the new community has not vetted them. Their registration, number and hours stay on record;
//   serving in the new community needs its coordinator's review;
// - memberships of the old community's teams end, each team's memberCount kept right;
// - 'resident' stays, a stored 'admin' (global) stays; family links are personal and stay.
// All of it lands in one transaction with an audit entry (before/after community and roles); joining for the
// first time is audited the same way. Joining the community one is already in changes nothing.
import { residentMovedBumps } from '../../../../../src/shared/domain/stats'
import { applyBumpsIn } from '../../repos/statsRollups'
import { AppError } from '../../../../../src/shared/errors'
import { ROLES, type Role } from '../../../../../src/shared/domain/roles'
import { recordAuditIn } from '../../repos/audit'
import { findCommunityByCode } from '../../repos/communities'
import { membershipsOf, removeMembershipIn } from '../../repos/teamMembers'
import { memberLeftIn } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { readUserIn, setAccessIn } from '../../repos/users'
import { defineAction } from '../define'
import { communityView } from './view'

const COMMUNITY_BOUND_ROLES: readonly Role[] = ['coordinator', 'volunteer']

export const join = defineAction({
  action: 'communities.join',
  allow: ROLES, // any signed-up user
  scope: 'self',
  async handler(input, ctx) {
    const community = await findCommunityByCode(input.code)
    if (!community) throw new AppError('NOT_FOUND', { code: '没有找到这个社区编码，请核对后重新输入' })
    if (ctx.user!.communityId === community._id) return communityView(community)
    // Looked up before the transaction (no queries inside one); memberships made meanwhile are a negligible race.
    const memberships = ctx.user!.communityId ? await membershipsOf(ctx.openid) : []
    await inTransaction(async (t) => {
      const user = await readUserIn(t, ctx.openid)
      if (!user) throw new AppError('NOT_FOUND')
      if (user.communityId === community._id) return // a concurrent join got there first
      const roles = user.communityId ? user.roles.filter((r) => !COMMUNITY_BOUND_ROLES.includes(r)) : user.roles
      await setAccessIn(t, ctx.openid, { communityId: community._id, roles }, ctx.now)
      // 工作台: residents of each community (a user counts where their community is).
      if (user.communityId) await applyBumpsIn(t, user.communityId, residentMovedBumps(-1), ctx.now)
      await applyBumpsIn(t, community._id, residentMovedBumps(1), ctx.now)
      for (const m of memberships) {
        if (m.communityId !== community._id && (await removeMembershipIn(t, m._id))) await memberLeftIn(t, m.teamId, ctx.openid, ctx.now)
      }
      const audit = {
        actorOpenid: ctx.openid,
        communityId: community._id,
        action: 'communities.join',
        targetType: 'user',
        targetId: ctx.openid,
        requestId: ctx.requestId
      }
      await recordAuditIn(t, { ...audit, before: { communityId: user.communityId, roles: user.roles }, after: { communityId: community._id, roles } }, ctx.now)
    })
    return communityView(community)
  }
})
