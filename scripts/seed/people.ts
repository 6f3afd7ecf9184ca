// One community's people for the bench data set (scripts/seed/generate.ts): the community document, its users
// (residents, volunteers, coordinators), approved volunteers with service locations scattered within ~2 km of the
// community centre, and one address per resident. Shaped as the repos store them (repos/users.ts, volunteers.ts,
// addresses.ts, communities.ts); ID numbers are not real: volunteers carry placeholder cipher/hash/mask fields, as
// tests/fixtures/orders.ts aVolunteer does (the keyed hash only has to be unique).
import type { Rand } from './rng'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'

export const SKILL_SETS = [
  ['elder_visit', 'companionship'],
  ['repair', 'elder_visit'],
  ['shopping', 'escort'],
  ['phone_lessons', 'tutoring'],
  ['cleaning', 'elder_visit'],
  ['medical_advice', 'companionship'],
  ['legal_advice', 'shopping']
]
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂兰', '建华']
const STREETS = ['文昌路', '江北路', '新湖路', '河南岸路', '演达路', '麦地路', '下埔路', '东湖路']

export interface Point {
  longitude: number
  latitude: number
}
export const geo = (p: Point) => ({ type: 'Point', coordinates: [p.longitude, p.latitude] })

export interface CommunityPeople {
  id: string
  name: string
  center: Point
  coordinators: string[]
  residents: Array<{ openid: string; name: string; addressId: string; location: Point; detail: string; phone: string }>
  volunteers: Array<{ openid: string; id: string; name: string; no: string; skills: string[] }>
  docs: Array<{ coll: string; id: string; doc: Record<string, unknown> }>
}

export const communityId = (c: number) => `bc${String(c).padStart(4, '0')}`
export const residentId = (c: number, i: number) => `br-${c}-${i}`
export const volunteerOpenid = (c: number, i: number) => `bv-${c}-${i}`
export const coordinatorId = (c: number, i: number) => `bk-${c}-${i}`

/** About `meters` away from p in a random direction (uniform over the disc). */
export function near(rand: Rand, p: Point, meters: number): Point {
  const r = meters * Math.sqrt(rand())
  const a = rand() * 2 * Math.PI
  return { longitude: p.longitude + (r * Math.cos(a)) / (111320 * Math.cos((p.latitude * Math.PI) / 180)), latitude: p.latitude + (r * Math.sin(a)) / 110540 }
}

export function makePeople(rand: Rand, c: number, sizes: { residents: number; volunteers: number; coordinators: number }, createdAt: Date): CommunityPeople {
  const id = communityId(c)
  const name = `${STREETS[c % STREETS.length]}${['东', '西', '南', '北', '中'][Math.floor(c / STREETS.length) % 5]}${c + 1}社区`
  const center = { longitude: 114.3 + (c % 30) * 0.03, latitude: 22.95 + Math.floor(c / 30) * 0.03 }
  const person = () => SURNAMES[Math.floor(rand() * SURNAMES.length)] + GIVEN[Math.floor(rand() * GIVEN.length)]
  const docs: CommunityPeople['docs'] = []
  const user = (openid: string, nickname: string, roles: string[]) =>
    docs.push({
      coll: 'users',
      id: openid,
      doc: {
        _id: openid,
        _openid: openid,
        nickname,
        avatarUrl: null,
        roles,
        communityId: id,
        consent: { version: PRIVACY_VERSION, at: createdAt },
        createdAt,
        updatedAt: createdAt
      }
    })
  docs.push({
    coll: 'communities',
    id,
    doc: {
      _id: id,
      name,
      code: `B${String(c).padStart(5, '0')}`,
      address: `惠州市惠城区${STREETS[c % STREETS.length]}`,
      location: geo(center),
      timebankRules: { transferTo: 'anyone' },
      createdAt
    }
  })
  const coordinators = Array.from({ length: sizes.coordinators }, (_x, i) => coordinatorId(c, i))
  coordinators.forEach((k) => user(k, `${person()}（协调员）`, ['resident', 'coordinator']))
  const residents: CommunityPeople['residents'] = []
  for (let i = 0; i < sizes.residents; i++) {
    const openid = residentId(c, i)
    const nm = person()
    user(openid, nm, ['resident'])
    const location = near(rand, center, 1200)
    const detail = `${STREETS[(c + i) % STREETS.length]}${1 + (i % 80)}号${1 + (i % 9)}栋${100 + (i % 6) * 100 + (i % 4)}`
    const phone = `13${String(100000000 + ((c * 7919 + i * 104729) % 900000000)).slice(-9)}`
    const addressId = `addr-${openid}`
    docs.push({
      coll: 'addresses',
      id: addressId,
      doc: {
        _id: addressId,
        _openid: openid,
        ownerOpenid: openid,
        slot: 0,
        label: '家',
        detail,
        contactName: nm,
        contactPhone: phone,
        location: geo(location),
        createdAt
      }
    })
    residents.push({ openid, name: nm, addressId, location, detail, phone })
  }
  const volunteers: CommunityPeople['volunteers'] = []
  for (let i = 0; i < sizes.volunteers; i++) {
    const openid = volunteerOpenid(c, i)
    const nm = person()
    user(openid, nm, ['resident', 'volunteer'])
    const vid = `bvol-${c}-${i}`
    const no = `V${String(c).padStart(4, '0')}${String(i).padStart(4, '0')}`
    const skills = SKILL_SETS[Math.floor(rand() * SKILL_SETS.length)]
    const birth = `${1955 + Math.floor(rand() * 45)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`
    docs.push({
      coll: 'volunteers',
      id: vid,
      doc: {
        _id: vid,
        openid,
        communityId: id,
        realName: nm,
        idCipher: 'bench',
        idHash: `bench-${openid}`,
        idMasked: `4413**********${String(i % 10000).padStart(4, '0')}`,
        birthDate: birth,
        gender: rand() < 0.55 ? 'female' : 'male',
        phone: `139${String(10000000 + ((c * 31 + i * 7907) % 90000000)).slice(-8)}`,
        skills,
        availability: rand() < 0.5 ? ['weekday_evening', 'weekend_morning'] : ['weekend_afternoon'],
        serviceArea: name,
        serviceLocation: geo(near(rand, center, 2000)),
        guardian: null,
        status: 'approved',
        volunteerNo: no,
        rejectReason: null,
        reviewedBy: coordinators[0],
        reviewedAt: createdAt,
        // Risky services (repair, escort) need insurance on file: those who offer them have it.
        insuredUntil: skills.some((k) => k === 'repair' || k === 'escort') ? new Date(createdAt.getTime() + 800 * 86400000) : null,
        createdAt,
        updatedAt: createdAt
      }
    })
    volunteers.push({ openid, id: vid, name: nm, no, skills })
  }
  return { id, name, center, coordinators, residents, volunteers, docs }
}
