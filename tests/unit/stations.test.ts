// Opening hours in China time, the 10-minute circle and the planning view's masking: the pure rules behind
// stations.nearby (营业中/已关闭) and stations.coverage.
import { weeklyHours } from '../../src/shared/contracts/stations'
import {
  areaOf,
  chinaWeekMinute,
  coverageOf,
  coveredShare,
  describeHours,
  groupHours,
  hoursProblem,
  isOpenAt,
  maskName,
  minuteOfDay,
  type HoursRange
} from '../../src/shared/domain/stations'

const WEEKDAYS_9_TO_5: HoursRange[] = [1, 2, 3, 4, 5].map((day) => ({ day: day as HoursRange['day'], from: '09:00', to: '17:00' }))
// 2026-11-23 is a Monday.
const at = (china: string) => new Date(`${china}+08:00`)

describe('times of day', () => {
  it('reads HH:mm from 00:00 to 24:00 and refuses anything else', () => {
    expect([minuteOfDay('00:00'), minuteOfDay('08:30'), minuteOfDay('24:00')]).toEqual([0, 510, 1440])
    expect(['8:30', '24:30', '12:60', '25:00', '0830', ''].map(minuteOfDay)).toEqual([null, null, null, null, null, null])
  })

  it('takes the weekday and minute in China time, whatever the UTC date', () => {
    // 2026-11-22T17:30Z is Monday 01:30 in Beijing (Sunday in UTC).
    expect(chinaWeekMinute(new Date('2026-11-22T17:30:00Z'))).toEqual({ day: 1, minute: 90 })
    expect(chinaWeekMinute(at('2026-11-29T23:59:00'))).toEqual({ day: 7, minute: 1439 })
  })
})

describe('isOpenAt', () => {
  it('is open from the start minute up to, not including, the end minute, on the listed days only', () => {
    expect(isOpenAt(WEEKDAYS_9_TO_5, at('2026-11-23T09:00:00'))).toBe(true)
    expect(isOpenAt(WEEKDAYS_9_TO_5, at('2026-11-23T16:59:00'))).toBe(true)
    expect(isOpenAt(WEEKDAYS_9_TO_5, at('2026-11-23T17:00:00'))).toBe(false)
    expect(isOpenAt(WEEKDAYS_9_TO_5, at('2026-11-23T08:59:00'))).toBe(false)
    expect(isOpenAt(WEEKDAYS_9_TO_5, at('2026-11-28T10:00:00'))).toBe(false) // Saturday
  })

  it('judges by Beijing time: 02:00 UTC on a Monday is 10:00 Monday in China, 18:00 UTC Sunday is Monday 02:00', () => {
    expect(isOpenAt(WEEKDAYS_9_TO_5, new Date('2026-11-23T02:00:00Z'))).toBe(true)
    expect(isOpenAt([{ day: 1, from: '00:00', to: '06:00' }], new Date('2026-11-22T18:00:00Z'))).toBe(true)
    expect(isOpenAt([{ day: 7, from: '00:00', to: '24:00' }], new Date('2026-11-22T18:00:00Z'))).toBe(false)
  })

  it('handles split days and a range to midnight', () => {
    const split: HoursRange[] = [
      { day: 6, from: '08:00', to: '12:00' },
      { day: 6, from: '14:00', to: '24:00' }
    ]
    expect(isOpenAt(split, at('2026-11-28T13:00:00'))).toBe(false)
    expect(isOpenAt(split, at('2026-11-28T23:59:00'))).toBe(true)
    expect(isOpenAt([], at('2026-11-28T12:00:00'))).toBe(false)
  })
})

describe('validation', () => {
  it('accepts well-formed, non-overlapping ranges', () => {
    expect(hoursProblem(WEEKDAYS_9_TO_5)).toBeNull()
    expect(
      hoursProblem([
        { day: 1, from: '08:00', to: '12:00' },
        { day: 1, from: '12:00', to: '18:00' }
      ])
    ).toBeNull()
  })

  it('refuses an end not after the start (overnight), overlaps on a day, a bad time and too many ranges', () => {
    expect(hoursProblem([{ day: 2, from: '20:00', to: '06:00' }])).toMatch(/结束时间须晚于开始时间/)
    expect(hoursProblem([{ day: 2, from: '09:00', to: '09:00' }])).toMatch(/结束时间须晚于开始时间/)
    expect(
      hoursProblem([
        { day: 3, from: '08:00', to: '12:00' },
        { day: 3, from: '11:00', to: '13:00' }
      ])
    ).toBe('周三的时段有重叠')
    expect(hoursProblem([{ day: 3, from: '24:00', to: '24:00' }])).toMatch(/时间格式/)
    expect(
      hoursProblem(
        Array.from({ length: 22 }, (_, i) => ({
          day: ((i % 7) + 1) as HoursRange['day'],
          from: `${String(i).padStart(2, '0')}:00`,
          to: `${String(i).padStart(2, '0')}:30`
        }))
      )
    ).toMatch(/最多21个时段/)
  })

  it('is what the contract applies, with the Chinese message', () => {
    expect(weeklyHours.safeParse(WEEKDAYS_9_TO_5).success).toBe(true)
    const bad = weeklyHours.safeParse([{ day: 1, from: '18:00', to: '08:00' }])
    expect(bad.success ? null : bad.error.issues[0].message).toMatch(/跨夜请拆成两天/)
    expect(weeklyHours.safeParse([{ day: 8, from: '08:00', to: '09:00' }]).success).toBe(false)
    expect(weeklyHours.safeParse([{ day: 1, from: '8:00', to: '09:00' }]).success).toBe(false)
  })
})

describe('display', () => {
  it('merges consecutive days with the same times and lists split days together', () => {
    const week: HoursRange[] = [
      ...WEEKDAYS_9_TO_5,
      { day: 6, from: '14:00', to: '17:00' },
      { day: 6, from: '09:00', to: '12:00' },
      { day: 7, from: '09:00', to: '12:00' }
    ]
    expect(describeHours(week)).toEqual(['周一至周五 09:00-17:00', '周六 09:00-12:00、14:00-17:00', '周日 09:00-12:00'])
    expect(
      describeHours([
        { day: 1, from: '09:00', to: '10:00' },
        { day: 3, from: '09:00', to: '10:00' }
      ])
    ).toEqual(['周一 09:00-10:00', '周三 09:00-10:00'])
    expect(
      describeHours([
        { day: 6, from: '09:00', to: '10:00' },
        { day: 7, from: '09:00', to: '10:00' }
      ])
    ).toEqual(['周六、周日 09:00-10:00'])
  })

  it('groups ranges of the same times for the edit form', () => {
    expect(groupHours([...WEEKDAYS_9_TO_5, { day: 6, from: '09:00', to: '12:00' }])).toEqual([
      { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' },
      { days: [6], from: '09:00', to: '12:00' }
    ])
  })
})

describe('coverage', () => {
  // A flat metre grid: distance is plain Euclidean on {longitude: x m, latitude: y m}.
  const flat = (a: { longitude: number; latitude: number }, b: { longitude: number; latitude: number }) =>
    Math.hypot(a.longitude - b.longitude, a.latitude - b.latitude)
  const p = (x: number, y = 0) => ({ longitude: x, latitude: y })

  it('covers an address within 800 m of some open station, lists the rest farthest first with the nearest distance', () => {
    const r = coverageOf(
      [
        { address: 'near', location: p(700) },
        { address: 'far', location: p(900) },
        { address: 'farther', location: p(-1500) },
        { address: 'edge', location: p(0, 800) },
        { address: 'typed', location: null }
      ],
      [p(0), p(2000)],
      flat
    )
    expect(r.covered).toBe(2)
    expect(r.unlocated).toBe(1)
    expect(r.uncovered).toEqual([
      { address: 'farther', nearestMeters: 1500, nearestIndex: 0 },
      { address: 'far', nearestMeters: 900, nearestIndex: 0 }
    ])
    expect(coveredShare(r.covered, r.uncovered.length)).toBe(0.5)
  })

  it('with no open station nobody is covered and there is no nearest', () => {
    const r = coverageOf([{ address: 'a', location: p(1) }], [], flat)
    expect(r).toEqual({ covered: 0, unlocated: 0, uncovered: [{ address: 'a', nearestMeters: null, nearestIndex: null }] })
    expect(coveredShare(0, 0)).toBeNull()
  })

  it('masks names and keeps only the street of an address', () => {
    expect([maskName('余欣怡'), maskName('王芳'), maskName('欧阳娜娜'), maskName(' ')]).toEqual(['余**', '王*', '欧***', '**'])
    expect([areaOf('文昌一路18号3栋502'), areaOf('江北街道幸福小区 5栋'), areaOf('12号楼')]).toEqual(['文昌一路', '江北街道幸福小区', '（门牌已隐去）'])
  })
})

it('reads distances and walking times the way the station list shows them', () => {
  const { formatDistance, walkMinutes } = require('../../src/shared/domain/stations')
  expect([formatDistance(96), formatDistance(804), formatDistance(996), formatDistance(1540)]).toEqual(['100米', '800米', '1.0公里', '1.5公里'])
  expect([walkMinutes(20), walkMinutes(800), walkMinutes(1200)]).toEqual([1, 10, 15])
})
