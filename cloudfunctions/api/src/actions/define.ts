// How an action is declared: its contract name, who may call it, and the handler. Authorization lives here,
// in data, so one table answers "who may do what" (the router enforces it before the handler runs).
import type * as z from '../../../../src/shared/zod'
import type { ActionName, ActionOutput, Contracts } from '../../../../src/shared/contracts'
import type { Role } from '../../../../src/shared/domain/roles'
import type { RateLimitedAction } from '../../../../src/shared/domain/rateLimits'
import type { AddressDoc } from '../repos/addresses'
import type { CallerNeed } from '../repos/caller'
import type { CommunityDoc } from '../repos/communities'
import type { AccountDoc } from '../repos/ledgerDocs'
import type { UserDoc } from '../repos/users'
import type { VolunteerDoc } from '../repos/volunteers'
import type { OrderDoc } from '../repos/orderTypes'

export interface ActionContext {
  openid: string
  requestId: string
  now: Date
  /** The caller's stored user with effective roles; null only for `allow: 'anyone'` actions by new users. */
  user: (UserDoc & { roles: Role[] }) | null
  /** The caller's current community, read with the user (null without one). */
  community: CommunityDoc | null
  /** The caller's volunteer record in any status or community (null if they never registered). */
  volunteer: VolunteerDoc | null
  /** The caller's time-bank account — only for actions that declare `needs: ['account']` (else null). */
  account: AccountDoc | null
  /** The caller's address book — only for actions that declare `needs: ['addresses']` (else null). */
  addresses: AddressDoc[] | null
  /** The order named by input.orderId — only for actions that declare `needs: ['order']` (else null). */
  order: OrderDoc | null
  /** The volunteer record named by input.volunteerId — only for actions that declare `needs: ['assignee']`. */
  assignee: VolunteerDoc | null
}

export interface ActionDef<A extends ActionName> {
  action: A
  /** 'anyone' = any WeChat user with an OPENID (e.g. first launch); otherwise one of these roles is required. */
  allow: 'anyone' | readonly Role[]
  /**
   * What the action may touch: 'self' — only the caller's own data; 'community' — data of the caller's
   * community only (admins: any); 'global' — not tied to one community (e.g. nearby search, admin setup).
   * Handlers enforce 'community' with assertSameCommunity(); the authorization matrix test reads this.
   * 'street' — the communities of the caller's street (street admins; platform admins: any street), enforced with
   * callerStreet() / assertManages() (lib/scope.ts).
   */
  scope: 'self' | 'community' | 'street' | 'global'
  /**
   * The input carries personal information (names, ID or phone numbers, addresses, locations, photos): the router
   * refuses with CONSENT_REQUIRED, before the handler runs, unless the caller agreed to the current
   * 《用户隐私保护指引》 (PRIVACY_VERSION). Read from the user document the router loads anyway: no extra round trip.
   */
  personal?: true
  /** Caller documents beyond user, community and volunteer record, read in the router's same single round trip. */
  needs?: readonly CallerNeed[]
  /** A write others must act on: the router counts it against this limit (lib/rateLimit.ts) before the handler. */
  rateLimit?: RateLimitedAction
  handler: (input: z.output<Contracts[A]['input']>, ctx: ActionContext) => Promise<ActionOutput<A>>
}

export function defineAction<A extends ActionName>(def: ActionDef<A>): ActionDef<A> {
  return def
}
