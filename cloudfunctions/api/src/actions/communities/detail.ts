// The community as its managers see it (communities.get / update), and who may change its name and code.
import type { CommunityDetail } from '../../../../../src/shared/contracts'
import { AppError } from '../../../../../src/shared/errors'
import { toLocation } from '../../lib/geo'
import { managedCommunity } from '../../lib/managed'
import { runsStreetOf } from '../../lib/scope'
import type { CommunityDoc } from '../../repos/communities'
import type { ActionContext } from '../define'

/** Name and code (and so every printed join poster) belong to the street's admin and platform admins. */
export function editsIdentity(ctx: ActionContext, community: CommunityDoc): boolean {
  return !!ctx.user?.roles.includes('admin') || runsStreetOf(ctx, community)
}

/**
 * The community named, for a caller who may appoint and remove its coordinators: a platform admin or the admin
 * of its street (its own coordinators manage it day to day but do not appoint each other). FORBIDDEN otherwise.
 */
export async function administeredCommunity(ctx: ActionContext, communityId: string): Promise<CommunityDoc> {
  const community = await managedCommunity(ctx, communityId)
  if (!editsIdentity(ctx, community)) throw new AppError('FORBIDDEN')
  return community
}

export function communityDetail(c: CommunityDoc, canEditIdentity: boolean): CommunityDetail {
  return {
    id: c._id,
    name: c.name,
    code: c.code,
    address: c.address ?? '',
    location: toLocation(c.location),
    population: c.population ?? null,
    streetId: c.streetId ?? null,
    version: c.version ?? 0,
    canEditIdentity
  }
}
