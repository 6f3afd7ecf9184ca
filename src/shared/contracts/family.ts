import * as z from '../zod'
import { id, phone, realName } from './fields'

export const FAMILY_RELATIONS = ['parent', 'grandparent', 'spouse', 'child', 'sibling', 'other'] as const
export const FAMILY_RELATION_LABELS: Record<(typeof FAMILY_RELATIONS)[number], string> = {
  parent: '父母',
  grandparent: '祖父母/外祖父母',
  spouse: '配偶',
  child: '子女',
  sibling: '兄弟姐妹',
  other: '其他亲属'
}

/**
 * A proxy link: the requester may act for the member. `pending_member` waits for the member to confirm with
 * the code; `pending_coordinator` (member without a phone) waits for the community's coordinator.
 */
export const FamilyLinkView = z.object({
  id: z.string(),
  relation: z.enum(FAMILY_RELATIONS),
  memberName: z.string(),
  status: z.enum(['pending_member', 'pending_coordinator', 'active', 'rejected']),
  /** Shown only to the requester while waiting for the member: the member types it into 家人代办. */
  confirmCode: z.string().nullable(),
  iAm: z.enum(['requester', 'member', 'coordinator']),
  /**
   * The other person of an ACTIVE link whose member uses WeChat — whom the caller may transfer hours to: for the
   * requester the member, for the member the requester. Null otherwise, and always for coordinators.
   */
  counterpart: z.object({ userId: z.string(), name: z.string() }).nullable()
})

export const familyContracts = {
  'family.link': {
    input: z
      .object({
        relation: z.enum(FAMILY_RELATIONS),
        memberName: realName,
        /** The member uses WeChat: they confirm with the code. Otherwise a coordinator verifies in person. */
        memberUsesPhone: z.boolean(),
        memberPhone: phone.optional()
      })
      .strict(),
    output: FamilyLinkView
  },
  'family.confirm': { input: z.object({ code: z.string().regex(/^\d{6}$/, '请输入6位确认码') }).strict(), output: FamilyLinkView },
  'family.approve': { input: z.object({ linkId: id, decision: z.enum(['approve', 'reject']) }).strict(), output: FamilyLinkView },
  'family.list': { input: z.object({}).strict(), output: z.object({ links: z.array(FamilyLinkView) }) }
}
