// projects.complete — a coordinator finishes a published project once its last session has ended and every
// session's 到场登记 is recorded (records must be true, 《志愿服务记录与证明出具办法》): the project moves to completed
// (one conditional update; from then on nobody can sign up, cancel or change attendance, since those transactions
// conflict on the project document), then each participant who attended at least one session — confirmed, or
// cancelled after attending — gets one service record (source 'project') with the minutes of the sessions they
// attended, from the first one's start to the last one's end, under an id fixed by (project, volunteer). Nobody
// else gets a record. A replay — or a retry after a crash between the two steps — writes the missing records and
// nothing more.
import { attendedService, completionBlocker } from '../../../../../src/shared/domain/projectSessions'
import { AppError } from '../../../../../src/shared/errors'
import { recordAudit } from '../../repos/audit'
import { attendanceOf, findProject, moveProject, type ProjectDoc } from '../../repos/projects'
import { attendedOf, signUpsIn } from '../../repos/projectSignups'
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
      const blocker = completionBlocker(p.sessions, attendanceOf(p).map(Boolean), ctx.now)
      if (blocker) throw new AppError(blocker)
      const patch = { status: 'completed' as const, completedBy: ctx.openid, completedAt: ctx.now, updatedAt: ctx.now }
      if (await moveProject(p._id, 'published', patch)) {
        await recordAudit(
          {
            actorOpenid: ctx.openid,
            communityId: p.communityId,
            action: 'projects.complete',
            targetType: 'project',
            targetId: p._id,
            requestId: ctx.requestId,
            before: { status: 'published' },
            after: { status: 'completed', confirmedCount: p.confirmedCount }
          },
          ctx.now
        )
      }
      p = (await findProject(p._id)) ?? p
    }
    if (p.status !== 'completed') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
    const [confirmed, cancelled] = await Promise.all([signUpsIn(p._id, 'confirmed'), signUpsIn(p._id, 'cancelled')])
    const served = [...confirmed, ...cancelled].flatMap((s) => {
      const service = attendedService(p.sessions, attendedOf(s))
      return service ? [{ s, service }] : []
    })
    let recordsWritten = 0
    for (let i = 0; i < served.length; i += BATCH) {
      const done = await Promise.all(
        served.slice(i, i + BATCH).map(({ s, service }) =>
          writeProjectRecord(
            {
              projectId: p._id,
              communityId: p.communityId,
              organizer: p.organizer,
              title: p.title,
              place: p.place,
              startsAt: service.startAt,
              endAt: service.endAt,
              minutes: service.minutes,
              volunteer: { openid: s.openid, volunteerId: s.volunteerId, name: s.volunteerName, volunteerNo: s.volunteerNo }
            },
            ctx.now
          )
        )
      )
      recordsWritten += done.filter((d) => d.created).length
    }
    return { project: projectView(p), recordsWritten }
  }
})
