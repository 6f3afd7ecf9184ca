// addresses.remove — removes one of the caller's own addresses. An id that is not the caller's (someone else's,
// or already removed) removes nothing and says so, without telling whether it exists.
import { ROLES } from '../../../../../src/shared/domain/roles'
import { removeOwnAddress } from '../../repos/addresses'
import { defineAction } from '../define'

export const remove = defineAction({
  action: 'addresses.remove',
  allow: ROLES, // any signed-up user
  scope: 'self',
  async handler(input, ctx) {
    return { removed: await removeOwnAddress(ctx.openid, input.addressId) }
  }
})
