// Demo 随手拍, made the way people make them: residents upload photos into their own folder (as the app does) and
// file through the `api` function; the coordinator dispatches to a volunteer or to the silver-age team; the
// assignee rectifies with an after-photo; the coordinator closes; the default resident reopens one. One report in
// every status, so the rectification rate has something to say (2 closed of 7 filed). The photos' content checks
// are answered by the running local cloud a second later, like WeChat's. Runs after seedDemo + seedVolunteers;
// does nothing if the community already has reports. Timestamps are left as made (the dashboard's rollups count
// them by the day they happened).
import type { FunctionRuntime } from '../runtime'
import { uploadKeyOf } from '../upload'
import { DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'
import { demoPng, SCENES, type Scene } from './demoPng'
import { DEMO_TEAM_ID } from './seedTeamsFamily'

type Runtime = Pick<FunctionRuntime, 'invoke'>
/** What the seed needs of wx-server-sdk (the local cloud's storage stands behind it). */
export interface DemoStorage {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
}

const HERE = { longitude: 114.4155, latitude: 23.1115 }

export async function seedReports(runtime: Runtime, storage: DemoStorage): Promise<number> {
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  if ((await call(DEMO_COORDINATOR, 'reports.list', { as: 'community', limit: 1 })).items.length > 0) return 0

  let files = 0
  /** Into `orders/<the caller's upload key>/`: the only folder the server accepts a caller's photos from. */
  const photo = async (openid: string, scene: Scene) =>
    (await storage.uploadFile({ cloudPath: `orders/${uploadKeyOf(openid)}/demo-report-${String(++files).padStart(2, '0')}.png`, fileContent: demoPng(scene) }))
      .fileID
  let seq = 0
  const file = async (r: number, category: string, description: string, place: string, scene: Scene, i = 0) =>
    call(demoResident(r), 'reports.create', {
      requestId: `demo-report-${String(++seq).padStart(2, '0')}`,
      category,
      description,
      place,
      photos: [await photo(demoResident(r), scene)],
      location: { longitude: HERE.longitude + i * 0.0006, latitude: HERE.latitude - i * 0.0004 }
    })
  const volunteerId = async (n: number) => (await call(demoVolunteer(n), 'volunteers.me', {})).volunteer.id
  const dispatch = async (rep: any, v: number, note?: string) =>
    call(DEMO_COORDINATOR, 'reports.dispatch', { reportId: rep.id, volunteerId: await volunteerId(v), ...(note ? { note } : {}) })
  const rectify = async (rep: any, v: number, scene: Scene, note: string) =>
    call(demoVolunteer(v), 'reports.rectify', { reportId: rep.id, photos: [await photo(demoVolunteer(v), scene)], note })
  const close = (rep: any) => call(DEMO_COORDINATOR, 'reports.close', { reportId: rep.id })

  // Closed: rectified and accepted.
  let rep = await file(3, 'sanitation', '3栋楼道堆满纸箱和垃圾，有异味，也挡住了消防通道', '文昌一路13号3栋一楼楼道', SCENES.litter, 1)
  await dispatch(rep, 6, '请联系物业一起清理')
  await rectify(rep, 6, SCENES.litterClean, '已和物业一起清理完毕，提醒住户不要在楼道堆放杂物')
  await close(rep)
  rep = await file(5, 'facility_damage', '小区东门路灯坏了好几天，晚上很黑', '文昌一路小区东门', SCENES.lamp, 2)
  await dispatch(rep, 8)
  await rectify(rep, 8, SCENES.lampFixed, '已报修并更换灯泡，路灯恢复照明')
  await close(rep)
  // Rectified by a member of the team it went to, waiting for the coordinator's acceptance.
  rep = await file(7, 'street_vending', '早上有摊贩占用人行道卖菜，老人只能走到马路上', '文昌二路菜市场门口', SCENES.stall, 3)
  await call(DEMO_COORDINATOR, 'reports.dispatch', { reportId: rep.id, teamId: DEMO_TEAM_ID, note: '请银龄志愿队劝导' })
  await rectify(rep, 1, SCENES.litterClean, '已劝导摊贩到菜市场内经营，人行道已清空')
  // Dispatched, being rectified.
  rep = await file(11, 'safety_hazard', '井盖松动，踩上去会晃，怕小孩掉下去', '文昌一路15号楼前', SCENES.hazard, 4)
  await dispatch(rep, 12, '请先设置警示标志')
  // Reopened by the reporter (demo-resident-01, the app's default identity): fixed once, broke again.
  rep = await file(1, 'facility_damage', '小广场长椅扶手断了，老人起身不方便', '文昌社区文化广场', SCENES.bench, 5)
  await dispatch(rep, 3)
  await rectify(rep, 3, SCENES.bench, '已用螺丝重新固定扶手')
  await close(rep)
  await call(demoResident(1), 'reports.reopen', { reportId: rep.id, reason: '扶手过了两天又松了，请彻底修好' })
  // Waiting for dispatch.
  await file(13, 'sanitation', '绿化带里有人倾倒装修垃圾', '文昌三路绿化带', SCENES.litter, 6)
  await file(1, 'safety_hazard', '有人把电动车推进楼道充电，存在火灾隐患', '文昌一路11号2栋楼道', SCENES.hazard, 7)
  return seq
}
