// me.consent — the caller agrees to 《用户隐私保护指引》. Only the current version may be agreed to (an app showing
// an older text is told to reload it). The agreement is recorded append-only and set on the user document, which
// the router reads with every call: from then on `personal` actions are served. Allowed to anyone, because a
// brand-new user agrees before anything else (the user document is created here if users.me has not run yet).
import { AppError } from '../../../../../src/shared/errors'
import { PRIVACY_VERSION } from '../../../../../src/shared/privacy/guide'
import { toUtcIso } from '../../../../../src/shared/time'
import { recordConsent } from '../../repos/consents'
import { defineAction } from '../define'

export const consent = defineAction({
  action: 'me.consent',
  allow: 'anyone',
  scope: 'self',
  async handler(input, ctx) {
    if (input.version !== PRIVACY_VERSION) throw new AppError('CONSENT_VERSION_OUTDATED', { version: '隐私保护指引已更新，请重新阅读' })
    const stored = await recordConsent(ctx.openid, PRIVACY_VERSION, input.requestId, ctx.now)
    return { consent: { version: stored.version, at: toUtcIso(stored.at) }, privacyVersion: PRIVACY_VERSION }
  }
})
