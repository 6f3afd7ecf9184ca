// family.link — a resident asks to act for a family member (家人代办). The link takes effect only when the member
// confirms on their own WeChat with the 6-digit code shown here to the requester (pending_member), or — for a
// member who cannot use a phone — when a coordinator of the requester's community has verified it in person
// (pending_coordinator). How later actions use an active link (actorOpenid / onBehalfOf): repos/familyLinks.ts.
import { randomInt } from 'crypto'
import { AppError } from '../../../../../src/shared/errors'
import { callerCommunity } from '../../lib/scope'
import { findPendingByCode, insertLink, type FamilyLinkDoc } from '../../repos/familyLinks'
import { defineAction } from '../define'
import { linkView } from './view'

const CODE_TTL_MS = 24 * 60 * 60 * 1000

/** A code no pending link uses now (10^6 codes; a collision with a live one is rare and retried). */
async function freshCode(): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    if (!(await findPendingByCode(code))) return code
  }
  throw new AppError('CONFLICT')
}

export const link = defineAction({
  action: 'family.link',
  allow: ['resident'],
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    const communityId = callerCommunity(ctx)
    const code = input.memberUsesPhone ? await freshCode() : null
    const doc: Omit<FamilyLinkDoc, '_id'> = {
      requesterOpenid: ctx.openid,
      communityId,
      relation: input.relation,
      memberName: input.memberName,
      memberPhone: input.memberPhone ?? null,
      memberUsesPhone: input.memberUsesPhone,
      status: input.memberUsesPhone ? 'pending_member' : 'pending_coordinator',
      confirmCode: code,
      codeExpiresAt: code ? new Date(ctx.now.getTime() + CODE_TTL_MS) : null,
      memberOpenid: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now
    }
    return linkView({ ...doc, _id: await insertLink(doc) }, ctx.openid)
  }
})
