// certificates.verify — anyone (an employer, a school) checks a certificate by its number and verification code.
// A wrong code and an unknown number get the SAME answer, so numbers cannot be probed; a valid pair returns the
// certificate as issued, without its code (the ID number was only ever stored masked).
// Round trips: caller (router), certificate by number (1).
import { findCertificate } from '../../repos/certificates'
import { defineAction } from '../define'
import { codesMatch } from './issuing'
import { verifiedView } from './view'

export const verify = defineAction({
  action: 'certificates.verify',
  allow: 'anyone',
  scope: 'global',
  async handler(input) {
    // Numbers are printed in capitals; people type them in either case.
    const c = await findCertificate(input.number.toUpperCase())
    if (!c || !codesMatch(c.verifyCode, input.code)) return { valid: false, certificate: null }
    return { valid: true, certificate: verifiedView(c) }
  }
})
