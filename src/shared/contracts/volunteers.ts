import * as z from '../zod'
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
  }
}
