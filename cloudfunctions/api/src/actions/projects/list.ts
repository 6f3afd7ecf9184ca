// projects.list — the caller's community's projects, newest first: published and completed ones for everybody,
// declared and rejected ones too for coordinators (and admins), each with the caller's own sign-up.
// Round trips: caller (router), projects (1), own sign-ups (1), a position count per waitlisted sign-up.
import { callerCommunity } from '../../lib/scope'
import { listProjects, type ProjectStatus } from '../../repos/projects'
import { defineAction } from '../define'
import { isStaff, mySignUps } from './access'
import { projectView } from './view'

export const list = defineAction({
  action: 'projects.list',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const visible: ProjectStatus[] = isStaff(ctx) ? ['declared', 'published', 'rejected', 'completed'] : ['published', 'completed']
    const statuses = input.status ? visible.filter((s) => s === input.status) : visible
    if (statuses.length === 0) return { items: [], hasMore: false }
    const found = await listProjects(communityId, statuses, input.offset, input.limit + 1)
    const page = found.slice(0, input.limit)
    const mine = await mySignUps(
      ctx,
      page.map((p) => p._id)
    )
    return { items: page.map((p) => projectView(p, mine.get(p._id) ?? null)), hasMore: found.length > input.limit }
  }
})
