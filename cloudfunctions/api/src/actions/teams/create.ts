// teams.create — a coordinator founds a volunteer team (志愿服务队) in their own community (audited). Names are unique within
// a community by the index community_name_unique (the insert decides; no read-then-write race).
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { callerCommunity } from '../../lib/scope'
import { insertTeam, type TeamDoc } from '../../repos/teams'
import { defineAction } from '../define'
import { teamView } from './view'
import { recordAudit } from '../../repos/audit'

export const create = defineAction({
  action: 'teams.create',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    await assertTextSafe(ctx.openid, { name: input.name, slogan: input.slogan })
    const doc: Omit<TeamDoc, '_id'> = {
      communityId,
      name: input.name,
      kind: input.kind,
      slogan: input.slogan,
      memberCount: 0,
      createdBy: ctx.openid,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    try {
      const id = await insertTeam(doc)
      await recordAudit(
        {
          actorOpenid: ctx.openid,
          communityId,
          action: 'teams.create',
          targetType: 'team',
          targetId: id,
          requestId: ctx.requestId,
          after: { name: doc.name, kind: doc.kind }
        },
        ctx.now
      )
      return teamView({ ...doc, _id: id }, false)
    } catch (e) {
      if (isDuplicateKey(e, 'community_name_unique')) throw new AppError('CONFLICT', { name: '本社区已有同名的志愿服务队' })
      throw e
    }
  }
})
