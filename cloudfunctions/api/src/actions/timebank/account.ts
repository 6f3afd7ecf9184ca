// timebank.account — the caller's own time-bank account: balance, held for orders, available, totals, their
// community's storage cap and what they may still transfer today (China-time day).
// Round trips: caller with community (router), account (1).
import { accountId } from '../../../../../src/shared/domain/ledger'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { readAccount } from '../../repos/ledger'
import { defineAction } from '../define'
import { accountView, rulesOf } from './view'

export const account = defineAction({
  action: 'timebank.account',
  allow: ROLES,
  scope: 'self',
  async handler(_input, ctx) {
    return accountView(await readAccount(accountId.member(ctx.openid)), rulesOf(ctx.community), ctx.now)
  }
})
