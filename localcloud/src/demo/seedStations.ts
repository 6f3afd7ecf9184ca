// Demo stations (站、岗、室、点) around 江北街道文昌社区, made the way a coordinator makes them (stations.upsert through
// the `api` function). Placed so the 10-minute circle (800 m) leaves the west end of 文昌一路 uncovered: the demo
// residents' addresses (seedOrders.ts) lie between 114.4100 and 114.4148 E; the stations in service stand north-east,
// south and north of them, and the one in the west is 暂停服务 (closed), so it covers nobody. A coordinator who opens
// a station in the west sees the coverage list shrink (tests/e2e/stations.test.mjs does). Idempotent: fixed
// requestIds, so a second run creates nothing.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]
const ranges = (days: number[], ...times: Array<[string, string]>) => days.flatMap((day) => times.map(([from, to]) => ({ day, from, to })))

export const DEMO_STATIONS = [
  {
    requestId: 'demo-station-01',
    name: '文昌社区新时代文明实践站',
    type: 'station',
    address: '文昌一路党群服务中心一楼',
    location: { longitude: 114.4192, latitude: 23.1132 },
    hours: [...ranges(WEEKDAYS, ['08:30', '12:00'], ['14:00', '17:30']), ...ranges([6], ['09:00', '12:00'])],
    services: ['elder_visit', 'legal_advice', 'medical_advice', 'phone_lessons'],
    tags: ['政策咨询', '借还雨伞'],
    status: 'open'
  },
  {
    requestId: 'demo-station-02',
    name: '江北公园志愿服务岗',
    type: 'post',
    address: '江北公园南门',
    location: { longitude: 114.417, latitude: 23.1045 },
    hours: ranges(EVERY_DAY, ['07:00', '21:00']),
    services: ['escort', 'companionship'],
    tags: ['文明劝导', '指路'],
    status: 'open'
  },
  {
    requestId: 'demo-station-03',
    name: '文华苑爱心驿站',
    type: 'point',
    address: '文华苑小区北门',
    location: { longitude: 114.4135, latitude: 23.119 },
    hours: ranges(EVERY_DAY, ['00:00', '24:00']),
    services: ['shopping', 'repair'],
    tags: ['饮水', '充电', '休息'],
    status: 'open'
  },
  {
    requestId: 'demo-station-04',
    name: '文昌一路调解室',
    type: 'room',
    address: '文昌一路西段社区警务室旁',
    location: { longitude: 114.4098, latitude: 23.1112 },
    hours: ranges(WEEKDAYS, ['09:00', '17:00']),
    services: ['legal_advice'],
    tags: ['邻里调解'],
    status: 'closed'
  }
]

export async function seedStations(runtime: Runtime): Promise<number> {
  for (const input of DEMO_STATIONS) {
    const { result } = await runtime.invoke('api', { action: 'stations.upsert', input }, DEMO_COORDINATOR)
    const reply = result as { ok: boolean; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo stations.upsert ${input.requestId} failed: ${reply.error?.code}`)
  }
  return DEMO_STATIONS.length
}
