// timebank.account — the caller's own time-bank account: balance, held for orders, available, totals, their
// community's storage cap and what they may still transfer today (China-time day).
// Round trips: 1 — the router reads the caller with their community and, as this action `needs`, their account.
import { ROLES } from '../../../../../src/shared/domain/roles'
import { defineAction } from '../define'
import { accountView, rulesOf } from './view'

export const account = defineAction({
  action: 'timebank.account',
  allow: ROLES,
  scope: 'self',
  needs: ['account'],
  async handler(_input, ctx) {
    return accountView(ctx.account, rulesOf(ctx.community), ctx.now)
  }
})
