// The one place a station becomes what a caller sees: the public view every member gets (nearby), and the
// coordinator's view with what editing needs (community, version). openNow is computed at the call, China time.
import { categoryLabel } from '../../../../../src/shared/domain/order'
import { STATION_TYPE_LABELS, type StationPublicView, type StationView } from '../../../../../src/shared/contracts/stations'
import { describeHours, isOpenAt } from '../../../../../src/shared/domain/stations'
import { AppError } from '../../../../../src/shared/errors'
import { toUtcIso } from '../../../../../src/shared/time'
import { assertSameCommunity } from '../../lib/scope'
import { toLocation } from '../../lib/geo'
import { findStation, type StationDoc } from '../../repos/stations'
import type { ActionContext } from '../define'

/** `ctx`: the caller's community catalogue names its own categories on a station of that community. */
export function stationPublicView(s: StationDoc, now: Date, ctx?: Pick<ActionContext, 'community'>): StationPublicView {
  const catalog = ctx?.community?._id === s.communityId ? ctx.community.catalog : null
  return {
    id: s._id,
    name: s.name,
    type: s.type,
    typeLabel: STATION_TYPE_LABELS[s.type],
    address: s.address,
    location: toLocation(s.location) ?? { longitude: 0, latitude: 0 },
    hours: s.hours.map((h) => ({ day: h.day, from: h.from, to: h.to })),
    hoursText: describeHours(s.hours),
    services: s.services,
    serviceLabels: s.services.map((c) => categoryLabel(c, catalog)),
    tags: s.tags,
    status: s.status,
    openNow: s.status === 'open' && isOpenAt(s.hours, now)
  }
}

export function stationView(s: StationDoc, now: Date, ctx?: Pick<ActionContext, 'community'>): StationView {
  return { ...stationPublicView(s, now, ctx), communityId: s.communityId, version: s.version, updatedAt: toUtcIso(s.updatedAt) }
}

/** The station if it exists and the caller may manage it: NOT_FOUND, or FORBIDDEN for another community's. */
export async function loadManagedStation(ctx: ActionContext, stationId: string): Promise<StationDoc> {
  const s = await findStation(stationId)
  if (!s) throw new AppError('NOT_FOUND')
  assertSameCommunity(ctx, s.communityId)
  return s
}

/** The community a coordinator's call is about: the one named (checked) or the caller's own. */
export function managedCommunity(ctx: ActionContext, communityId: string | undefined): string {
  if (communityId) {
    assertSameCommunity(ctx, communityId)
    return communityId
  }
  const own = ctx.user?.communityId
  if (!own) throw new AppError('NOT_IN_COMMUNITY')
  return own
}
