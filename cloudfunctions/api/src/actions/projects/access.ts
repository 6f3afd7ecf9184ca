// Loading a project for an action: it must exist and belong to the caller's community (admins: any). Projects
// not yet published (declared, rejected) are visible to coordinators and admins only.
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { findProject, type ProjectDoc } from '../../repos/projects'
import { signUpsOf, waitlistPosition } from '../../repos/projectSignups'
import type { ActionContext } from '../define'
import { signUpView } from './view'
import type { SignUpView } from '../../../../../src/shared/contracts'

export const isStaff = (ctx: ActionContext) => !!ctx.user && (ctx.user.roles.includes('coordinator') || ctx.user.roles.includes('admin'))

export async function loadProject(ctx: ActionContext, projectId: string): Promise<ProjectDoc> {
  const p = await findProject(projectId)
  if (!p) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
  assertSameCommunity(ctx, p.communityId)
  if (!isStaff(ctx) && (p.status === 'declared' || p.status === 'rejected')) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
  return p
}

/** The caller's sign-ups to these projects, with their waitlist positions, by project id. */
export async function mySignUps(ctx: ActionContext, projectIds: string[]): Promise<Map<string, SignUpView>> {
  const mine = await signUpsOf(ctx.openid, projectIds)
  const views = await Promise.all(mine.map(async (s) => signUpView(s, s.status === 'waitlisted' ? await waitlistPosition(s.projectId, s.seq) : null)))
  return new Map(views.map((v) => [v.projectId, v]))
}
