// The demo data set `npm start` creates on first run: one community, its coordinator, 20 volunteers and
// 30 residents (plus an admin). Volunteer registrations follow in seedVolunteers.ts. Written through the genuine SDK, like any function would, so it exercises the
// same path. Deterministic: same ids and names every time, so screenshots and tests can name them.
import { DEMO_ADMIN, DEMO_COMMUNITY_ID, DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'
import { seedTeamsAndFamily } from './seedTeamsFamily'
import { PRIVACY_VERSION } from '../../../src/shared/privacy/guide'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = [
  '秀英',
  '建国',
  '桂兰',
  '志强',
  '丽娟',
  '伟',
  '芳',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '玉兰',
  '萍',
  '毅',
  '浩',
  '宇',
  '欣怡',
  '子涵',
  '梓轩',
  '雨桐',
  '一诺',
  '思远',
  '慧敏',
  '国强',
  '海燕',
  '春梅',
  '红梅',
  '文博',
  '晓东',
  '佳怡',
  '俊杰',
  '淑珍',
  '德华',
  '美玲',
  '振华',
  '雪梅'
]

export function demoName(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length]
}

/** Seeds the demo data unless users already exist. Returns how many users were written. */
export async function seedDemo(db: any, now: Date): Promise<number> {
  const existing = await db.collection('users').limit(1).get()
  if (existing.data.length > 0) return 0
  await db.collection('communities').add({
    data: {
      _id: DEMO_COMMUNITY_ID,
      name: '江北街道文昌社区',
      code: 'HZJB01',
      address: '惠州市惠城区江北街道文昌一路',
      location: new db.Geo.Point(114.4155, 23.1115),
      createdAt: now
    }
  })
  const user = (openid: string, nickname: string, roles: string[]) => ({
    // Demo people have agreed to the current 《用户隐私保护指引》, so `npm start` opens straight into the app.
    _id: openid,
    _openid: openid,
    nickname,
    avatarUrl: null,
    roles,
    communityId: DEMO_COMMUNITY_ID,
    consent: { version: PRIVACY_VERSION, at: now },
    createdAt: now,
    updatedAt: now
  })
  const docs = [
    user(DEMO_ADMIN, '系统管理员', ['resident']),
    user(DEMO_COORDINATOR, '李协调', ['resident', 'coordinator']),
    // The volunteer role comes from approval (seedVolunteers), as for anybody.
    ...Array.from({ length: 20 }, (_, i) => user(demoVolunteer(i + 1), demoName(i + 3), ['resident'])),
    ...Array.from({ length: 30 }, (_, i) => user(demoResident(i + 1), demoName(i + 40), ['resident']))
  ]
  for (const doc of docs) await db.collection('users').add({ data: doc })
  await seedTeamsAndFamily(db, now) // a team and family links (seedTeamsFamily.ts)
  return docs.length
}
