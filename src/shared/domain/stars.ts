// Star levels from RECORDED service hours (service records incl. honorary top-ups — not the spendable balance):
// 1★ 100 h, 2★ 300 h, 3★ 600 h, 4★ 1000 h, 5★ 1500 h (brief: 星级志愿者).
export const STAR_THRESHOLD_HOURS = [100, 300, 600, 1000, 1500] as const

export function starsFor(recordedMinutes: number): number {
  return STAR_THRESHOLD_HOURS.filter((h) => recordedMinutes >= h * 60).length
}

/** The next level and the minutes still needed for it; null at 5★. */
export function nextStar(recordedMinutes: number): { stars: number; minutesNeeded: number } | null {
  const stars = starsFor(recordedMinutes)
  if (stars >= STAR_THRESHOLD_HOURS.length) return null
  return { stars: stars + 1, minutesNeeded: STAR_THRESHOLD_HOURS[stars] * 60 - recordedMinutes }
}
