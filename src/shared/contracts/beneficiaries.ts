// 受助对象登记: the community's register of people it serves who may have no phone or WeChat (a walk-in or phone
// request is recorded for them by a coordinator: orders.createFor). Only the community's coordinators (and admins)
// read or change it; the name, phone and address are as private as a resident's address book (条例 art 21).
import * as z from '../zod'
import { BENEFICIARY_STATUSES, BENEFICIARY_TAGS } from '../domain/beneficiaries'
import { id, location, shortText } from './fields'

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
/** A mobile number, or a landline with its area code (many people without WeChat have only a landline). */
const contactPhone = z.string().regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, '请输入11位手机号码或带区号的固定电话')

const fields = {
  name: shortText(20, '姓名'),
  phone: contactPhone.nullable().default(null),
  address: shortText(100, '详细地址'),
  location: location.nullable().default(null),
  tags: z.array(z.enum(BENEFICIARY_TAGS, '请选择受助对象类别')).max(BENEFICIARY_TAGS.length).default([]),
  note: shortText(200, '备注').nullable().default(null)
}

export const BeneficiaryView = z.object({
  id: z.string(),
  communityId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  location: location.nullable(),
  tags: z.array(z.enum(BENEFICIARY_TAGS)),
  tagLabels: z.array(z.string()),
  /** Served first on the 调度台 and paid for by the community pool (domain/beneficiaries.ts). */
  priority: z.boolean(),
  note: z.string().nullable(),
  status: z.enum(BENEFICIARY_STATUSES),
  version: z.number().int(),
  updatedAt: z.string()
})
export type BeneficiaryView = z.infer<typeof BeneficiaryView>

export const beneficiariesContracts = {
  /** Coordinators (admins: of their community): register a beneficiary; the same requestId never registers two. */
  'beneficiaries.add': { input: z.object({ requestId, ...fields }).strict(), output: BeneficiaryView },
  /** Edit, conditional on the version the editor read (CONFLICT when someone saved first). */
  'beneficiaries.update': {
    input: z.object({ requestId, beneficiaryId: id, version: z.number().int().min(1), ...fields }).strict(),
    output: BeneficiaryView
  },
  /** The community's register, newest first, a page at a time. */
  'beneficiaries.list': {
    input: z
      .object({
        communityId: id.optional(),
        status: z.enum(BENEFICIARY_STATUSES).default('active'),
        offset: z.number().int().min(0).max(5000).default(0),
        limit: z.number().int().min(1).max(50).default(20)
      })
      .strict(),
    output: z.object({ items: z.array(BeneficiaryView), hasMore: z.boolean() })
  },
  /** Takes a beneficiary off the register (moved away, passed away): no new orders; their past orders stay. */
  'beneficiaries.archive': {
    input: z.object({ beneficiaryId: id, version: z.number().int().min(1), reason: shortText(100, '归档原因') }).strict(),
    output: BeneficiaryView
  }
}
