// teams.assignCategories — a coordinator sets the service categories a team serves (一个团队提供一项专业服务). From
// then on, orders of those categories go to the team's members first (domain/teams.ts teamFirst*). Each key must
// be in the community's catalogue (CATEGORY_UNKNOWN otherwise). The team's list and the community's summary
// (teamServes: category → teams, read by the pool and candidates with the community) change in ONE transaction, so
// they never disagree; saving the same list again changes nothing. Audited with before and after.
import { AppError } from '../../../../../src/shared/errors'
import { unknownCategories } from '../../../../../src/shared/domain/order'
import type { TeamServes } from '../../../../../src/shared/domain/teams'
import { recordAuditIn } from '../../repos/audit'
import { joinedTeamIds } from '../../repos/teamMembers'
import { readCommunityTeamFieldsIn, readTeamIn, setTeamServesIn, updateTeamIn } from '../../repos/teams'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { assertMayEdit, teamOfCallersCommunity } from './access'
import { teamView } from './view'

/** The summary with `teamId` serving exactly `categories` (other teams untouched; empty categories dropped). */
function withTeam(serves: TeamServes, teamId: string, categories: string[]): TeamServes {
  const next: Record<string, string[]> = {}
  for (const [c, teams] of Object.entries(serves)) {
    const others = (teams ?? []).filter((t) => t !== teamId)
    if (others.length) next[c] = others
  }
  for (const c of categories) next[c] = [...(next[c] ?? []), teamId]
  return next
}

export const assignCategories = defineAction({
  action: 'teams.assignCategories',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const found = await teamOfCallersCommunity(ctx, input.teamId)
    assertMayEdit(ctx, found, ['categories'])
    const categories = [...new Set(input.categories)]
    const unknown = unknownCategories(categories, ctx.community?.catalog)
    if (unknown.length) throw new AppError('CATEGORY_UNKNOWN', { categories: '本社区没有这项服务，请刷新后重新选择' })
    const team = await inTransaction(async (t) => {
      const cur = await readTeamIn(t, found._id)
      const community = await readCommunityTeamFieldsIn(t, found.communityId)
      if (!cur || !community) throw new AppError('NOT_FOUND', { teamId: '志愿服务队不存在' })
      const before = cur.categories ?? []
      if (before.length === categories.length && before.every((c) => categories.includes(c))) return cur
      await updateTeamIn(t, cur._id, { categories, updatedAt: ctx.now })
      await setTeamServesIn(t, cur.communityId, withTeam(community.teamServes ?? {}, cur._id, categories), ctx.now)
      const audit = { actorOpenid: ctx.openid, communityId: cur.communityId, action: 'teams.assignCategories', targetType: 'team', targetId: cur._id }
      await recordAuditIn(t, { ...audit, requestId: ctx.requestId, before: { categories: before }, after: { categories } }, ctx.now)
      return { ...cur, categories }
    })
    return teamView(team, (await joinedTeamIds(ctx.openid, [team._id])).has(team._id), ctx.openid, ctx.community)
  }
})
