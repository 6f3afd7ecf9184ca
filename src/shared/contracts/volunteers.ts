import * as z from '../zod'
import { POLITICAL_STATUSES } from '../domain/politicalStatus'
import { VOLUNTEER_LIFECYCLES } from '../domain/volunteerLifecycle'
import { availabilitySlot, calendarDay, id, location, phone, realName, serviceCategory, shortText } from './fields'

export const VOLUNTEER_STATUSES = ['pending', 'approved', 'rejected'] as const
export const GUARDIAN_RELATIONS = ['father', 'mother', 'grandparent', 'other_guardian'] as const

export const Guardian = z.object({
  name: realName,
  phone,
  relation: z.enum(GUARDIAN_RELATIONS),
  consent: z.literal(true, { message: '需要监护人同意' })
})

/** What the volunteer sees of their own registration. The ID number only ever appears masked. */
export const VolunteerSelfView = z.object({
  id: z.string(),
  status: z.enum(VOLUNTEER_STATUSES),
  volunteerNo: z.string().nullable(),
  realName: z.string(),
  idMasked: z.string(),
  age: z.number().int(),
  skills: z.array(serviceCategory),
  availability: z.array(availabilitySlot),
  serviceArea: z.string(),
  guardian: z.object({ name: z.string(), relation: z.enum(GUARDIAN_RELATIONS), verified: z.boolean() }).nullable(),
  rejectReason: z.string().nullable(),
  /** Serving, paused, suspended, revoked or left (src/shared/domain/volunteerLifecycle.ts), and why. */
  lifecycle: z.enum(VOLUNTEER_LIFECYCLES),
  lifecycleReason: z.string().nullable(),
  /** 政治面貌 the volunteer gave (null: not given). */
  politicalStatus: z.enum(POLITICAL_STATUSES).nullable(),
  createdAt: z.string()
})

/** What the community's coordinators see when reviewing: contact phone in full, ID masked. */
export const VolunteerAdminView = VolunteerSelfView.extend({
  userId: z.string(),
  phone: z.string(),
  gender: z.enum(['male', 'female']),
  guardianPhone: z.string().nullable(),
  insuredUntil: z.string().nullable()
})

export const InsurancePolicyView = z.object({
  id: z.string(),
  insurer: z.string(),
  policyNo: z.string(),
  from: z.string(),
  to: z.string(),
  /** Each covered volunteer with the insuredUntil derived after this policy (UTC ISO, or null). */
  volunteers: z.array(z.object({ id: z.string(), insuredUntil: z.string().nullable() }))
})

export const volunteersContracts = {
  'volunteers.register': {
    input: z
      .object({
        realName,
        idNumber: z.string().trim().min(1, '请填写身份证号码').max(30),
        phone,
        skills: z.array(serviceCategory).min(1, '请至少选择一项服务技能').max(10),
        availability: z.array(availabilitySlot).min(1, '请至少选择一个可服务时段').max(6),
        serviceArea: shortText(50, '服务区域'),
        serviceLocation: location.nullable(),
        guardian: Guardian.nullable().default(null)
      })
      .strict(),
    output: VolunteerSelfView
  },
  'volunteers.me': { input: z.object({}).strict(), output: z.object({ volunteer: VolunteerSelfView.nullable() }) },
  'volunteers.review': {
    input: z
      .object({
        volunteerId: id,
        decision: z.enum(['approve', 'reject']),
        reason: z.string().trim().max(200).optional(),
        guardianVerified: z.boolean().optional()
      })
      .strict(),
    output: VolunteerAdminView
  },
  'volunteers.list': {
    input: z
      .object({
        status: z.enum(VOLUNTEER_STATUSES).optional(),
        skill: serviceCategory.optional(),
        offset: z.number().int().min(0).max(10000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(VolunteerAdminView), hasMore: z.boolean() })
  },
  /** 条例 art 17: a coordinator records the volunteer's accident insurance (needed for risky services). */
  'volunteers.setInsurance': {
    input: z.object({ volunteerId: id, insuredUntil: calendarDay('请填写保险到期日').nullable() }).strict(),
    output: VolunteerAdminView
  },
  /**
   * 条例 art 17: a coordinator records one accident-insurance policy (insurer, policy number, period) covering one
   * or many of the community's volunteers. Replay-safe by requestId. Each covered volunteer's insuredUntil becomes
   * the latest end among their policies.
   */
  'volunteers.addInsurance': {
    input: z
      .object({
        requestId: z
          .string()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/),
        insurer: shortText(50, '保险公司'),
        policyNo: z
          .string()
          .trim()
          .min(1, '请填写保单号')
          .max(40, '保单号最多40个字符')
          .regex(/^[A-Za-z0-9-]+$/, '保单号只能包含字母、数字和短横线'),
        from: calendarDay('请填写保险起期'),
        to: calendarDay('请填写保险止期'),
        volunteerIds: z.array(id).min(1, '请至少选择一名志愿者').max(100, '一张保单最多登记100名志愿者')
      })
      .strict(),
    output: InsurancePolicyView
  },
  /** The volunteer changes what they offer: skills, availability, service area or location (fields sent only). */
  'volunteers.updateProfile': {
    input: z
      .object({
        skills: z.array(serviceCategory).min(1, '请至少选择一项服务技能').max(10).optional(),
        availability: z.array(availabilitySlot).min(1, '请至少选择一个可服务时段').max(6).optional(),
        serviceArea: shortText(50, '服务区域').optional(),
        serviceLocation: location.nullable().optional(),
        /** 政治面貌 (optional; null clears it): src/shared/domain/politicalStatus.ts. */
        politicalStatus: z.enum(POLITICAL_STATUSES, { message: '请选择政治面貌' }).nullable().optional()
      })
      .strict(),
    output: VolunteerSelfView
  },
  /** 条例 art 22: the volunteer stops taking orders for a while (pause) and comes back (resume), or leaves for good. */
  'volunteers.pause': { input: z.object({}).strict(), output: VolunteerSelfView },
  'volunteers.resume': { input: z.object({}).strict(), output: VolunteerSelfView },
  'volunteers.leave': { input: z.object({ reason: z.string().trim().max(200, '原因最多200个字').optional() }).strict(), output: VolunteerSelfView },
  /** A coordinator suspends, reinstates or revokes a volunteer of the community, with a reason (audited). */
  'volunteers.suspend': { input: z.object({ volunteerId: id, reason: shortText(200, '原因') }).strict(), output: VolunteerAdminView },
  'volunteers.reinstate': { input: z.object({ volunteerId: id, reason: shortText(200, '原因') }).strict(), output: VolunteerAdminView },
  'volunteers.revoke': { input: z.object({ volunteerId: id, reason: shortText(200, '原因') }).strict(), output: VolunteerAdminView }
}
