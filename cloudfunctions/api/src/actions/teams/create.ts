// teams.create — a coordinator founds a volunteer team (志愿服务队) in their own community and leads it until handing
// over to a member (domain/teams.ts). The kind must be one of the community's kinds still open to new teams. The
// _id comes from the coordinator and the call's requestId, so a retried create returns the first team and audits
// nothing twice. Names are unique within a community by the index community_name_unique (the insert decides).
import { AppError } from '../../../../../src/shared/errors'
import { teamKindsOf } from '../../../../../src/shared/domain/teams'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { insertTeamOnce, teamIdFor, type TeamDoc } from '../../repos/teams'
import { defineAction } from '../define'
import { teamView } from './view'

export const create = defineAction({
  action: 'teams.create',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    if (!teamKindsOf(ctx.community?.teamKinds).some((k) => k.key === input.kind && !k.retired))
      throw new AppError('BAD_INPUT', { kind: '请选择本社区可用的服务队类型' })
    await assertTextSafe(ctx.openid, { name: input.name, slogan: input.slogan })
    const doc: TeamDoc = {
      _id: teamIdFor(ctx.openid, ctx.requestId),
      communityId,
      name: input.name,
      kind: input.kind,
      slogan: input.slogan,
      memberCount: 0,
      leaderOpenid: ctx.openid,
      // Shown to every member of the community: a volunteer's real name, else the role — never a WeChat nickname.
      leaderName: ctx.volunteer?.communityId === communityId && ctx.volunteer.status === 'approved' ? ctx.volunteer.realName : '社区协调员',
      categories: [],
      createdBy: ctx.openid,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    try {
      const { team, created } = await insertTeamOnce(doc)
      if (created) {
        const audit = { actorOpenid: ctx.openid, communityId, action: 'teams.create', targetType: 'team', targetId: team._id, requestId: ctx.requestId }
        await recordAudit({ ...audit, after: { name: doc.name, kind: doc.kind } }, ctx.now)
      }
      return teamView(team, false, ctx.openid, ctx.community)
    } catch (e) {
      if (isDuplicateKey(e, 'community_name_unique')) throw new AppError('CONFLICT', { name: '本社区已有同名的志愿服务队' })
      throw e
    }
  }
})
