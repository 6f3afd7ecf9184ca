// records.list — a volunteer's service records, newest first, with the total of ALL their record minutes
// (honorary top-ups included) and the star level it earns. Own records by default; a coordinator or admin may
// name a volunteer of their community. The total is kept per volunteer by every record write (repos/records.ts),
// so this costs the same for 10 records or 10 000.
// Round trips: caller (router), [the named volunteer], the page joined to the total (1).
import { AppError } from '../../../../../src/shared/errors'
import { nextStar, starsFor } from '../../../../../src/shared/domain/stars'
import { pageOfRecords } from '../../repos/recordQueries'
import { defineAction, type ActionContext } from '../define'
import { recordView } from './view'
import { volunteerInScope } from '../volunteers/inScope'

export const list = defineAction({
  action: 'records.list',
  // Everyone may ask for their own (empty without records): records outlive the volunteer role.
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const openid = await whoseRecords(ctx, input.volunteerId)
    const page = await pageOfRecords(openid, input)
    return {
      items: page.items.map(recordView),
      hasMore: page.hasMore,
      totalMinutes: page.totalMinutes,
      stars: starsFor(page.totalMinutes),
      nextStar: nextStar(page.totalMinutes)
    }
  }
})

/** The OPENID whose records the caller may read: their own, or a volunteer of the community they coordinate. */
async function whoseRecords(ctx: ActionContext, volunteerId: string | undefined): Promise<string> {
  if (!volunteerId || volunteerId === ctx.volunteer?._id) return ctx.openid
  if (!ctx.user?.roles.some((r) => r === 'coordinator' || r === 'admin')) throw new AppError('FORBIDDEN')
  const v = await volunteerInScope(ctx, volunteerId, { volunteerId: '志愿者不存在' })
  return v.openid
}
