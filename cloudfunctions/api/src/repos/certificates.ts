// The only code that touches `certificates` (志愿服务记录证明, fields of 民发〔2015〕149号). Invariants:
// - a certificate is never changed after issue: what a verifier sees is what was issued;
// - it holds the masked ID number only (copied from the volunteer record), never the number;
// - one volunteer's request (requestId) yields one certificate: index volunteer_request_unique decides, so a
//   concurrent replay finds the first instead of issuing a second.
import { db } from '../lib/cloud'
import { isDuplicateKey } from '../lib/dbErrors'
import { docsOf } from '../lib/docs'

export interface CertificateDoc {
  /** The certificate number. */
  _id: string
  volunteerOpenid: string
  requestId: string
  communityId: string
  /** 6 characters [A-Z0-9] from crypto: with the number, what a verifier must present. */
  verifyCode: string
  volunteerName: string
  idType: string
  idMasked: string
  volunteerNo: string | null
  from: string
  to: string
  totalMinutes: number
  services: Array<{ content: string; minutes: number; count: number }>
  issuer: string
  personInCharge: string
  handler: string
  contact: string
  issuedAt: Date
}

const certificates = () => db.collection('certificates')
const MAX_NUMBER_TRIES = 5

export async function findCertificate(number: string): Promise<CertificateDoc | null> {
  return docsOf<CertificateDoc>(await certificates().where({ _id: number }).limit(1).get())[0] ?? null
}

/** The certificate this volunteer's request produced, if any (index volunteer_request_unique). */
export async function findByRequest(openid: string, requestId: string): Promise<CertificateDoc | null> {
  return docsOf<CertificateDoc>(await certificates().where({ volunteerOpenid: openid, requestId }).limit(1).get())[0] ?? null
}

/** A volunteer's certificates, newest first (index volunteer_issued). */
export async function listCertificates(openid: string, limit: number): Promise<CertificateDoc[]> {
  return docsOf<CertificateDoc>(await certificates().where({ volunteerOpenid: openid }).orderBy('issuedAt', 'desc').limit(limit).get())
}

/**
 * Stores the certificate under a fresh number from `nextNumber` (random digits: a taken one is drawn again).
 * If the same request was stored meanwhile (a concurrent replay), returns that one instead.
 */
export async function insertCertificate(doc: Omit<CertificateDoc, '_id'>, nextNumber: () => string): Promise<CertificateDoc> {
  for (let attempt = 1; ; attempt++) {
    const stored = { ...doc, _id: nextNumber() }
    try {
      await certificates().add({ data: stored })
      return stored
    } catch (e) {
      if (isDuplicateKey(e, 'volunteer_request_unique')) {
        const first = await findByRequest(doc.volunteerOpenid, doc.requestId)
        if (first) return first
      }
      if (!isDuplicateKey(e, '_id_') || attempt >= MAX_NUMBER_TRIES) throw e
    }
  }
}
