// projects.complete — a coordinator finishes a published project: the project moves to completed (one conditional
// update; from then on nobody can sign up or cancel, since those transactions conflict on the project document),
// then each confirmed participant gets one service record (source 'project', minutes = the project's session
// minutes) with an id fixed by (project, volunteer). A replay — or a retry after a crash between the two steps —
// writes the missing records and nothing more.
import { AppError } from '../../../../../src/shared/errors'
import { recordAudit } from '../../repos/audit'
import { findProject, moveProject, type ProjectDoc } from '../../repos/projects'
import { signUpsIn } from '../../repos/projectSignups'
import { writeProjectRecord } from '../../repos/records'
import { defineAction } from '../define'
import { loadProject } from './access'
import { projectView } from './view'

const BATCH = 10

export const complete = defineAction({
  action: 'projects.complete',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    let p: ProjectDoc = await loadProject(ctx, input.projectId)
    if (p.status === 'published') {
      const patch = { status: 'completed' as const, completedBy: ctx.openid, completedAt: ctx.now, updatedAt: ctx.now }
      if (await moveProject(p._id, 'published', patch)) {
        await recordAudit({ actorOpenid: ctx.openid, action: 'projects.complete', targetType: 'project', targetId: p._id, requestId: ctx.requestId, before: { status: 'published' }, after: { status: 'completed', confirmedCount: p.confirmedCount } }, ctx.now)
      }
      p = (await findProject(p._id)) ?? p
    }
    if (p.status !== 'completed') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    const participants = await signUpsIn(p._id, 'confirmed')
    const startsAt = p.sessions[0]?.startsAt ?? p.createdAt
    let recordsWritten = 0
    for (let i = 0; i < participants.length; i += BATCH) {
      const done = await Promise.all(participants.slice(i, i + BATCH).map((s) => writeProjectRecord({
        projectId: p._id, communityId: p.communityId, organizer: p.organizer, title: p.title, place: p.place, startsAt, minutes: p.totalMinutes,
        volunteer: { openid: s.openid, volunteerId: s.volunteerId, name: s.volunteerName, volunteerNo: s.volunteerNo }
      }, ctx.now)))
      recordsWritten += done.filter((d) => d.created).length
    }
    return { project: projectView(p), recordsWritten }
  }
})
