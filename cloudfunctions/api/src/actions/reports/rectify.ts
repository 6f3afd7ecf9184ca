// reports.rectify — the assignee (the volunteer, or a member of the team) reports the problem fixed with 1–3
// after-photos (same media check: hidden until they pass) and a note. Counts one rectification.
import { assertTextSafe } from '../../lib/contentCheck'
import { startImageChecks } from '../../lib/mediaCheck'
import { defineAction } from '../define'
import { actorFor, commitMove } from './move'
import { loadReport, reportView } from './view'

export const rectify = defineAction({
  action: 'reports.rectify',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const r = await loadReport(input.reportId)
    const actor = await actorFor(r, 'rectify', ctx)
    await assertTextSafe(ctx.openid, { note: input.note })
    const after = (await startImageChecks(ctx.openid, input.photos)).map((p) => ({ ...p, kind: 'after' as const }))
    // A report reopened and rectified again keeps the earlier after-photos in its history (the timeline) only.
    const photos = [...r.photos.filter((p) => p.kind === 'before'), ...after]
    const moved = await commitMove(r, 'rectify', actor, ctx, { photos, rectifyNote: input.note }, input.note, { rectified: 1 })
    return reportView(moved, ctx)
  }
})
