// The one place a report becomes what a caller may see, and how the caller stands to it.
// - reporter, the community's coordinators (and admins), the assignee (the volunteer, or a member of the team it
//   was dispatched to) see it; nobody else learns anything;
// - photos show only after their image check passed (url null while checking or when risky).
import { REPORT_CATEGORY_LABELS, reportMovesFor, type ReportActor, type ReportView } from '../../../../../src/shared/contracts/reports'
import { AppError } from '../../../../../src/shared/errors'
import { toUtcIso } from '../../../../../src/shared/time'
import { tempFileUrls } from '../../lib/storage'
import { toLocation } from '../../lib/geo'
import { findReport, type ReportDoc, type ReportPhotoDoc } from '../../repos/reports'
import { joinedTeamIds } from '../../repos/teamMembers'
import type { ActionContext } from '../define'

export async function loadReport(reportId: string): Promise<ReportDoc> {
  const r = await findReport(reportId)
  if (!r) throw new AppError('NOT_FOUND')
  return r
}

/** Every capacity the caller holds toward the report (a team assignment costs one membership read). */
export async function relationsOf(r: ReportDoc, ctx: ActionContext): Promise<ReportActor[]> {
  const rel: ReportActor[] = []
  if (r.reporterOpenid === ctx.openid) rel.push('reporter')
  if (r.assigneeOpenid && r.assigneeOpenid === ctx.openid) rel.push('assignee')
  else if (
    r.assigneeTeamId &&
    ctx.user?.roles.includes('volunteer') &&
    ctx.user.communityId === r.communityId &&
    (await joinedTeamIds(ctx.openid, [r.assigneeTeamId])).size > 0
  )
    rel.push('assignee')
  const roles = ctx.user?.roles ?? []
  if (roles.includes('admin') || (roles.includes('coordinator') && ctx.user?.communityId === r.communityId)) rel.push('coordinator')
  return rel
}

export async function reportView(r: ReportDoc, ctx: ActionContext, rel?: ReportActor[]): Promise<ReportView> {
  const viewer = rel ?? (await relationsOf(r, ctx))
  const urls = await passedUrls(r.photos)
  const photos = (kind: ReportPhotoDoc['kind']) =>
    r.photos.filter((p) => p.kind === kind).map((p) => ({ status: p.status, url: p.status === 'pass' ? (urls.get(p.fileId) ?? null) : null }))
  return {
    id: r._id,
    category: r.category,
    categoryLabel: REPORT_CATEGORY_LABELS[r.category],
    description: r.description,
    location: toLocation(r.location) ?? { longitude: 0, latitude: 0 },
    place: r.place,
    status: r.status,
    photos: photos('before'),
    afterPhotos: photos('after'),
    assignee: r.assigneeKind && r.assigneeName ? { kind: r.assigneeKind, name: r.assigneeName } : null,
    rectifyNote: r.rectifyNote,
    reopenReason: r.reopenReason,
    createdAt: toUtcIso(r.createdAt),
    updatedAt: toUtcIso(r.updatedAt),
    events: r.events.map((e) => ({ kind: e.kind, at: toUtcIso(e.at), from: e.from, to: e.to, byRole: e.byRole, byName: e.byName, note: e.note })),
    moves: reportMovesFor(r.status, viewer),
    viewer
  }
}

/** One getTempFileURL for every passed photo of the report. */
async function passedUrls(photos: ReportPhotoDoc[]): Promise<Map<string, string>> {
  const passed = photos.filter((p) => p.status === 'pass').map((p) => p.fileId)
  const urls = new Map<string, string>()
  if (passed.length) {
    for (const f of await tempFileUrls(passed)) urls.set(f.fileID, f.tempFileURL)
  }
  return urls
}
