// volunteers.updateProfile — the volunteer changes what they offer: skills, availability, service area, location
// (the fields sent; the others keep their values). Takes effect at once: the pool, grab, candidates and dispatch
// read the record as stored, and candidate ranking reads availability. Not after leaving or being revoked (the
// record is then the community's archive). Round trips: caller (router), update (1).
import { AppError } from '../../../../../src/shared/errors'
import { ENDED_LIFECYCLES, lifecycleOf } from '../../../../../src/shared/domain/volunteerLifecycle'
import { toGeoPoint } from '../../lib/geo'
import { updateOffer } from '../../repos/volunteers'
import { defineAction } from '../define'
import { assertCategories } from '../../lib/categories'
import { ownVolunteer } from './lifecycle'
import { selfView } from './views'

export const updateProfile = defineAction({
  action: 'volunteers.updateProfile',
  allow: ['volunteer'],
  scope: 'self',
  personal: true,
  async handler(input, ctx) {
    const v = ownVolunteer(ctx)
    if (v.status === 'rejected' || ENDED_LIFECYCLES.includes(lifecycleOf(v))) throw new AppError('VOLUNTEER_MOVE_NOT_ALLOWED')
    if (input.skills) assertCategories(ctx, input.skills, 'skills', true, v.skills)
    const { serviceLocation, ...rest } = input
    const patch = { ...rest, ...(serviceLocation === undefined ? {} : { serviceLocation: serviceLocation ? toGeoPoint(serviceLocation) : null }) }
    if (Object.keys(patch).length) await updateOffer(v._id, patch, ctx.now)
    return selfView({ ...v, ...patch }, ctx.now)
  }
})
