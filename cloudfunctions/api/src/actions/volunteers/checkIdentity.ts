// Turns the ID number into what registration may store, or a field-level coded error: format, region, birth
// date, check digit (GB 11643), then age: 18+ freely, 14–17 with a guardian's consent, under 14 refused.
import { ageBand, ageOn, maskIdNumber, parseIdNumber, type IdCardInfo } from '../../../../../src/shared/domain/idcard'
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'

export function checkIdentity(idNumber: string, hasGuardian: boolean, now: Date): { info: IdCardInfo; masked: string; minor: boolean } {
  const today = shanghaiDay(now)
  const parsed = parseIdNumber(idNumber, today)
  if (!parsed.ok) throw new AppError(parsed.problem, { idNumber: messageFor(parsed.problem) })
  const band = ageBand(ageOn(parsed.info.birthDate, today))
  if (band === 'too_young') throw new AppError('TOO_YOUNG', { idNumber: messageFor('TOO_YOUNG') })
  if (band === 'minor_with_guardian' && !hasGuardian) throw new AppError('GUARDIAN_REQUIRED', { guardian: messageFor('GUARDIAN_REQUIRED') })
  return { info: parsed.info, masked: maskIdNumber(parsed.info.number), minor: band === 'minor_with_guardian' }
}
