// reports.create — any member of a community files a 随手拍: category, text (content security), 1–3 photos (the
// order photos' media-check pipeline: hidden until they pass) and a location. The id is derived from the caller and
// the client's requestId, so a retried submit returns the first report and files nothing new.
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { toGeoPoint } from '../../lib/geo'
import { startImageChecks } from '../../lib/mediaCheck'
import { createReport, findReport, reportIdFor, type ReportDoc } from '../../repos/reports'
import { defineAction } from '../define'
import { eventFor } from './move'
import { reportView } from './view'

export const create = defineAction({
  action: 'reports.create',
  rateLimit: 'reports.create',
  allow: ['resident'],
  scope: 'community',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const community = ctx.community
    if (!community || !ctx.user?.communityId) throw new AppError('NOT_IN_COMMUNITY')
    const id = reportIdFor(ctx.openid, input.requestId)
    const first = await findReport(id) // a replay: the first report, unchanged (no second check of the photos)
    if (first) return reportView(first, ctx)
    await assertTextSafe(ctx.openid, { description: input.description, place: input.place })
    const photos = (await startImageChecks(ctx.openid, input.photos)).map((p) => ({ ...p, kind: 'before' as const }))
    const doc: ReportDoc = {
      _id: id,
      _openid: ctx.openid,
      requestId: input.requestId,
      communityId: community._id,
      reporterOpenid: ctx.openid,
      category: input.category,
      description: input.description,
      location: toGeoPoint(input.location),
      place: input.place || community.name,
      photos,
      status: 'filed',
      assigneeKind: null,
      assigneeOpenid: null,
      assigneeTeamId: null,
      assigneeName: null,
      rectifyNote: null,
      reopenReason: null,
      events: [],
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    doc.events = [eventFor(null, 'create', 'reporter', ctx, null)]
    const { report } = await createReport(doc)
    return reportView(report, ctx)
  }
})
