// Availability in candidate ranking: the slots an order's window touches (China time, any machine zone) and the
// score of a volunteer who said they are not free then.
import { isAvailable, rankCandidate, windowSlots } from '../../src/shared/domain/order'

describe('availability', () => {
  it('names the weekday/weekend × part-of-day slots a window touches, in China time', () => {
    // Saturday 2026-05-02 09:00–13:00 China time (01:00–05:00 UTC)
    expect(windowSlots('2026-05-02T01:00:00Z', '2026-05-02T05:00:00Z').sort()).toEqual(['weekend_afternoon', 'weekend_morning'])
    // Monday 2026-05-04 19:00 China time = 11:00 UTC
    expect(windowSlots('2026-05-04T11:00:00Z', '2026-05-04T12:00:00Z')).toEqual(['weekday_evening'])
    expect(isAvailable(['weekend_morning'], '2026-05-02T01:00:00Z', '2026-05-02T02:00:00Z')).toBe(true)
    expect(isAvailable(['weekday_morning'], '2026-05-02T01:00:00Z', '2026-05-02T02:00:00Z')).toBe(false)
  })

  it('ranks a volunteer free at that time above one who is not, all else equal; unknown changes nothing', () => {
    const f = { distanceMeters: 500, load: 0, ratingAvg: 4.5, ratingCount: 10, completed: 8, withdrawn: 2 }
    expect(rankCandidate({ ...f, available: true }).score).toBeGreaterThan(rankCandidate({ ...f, available: false }).score)
    expect(rankCandidate({ ...f, available: null }).score).toBe(rankCandidate({ ...f, available: true }).score)
    expect(rankCandidate({ ...f, available: false }).reasons).toContain('该时段不在其可服务时间')
  })
})
