// First-use consent to 《用户隐私保护指引》 (src/shared/privacy/guide.ts). users.me reports the caller's consent and
// the current version; actions declared `personal` are refused (CONSENT_REQUIRED) until the caller has agreed to it.
import * as z from '../zod'

/** The version of the guide the user agreed to, and when (ISO, UTC). */
export const ConsentView = z.object({ version: z.string(), at: z.string() })
export type ConsentView = z.infer<typeof ConsentView>

export const privacyContracts = {
  /**
   * Records the caller's agreement to the guide of `version` (it must be the current one). Append-only, one record
   * per user and version: a replay or a second agreement to the same version writes nothing new.
   */
  'me.consent': {
    input: z
      .object({
        version: z.string().trim().min(1).max(20),
        requestId: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/)
      })
      .strict(),
    output: z.object({ consent: ConsentView, privacyVersion: z.string() })
  }
}
