// Stations 站、岗、点、室 and the 10-minute volunteer service circle: coordinators keep their community's stations
// (type, place, opening hours, services); residents see the stations near them with distance and whether each is
// open now (China time); coordinators see which residents' addresses lie farther than 800 m from every open one.
import * as z from '../zod'
import { hoursProblem, MAX_HOURS_RANGES, type Weekday } from '../domain/stations'
import { id, location, serviceCategory, shortText } from './fields'

export const STATION_TYPES = ['station', 'post', 'room', 'point'] as const
export type StationType = (typeof STATION_TYPES)[number]
export const STATION_TYPE_LABELS: Record<StationType, string> = { station: '志愿服务站', post: '志愿服务岗', room: '志愿服务室', point: '志愿服务点' }
/** One character for map markers and badges (站/岗/室/点). */
export const STATION_TYPE_SHORT: Record<StationType, string> = { station: '站', post: '岗', room: '室', point: '点' }

/** open: in service (its hours apply); closed: out of service for now (shown as 已关闭, covers nobody). */
export const STATION_STATUSES = ['open', 'closed'] as const
export type StationStatus = (typeof STATION_STATUSES)[number]
export const STATION_STATUS_LABELS: Record<StationStatus, string> = { open: '运营中', closed: '暂停服务' }

const hm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, '时间格式应为00:00–24:00，例如08:30')
export const hoursRange = z
  .object({
    day: z
      .number()
      .int()
      .min(1)
      .max(7)
      .transform((d) => d as Weekday),
    from: hm,
    to: hm
  })
  .strict()
export const weeklyHours = z
  .array(hoursRange)
  .max(MAX_HOURS_RANGES, `每周最多${MAX_HOURS_RANGES}个时段`)
  .superRefine((ranges, ctx) => {
    const problem = hoursProblem(ranges)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
const tag = z.string().trim().min(1, '标签不能为空').max(8, '每个标签最多8个字')

/** What every member may see of a station (no creator, no version, nothing about who uses it). */
export const StationPublicView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(STATION_TYPES),
  typeLabel: z.string(),
  address: z.string(),
  location,
  hours: z.array(z.object({ day: z.number().int(), from: z.string(), to: z.string() })),
  /** describeHours lines, e.g. '周一至周五 08:30-17:30'. */
  hoursText: z.array(z.string()),
  services: z.array(serviceCategory),
  serviceLabels: z.array(z.string()),
  tags: z.array(z.string()),
  status: z.enum(STATION_STATUSES),
  /** In service and inside one of today's ranges, China time, at the moment of the call. */
  openNow: z.boolean()
})
export type StationPublicView = z.infer<typeof StationPublicView>
export const NearbyStation = StationPublicView.extend({ distanceMeters: z.number().int() })
/** The coordinator's view adds what editing needs. */
export const StationView = StationPublicView.extend({ communityId: z.string(), version: z.number().int(), updatedAt: z.string() })
export type StationView = z.infer<typeof StationView>

export const CoverageItem = z.object({
  addressId: z.string(),
  /** The resident's own label (家, 父母家) and the street only: number, building and room are left out. */
  label: z.string(),
  area: z.string(),
  residentName: z.string(),
  /** Distance to the nearest open station, 10 m steps; null when the community has no open station. */
  nearestMeters: z.number().int().nullable(),
  nearestStation: z.string().nullable()
})
export const Coverage = z.object({
  communityId: z.string(),
  radiusMeters: z.number().int(),
  openStations: z.number().int(),
  /** Addresses with a location (typed-in addresses without one are `unlocated`). */
  located: z.number().int(),
  covered: z.number().int(),
  uncoveredCount: z.number().int(),
  unlocated: z.number().int(),
  /** covered ÷ located, 0..1; null with no located address. */
  coveredShare: z.number().nullable(),
  /** Farthest first, at most `limit`. */
  uncovered: z.array(CoverageItem),
  hasMore: z.boolean(),
  /** False only past 10,000 members (the read stops there): the figures then cover the first 10,000. */
  complete: z.boolean()
})
export type Coverage = z.infer<typeof Coverage>

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)

export const stationsContracts = {
  /**
   * Coordinators (admins): create a station (no stationId: the id comes from caller + requestId, so a retried
   * submit makes one station) or edit one (stationId + the version read: a stale edit is refused with CONFLICT).
   */
  'stations.upsert': {
    input: z
      .object({
        requestId,
        stationId: id.optional(),
        version: z.number().int().min(1).optional(),
        name: shortText(30, '站点名称'),
        type: z.enum(STATION_TYPES, '请选择站点类型'),
        address: shortText(100, '站点地址'),
        location,
        hours: weeklyHours,
        services: z.array(serviceCategory).max(10, '最多10项服务'),
        tags: z.array(tag).max(5, '最多5个标签').default([]),
        status: z.enum(STATION_STATUSES).default('open')
      })
      .strict()
      .refine((v) => !v.stationId || v.version !== undefined, { message: '缺少版本号，请刷新后重试', path: ['version'] }),
    output: StationView
  },
  /** Any member: stations near `location` (default: the caller's community), nearest first, public fields only. */
  'stations.nearby': {
    input: z.object({ location: location.optional(), radiusMeters: z.number().int().min(100).max(20000).default(3000) }).strict(),
    output: z.object({ stations: z.array(NearbyStation), center: location })
  },
  /** Coordinators (admins): every station of the community, open or not, for editing. */
  'stations.list': {
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({ stations: z.array(StationView) })
  },
  /** Coordinators (admins): residents' addresses farther than 800 m from every open station of the community. */
  'stations.coverage': {
    input: z.object({ communityId: id.optional(), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: Coverage
  }
}
