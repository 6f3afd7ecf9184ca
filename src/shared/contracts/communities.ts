import * as z from '../zod'
import { id, location, shortText } from './fields'
import { COMMUNITY_CODE_MESSAGE, COMMUNITY_CODE_PATTERN } from '../domain/communityAdmin'

export const CommunityView = z.object({ id: z.string(), name: z.string(), code: z.string(), address: z.string() })
export const NearbyCommunity = CommunityView.extend({ distanceMeters: z.number() })
export const AddressView = z.object({
  id: z.string(),
  label: z.string(),
  detail: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  location: location.nullable()
})

export const communitiesContracts = {
  /**
   * Admin or street admin: a new community. `code` is what residents type or scan (QR scene) to join; unique.
   * `streetId`: the street it belongs to (a street admin's is always their own street); `population`: its
   * 常住人口, the dashboard's denominator for the share of residents who volunteer.
   */
  'communities.create': {
    input: z
      .object({
        name: shortText(30, '社区名称'),
        code: z.string().regex(COMMUNITY_CODE_PATTERN, COMMUNITY_CODE_MESSAGE),
        address: shortText(100, '社区地址'),
        location,
        streetId: id.optional(),
        population: z
          .number({ message: '常住人口应为人数' })
          .int('常住人口应为整数')
          .min(1, '常住人口至少为1')
          .max(10000000, '常住人口不能超过1000万')
          .optional()
      })
      .strict(),
    output: CommunityView
  },
  /** Anyone: communities near a point, nearest first. */
  'communities.nearby': {
    input: z.object({ location, radiusMeters: z.number().int().min(100).max(20000).default(5000) }).strict(),
    output: z.object({ communities: z.array(NearbyCommunity) })
  },
  /** Join (or move to) a community by its code or QR scene value; moving is audited. */
  'communities.join': {
    input: z
      .object({
        code: z.string().trim().toUpperCase().regex(COMMUNITY_CODE_PATTERN, '请输入正确的社区编码')
      })
      .strict(),
    output: CommunityView
  },
  /** Admin (or the admin of the community's street): make a member of the community its coordinator. */
  'communities.appointCoordinator': {
    input: z.object({ communityId: id, userId: id }).strict(),
    output: z.object({ userId: z.string(), roles: z.array(z.string()) })
  },
  'addresses.list': { input: z.object({}).strict(), output: z.object({ addresses: z.array(AddressView) }) },
  'addresses.add': {
    input: z
      .object({
        label: shortText(10, '地址名称'),
        detail: shortText(100, '详细地址'),
        contactName: shortText(20, '联系人'),
        contactPhone: z.string().regex(/^1[3-9]\d{9}$/, '请输入11位手机号码'),
        location: location.nullable()
      })
      .strict(),
    output: AddressView
  },
  'addresses.remove': { input: z.object({ addressId: id }).strict(), output: z.object({ removed: z.boolean() }) }
}
