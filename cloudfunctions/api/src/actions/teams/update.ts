// teams.update — a coordinator renames a team or changes its kind (one of the community's kinds open to new
// teams); the coordinator or the team's leader changes its slogan (domain/teams.ts mayEditTeam). Only the fields
// sent change; sending what is stored changes nothing and audits nothing. Audited with before and after.
import { AppError } from '../../../../../src/shared/errors'
import { teamKindsOf, type TeamEdit } from '../../../../../src/shared/domain/teams'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { recordAuditIn } from '../../repos/audit'
import { readTeamIn, updateTeamIn, type TeamDoc } from '../../repos/teams'
import { joinedTeamIds } from '../../repos/teamMembers'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { assertMayEdit, teamOfCallersCommunity } from './access'
import { teamView } from './view'

export const update = defineAction({
  action: 'teams.update',
  allow: ['volunteer', 'coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const found = await teamOfCallersCommunity(ctx, input.teamId)
    const fields = (['name', 'kind', 'slogan'] as const).filter((f) => input[f] !== undefined && input[f] !== found[f])
    assertMayEdit(ctx, found, fields satisfies TeamEdit[])
    if (input.kind !== undefined && input.kind !== found.kind && !teamKindsOf(ctx.community?.teamKinds).some((k) => k.key === input.kind && !k.retired))
      throw new AppError('BAD_INPUT', { kind: '请选择本社区可用的服务队类型' })
    await assertTextSafe(ctx.openid, { name: input.name ?? '', slogan: input.slogan ?? '' })
    const patch: Partial<TeamDoc> = Object.fromEntries(fields.map((f) => [f, input[f]]))
    try {
      const team = await inTransaction(async (t) => {
        const cur = await readTeamIn(t, found._id)
        if (!cur) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
        if (!fields.length) return cur
        await updateTeamIn(t, cur._id, { ...patch, updatedAt: ctx.now })
        const before = Object.fromEntries(fields.map((f) => [f, cur[f]]))
        const audit = { actorOpenid: ctx.openid, communityId: cur.communityId, action: 'teams.update', targetType: 'team', targetId: cur._id }
        await recordAuditIn(t, { ...audit, requestId: ctx.requestId, before, after: patch }, ctx.now)
        return { ...cur, ...patch }
      })
      return teamView(team, (await joinedTeamIds(ctx.openid, [team._id])).has(team._id), ctx.openid, ctx.community)
    } catch (e) {
      if (isDuplicateKey(e, 'community_name_unique')) throw new AppError('CONFLICT', { name: '本社区已有同名的志愿服务队' })
      throw e
    }
  }
})
