// Community administration (社区管理): a community's full record for editing, the edit itself, its coordinators
// (list, member search to appoint, removal) and its join 小程序码. Managers only: a platform admin (any community),
// the admin of its street (its street's), and — for reading, the QR and address/map point/常住人口 — its own
// coordinators (src/shared/domain/communityAdmin.ts says who may change what).
import * as z from '../zod'
import { COMMUNITY_CODE_MESSAGE, COMMUNITY_CODE_PATTERN } from '../domain/communityAdmin'
import { id, location, shortText } from './fields'

const requestId = z
  .string()
  .min(8, '请求编号格式不正确')
  .max(64, '请求编号格式不正确')
  .regex(/^[A-Za-z0-9_-]+$/, '请求编号格式不正确')

export const CommunityDetail = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  address: z.string(),
  /** Null only for a record stored without a usable point. */
  location: location.nullable(),
  population: z.number().int().nullable(),
  streetId: z.string().nullable(),
  /** What communities.update is conditional on (0 before the first edit). */
  version: z.number().int(),
  /** May the caller change the name and code (street admin, platform admin) or only address, point, 常住人口? */
  canEditIdentity: z.boolean()
})
export type CommunityDetail = z.infer<typeof CommunityDetail>

export const CoordinatorView = z.object({ userId: z.string(), nickname: z.string(), avatarUrl: z.string().nullable() })
export const MemberView = CoordinatorView.extend({ isCoordinator: z.boolean() })

const which = z.object({ communityId: id }).strict()

export const communityAdminContracts = {
  /** Managers: the community as the edit form shows it. */
  'communities.get': { input: which, output: CommunityDetail },
  /**
   * Street admin (its street's), platform admin (any): every field; the community's coordinators: address, map
   * point and 常住人口 only. Conditional on `version`; a replay (same requestId) returns the record as saved.
   */
  'communities.update': {
    input: z
      .object({
        communityId: id,
        version: z.number().int().min(0),
        requestId,
        name: shortText(30, '社区名称'),
        code: z.string().trim().toUpperCase().regex(COMMUNITY_CODE_PATTERN, COMMUNITY_CODE_MESSAGE),
        address: shortText(100, '社区地址'),
        location,
        population: z
          .number({ message: '常住人口应为人数' })
          .int('常住人口应为整数')
          .min(1, '常住人口至少为1')
          .max(10000000, '常住人口不能超过1000万')
          .nullable()
      })
      .strict(),
    output: CommunityDetail
  },
  /** Managers: the community's coordinators. */
  'communities.coordinators': { input: which, output: z.object({ coordinators: z.array(CoordinatorView) }) },
  /** Street admin, platform admin: members whose nickname contains `query` (at most 20), to appoint one. */
  'communities.members': {
    input: z.object({ communityId: id, query: z.string().trim().min(1, '请输入昵称').max(20, '昵称最多20个字') }).strict(),
    output: z.object({ members: z.array(MemberView) })
  },
  /** Street admin (its street's), platform admin: end a coordinator's appointment; never the last coordinator. */
  'communities.removeCoordinator': {
    input: z.object({ communityId: id, userId: id }).strict(),
    output: z.object({ userId: z.string(), roles: z.array(z.string()) })
  },
  /** Managers: the join 小程序码 (scene = the code), generated once per code and page, as a temporary URL. */
  'communities.joinQr': {
    input: which,
    output: z.object({ communityId: z.string(), name: z.string(), code: z.string(), page: z.string(), url: z.string() })
  }
}
