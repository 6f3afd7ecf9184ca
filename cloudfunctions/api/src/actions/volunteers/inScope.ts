// A volunteer record a coordinator (or admin) is about to act on: it must exist (NOT_FOUND) and belong to the
// caller's community (FORBIDDEN; admins: any). One read.
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity } from '../../lib/scope'
import { findVolunteer, type VolunteerDoc } from '../../repos/volunteers'
import type { ActionContext } from '../define'

/** `fields`: the field message NOT_FOUND carries, for forms that name the volunteer. */
export async function volunteerInScope(ctx: ActionContext, volunteerId: string, fields?: Record<string, string>): Promise<VolunteerDoc> {
  const v = await findVolunteer(volunteerId)
  if (!v) throw new AppError('NOT_FOUND', fields)
  assertSameCommunity(ctx, v.communityId)
  return v
}
