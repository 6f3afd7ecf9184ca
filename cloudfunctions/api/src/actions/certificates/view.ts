// How a certificate is shown: whole to its volunteer; without the verification code to a verifier. Either way
// the ID number appears only masked (the certificate never held more).
import { toUtcIso } from '../../../../../src/shared/time'
import type { CertificateDoc } from '../../repos/certificates'

export function certificateView(c: CertificateDoc) {
  return { ...verifiedView(c), volunteerName: c.volunteerName, verifyCode: c.verifyCode } // the holder sees their own name
}

/** 张*华 / 李* : enough for the checker to match the paper, not enough to learn a name (条例 art 20). */
export function maskName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

export function verifiedView(c: CertificateDoc) {
  return {
    number: c._id,
    volunteerName: maskName(c.volunteerName),
    idType: c.idType,
    idMasked: c.idMasked,
    volunteerNo: c.volunteerNo,
    from: c.from,
    to: c.to,
    totalMinutes: c.totalMinutes,
    services: c.services.map((s) => ({ content: s.content, minutes: s.minutes, count: s.count })),
    issuer: c.issuer,
    personInCharge: c.personInCharge,
    handler: c.handler,
    contact: c.contact,
    issuedAt: toUtcIso(c.issuedAt)
  }
}
