// Service records 志愿服务记录 (《志愿服务记录与证明出具办法》: 谁组织谁记录、谁记录谁证明; true, accurate, complete,
// free, timely; the volunteer may ask for a correction) and certificates 志愿服务记录证明 (fields of 民发〔2015〕149号).
// Record hours are not spendable hours: an honorary top-up counts toward records and stars, never the balance.
import * as z from '../zod'
import { id } from './fields'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
const reason = z.string().trim().min(2, '请填写原因').max(200)

export const RecordChange = z.object({
  at: z.string(),
  byName: z.string(),
  reason: z.string(),
  before: z.object({ minutes: z.number().int(), content: z.string() }),
  after: z.object({ minutes: z.number().int(), content: z.string() })
})

export const ServiceRecordView = z.object({
  id: z.string(),
  source: z.enum(['order', 'project', 'honorary', 'import']),
  volunteerName: z.string(),
  volunteerNo: z.string().nullable(),
  organizer: z.string(),
  content: z.string(),
  place: z.string(),
  date: z.string(),
  minutes: z.number().int(),
  evaluation: z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable(),
  correction: z
    .object({
      status: z.enum(['requested', 'corrected', 'rejected']),
      reason: z.string(),
      proposedMinutes: z.number().int().nullable(),
      reply: z.string().nullable()
    })
    .nullable(),
  history: z.array(RecordChange)
})
export type ServiceRecordView = z.infer<typeof ServiceRecordView>

export const CertificateView = z.object({
  number: z.string(),
  verifyCode: z.string(),
  volunteerName: z.string(),
  idType: z.string(),
  idMasked: z.string(),
  volunteerNo: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  totalMinutes: z.number().int(),
  services: z.array(z.object({ content: z.string(), minutes: z.number().int(), count: z.number().int() })),
  issuer: z.string(),
  personInCharge: z.string(),
  handler: z.string(),
  contact: z.string(),
  issuedAt: z.string()
})

export const recordsContracts = {
  /** Own records; a coordinator (or admin) may name a volunteer of their community. Stars count all record minutes. */
  'records.list': {
    input: z
      .object({
        volunteerId: id.optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        offset: z.number().int().min(0).max(10000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({
      items: z.array(ServiceRecordView),
      hasMore: z.boolean(),
      totalMinutes: z.number().int(),
      stars: z.number().int(),
      nextStar: z.object({ stars: z.number().int(), minutesNeeded: z.number().int() }).nullable()
    })
  },
  /** The coordinator's queue: records of their community with a correction requested, oldest request first. */
  'records.corrections': { input: z.object({}).strict(), output: z.object({ items: z.array(ServiceRecordView) }) },
  'records.requestCorrection': {
    input: z.object({ recordId: id, reason, proposedMinutes: z.number().int().min(0).max(1440).optional() }).strict(),
    output: ServiceRecordView
  },
  /** The community's coordinator corrects (minutes and/or content; history kept) or rejects a request with a reply. */
  'records.correct': {
    input: z
      .object({
        recordId: id,
        decision: z.enum(['correct', 'reject']),
        minutes: z.number().int().min(0).max(1440).optional(),
        content: z.string().trim().min(1).max(100).optional(),
        reason
      })
      .strict(),
    output: ServiceRecordView
  },
  /** Honorary top-up (荣誉时长): counts toward records and stars, never toward the time-bank balance. */
  'records.addHonorary': {
    input: z
      .object({
        requestId,
        volunteerId: id,
        minutes: z
          .number()
          .int()
          .min(1)
          .max(100 * 60),
        reason
      })
      .strict(),
    output: ServiceRecordView
  },
  /** Free, on request, for a date range of the caller's own records. */
  'certificates.issue': { input: z.object({ requestId, from: day, to: day }).strict(), output: CertificateView },
  'certificates.list': { input: z.object({}).strict(), output: z.object({ items: z.array(CertificateView) }) },
  /** Anyone: by number and verification code (any case); only masked data comes back, the name included. */
  'certificates.verify': {
    input: z
      .object({
        number: z.string().trim().min(6).max(40),
        code: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9]{6}$/, '请输入6位校验码')
      })
      .strict(),
    output: z.object({ valid: z.boolean(), certificate: CertificateView.omit({ verifyCode: true }).nullable() })
  },
  /** 证明 fields the community signs with (负责人, 经办人, 联系方式). */
  'communities.updateCertificateInfo': {
    input: z
      .object({ personInCharge: z.string().trim().min(2).max(20), handler: z.string().trim().min(2).max(20), contact: z.string().trim().min(5).max(30) })
      .strict(),
    output: z.object({ personInCharge: z.string(), handler: z.string(), contact: z.string() })
  }
}
