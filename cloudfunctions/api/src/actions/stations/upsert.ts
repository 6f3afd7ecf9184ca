// stations.upsert — a coordinator (or admin) creates a station of their community or edits one. Create: the id
// comes from (caller, requestId), so a retried submit returns the first station and makes no second one. Edit:
// conditional on the version the editor read (CONFLICT when someone saved first); a replay of the edit that
// already landed (same requestId, version one past) returns the station as it is. Text goes through content
// security (station names and tags are shown to every member). Audited.
import { sortHours } from '../../../../../src/shared/domain/stations'
import { AppError } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { callerCommunity } from '../../lib/scope'
import { recordAudit } from '../../repos/audit'
import { findStation, insertStationOnce, stationIdFor, updateStation, type StationDoc, type StationEdit } from '../../repos/stations'
import { defineAction } from '../define'
import { assertCategories } from '../../lib/categories'
import { loadManagedStation, stationView } from './view'

const AUDITED = ['name', 'type', 'address', 'hours', 'services', 'tags', 'status'] as const

export const upsert = defineAction({
  action: 'stations.upsert',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const edit: StationEdit = {
      name: input.name,
      type: input.type,
      address: input.address,
      location: toGeoPoint(input.location),
      hours: sortHours(input.hours),
      services: [...new Set(input.services)],
      tags: [...new Set(input.tags)],
      status: input.status
    }
    const text = { name: input.name, address: input.address, tags: edit.tags.join('，') }
    const audit = (targetId: string, communityId: string, before: Record<string, unknown> | null, after: Record<string, unknown>) =>
      recordAudit(
        { actorOpenid: ctx.openid, communityId, action: 'stations.upsert', targetType: 'station', targetId, requestId: ctx.requestId, before, after },
        ctx.now
      )

    if (!input.stationId) {
      const communityId = callerCommunity(ctx)
      const id = stationIdFor(ctx.openid, input.requestId)
      const first = await findStation(id) // a replay: the first station, unchanged
      if (first) return stationView(first, ctx.now, ctx)
      assertCategories(ctx, edit.services, 'services')
      await assertTextSafe(ctx.openid, text)
      const doc: StationDoc = {
        _id: id,
        communityId,
        requestId: input.requestId,
        createdBy: ctx.openid,
        ...edit,
        version: 1,
        lastRequestId: input.requestId,
        updatedBy: ctx.openid,
        createdAt: ctx.now,
        updatedAt: ctx.now
      }
      const stored = await insertStationOnce(doc)
      if (stored === doc) await audit(id, communityId, null, { ...pick(doc), location: input.location })
      return stationView(stored, ctx.now, ctx)
    }

    const s = await loadManagedStation(ctx, input.stationId)
    if (s.lastRequestId === input.requestId && s.version === input.version! + 1) return stationView(s, ctx.now, ctx)
    if (s.version !== input.version) throw new AppError('CONFLICT')
    // Checked against the catalogue read with the caller: their own community's (an admin editing another's is not).
    if (s.communityId === ctx.community?._id) assertCategories(ctx, edit.services, 'services', true, s.services)
    await assertTextSafe(ctx.openid, text)
    if (!(await updateStation(s._id, s.version, edit, ctx.openid, input.requestId, ctx.now))) throw new AppError('CONFLICT')
    const changed = AUDITED.filter((k) => JSON.stringify(s[k]) !== JSON.stringify(edit[k]))
    const moved = JSON.stringify(toLocation(s.location)) !== JSON.stringify(input.location)
    await audit(
      s._id,
      s.communityId,
      { ...pickOf(s, changed), ...(moved ? { location: toLocation(s.location) } : {}) },
      { ...pickOf(edit, changed), ...(moved ? { location: input.location } : {}) }
    )
    return stationView({ ...s, ...edit, version: s.version + 1, lastRequestId: input.requestId, updatedBy: ctx.openid, updatedAt: ctx.now }, ctx.now, ctx)
  }
})

const pick = (d: StationEdit) => pickOf(d, AUDITED)
function pickOf(d: StationEdit, keys: readonly (typeof AUDITED)[number][]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, d[k]]))
}
