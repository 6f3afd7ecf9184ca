// projects.declare — a coordinator declares a project (项目申报) for their community; it waits for review. The
// project's id comes from (coordinator, requestId), so a retried form finds the first declaration.
// Round trips: caller (router), content check, insert (+ a read on a replay), audit.
import { recordAudit } from '../../repos/audit'
import { assertTextSafe } from '../../lib/contentCheck'
import { callerCommunity } from '../../lib/scope'
import { insertProjectOnce, projectIdFor, type ProjectDoc } from '../../repos/projects'
import { defineAction } from '../define'
import { assertCategories } from '../../lib/categories'
import { projectView } from './view'

export const declare = defineAction({
  action: 'projects.declare',
  allow: ['coordinator'],
  scope: 'community',
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    if (input.category) assertCategories(ctx, [input.category], 'category')
    await assertTextSafe(ctx.openid, { title: input.title, description: input.description, place: input.place })
    const sessions = input.sessions
      .map((s) => ({ startsAt: new Date(s.startsAt), minutes: s.minutes }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    const doc: ProjectDoc = {
      _id: projectIdFor(ctx.openid, input.requestId),
      communityId,
      organizer: ctx.community?.name ?? '',
      requestId: input.requestId,
      declaredBy: ctx.openid,
      title: input.title,
      description: input.description,
      category: input.category ?? null,
      place: input.place,
      sessions,
      totalMinutes: sessions.reduce((n, s) => n + s.minutes, 0),
      attendance: sessions.map(() => null),
      capacity: input.capacity,
      confirmedCount: 0,
      waitlistCount: 0,
      nextSeq: 1,
      status: 'declared',
      rejectReason: null,
      reviewedBy: null,
      reviewedAt: null,
      completedBy: null,
      completedAt: null,
      evaluation: null,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    const stored = await insertProjectOnce(doc)
    if (stored === doc)
      await recordAudit(
        {
          actorOpenid: ctx.openid,
          communityId,
          action: 'projects.declare',
          targetType: 'project',
          targetId: doc._id,
          requestId: ctx.requestId,
          after: { title: doc.title, capacity: doc.capacity, totalMinutes: doc.totalMinutes }
        },
        ctx.now
      )
    return projectView(stored)
  }
})
