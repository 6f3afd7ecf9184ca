// addresses.list — the caller's own address book, newest first. Nobody else's addresses are reachable here.
import { ROLES } from '../../../../../src/shared/domain/roles'
import { listAddresses } from '../../repos/addresses'
import { defineAction } from '../define'
import { addressView } from './view'

export const list = defineAction({
  action: 'addresses.list',
  allow: ROLES, // any signed-up user
  scope: 'self',
  async handler(_input, ctx) {
    return { addresses: (await listAddresses(ctx.openid)).map(addressView) }
  }
})
