// The monthly summary's rows from the (month, volunteer, content) groups the database made: for each month of the
// year a 全部 row (volunteers served = distinct volunteers with a record that month, records, hours), then one row
// per content (most hours first), and a 全年 row at the end. Every record counts, honorary top-ups included (as
// their own content 荣誉时长), so the sums equal the records export of the same days. Pure.
import { hoursOf, type CsvCell } from '../../../../../src/shared/domain/csv'
import type { MonthGroup } from '../../repos/exportsQueries'

interface Tally {
  people: Set<string>
  records: number
  minutes: number
}
const tally = (): Tally => ({ people: new Set(), records: 0, minutes: 0 })
const add = (t: Tally, g: MonthGroup) => {
  t.people.add(g.openid)
  t.records += g.count
  t.minutes += g.minutes
}
const row = (month: string, content: string, t: Tally): CsvCell[] => [month, content, t.people.size, t.records, hoursOf(t.minutes)]

export const ALL = '全部'
export const YEAR = '全年'

export function summaryRows(year: number, groups: readonly MonthGroup[]): CsvCell[][] {
  const whole = tally()
  const months = new Map<string, { all: Tally; byContent: Map<string, Tally> }>()
  for (let m = 1; m <= 12; m++) months.set(`${year}-${String(m).padStart(2, '0')}`, { all: tally(), byContent: new Map() })
  for (const g of groups) {
    const month = months.get(g.month)
    if (!month) continue // the query is bounded to the year: nothing falls here
    add(month.all, g)
    if (!month.byContent.has(g.content)) month.byContent.set(g.content, tally())
    add(month.byContent.get(g.content)!, g)
    add(whole, g)
  }
  const rows: CsvCell[][] = []
  for (const [month, m] of months) {
    rows.push(row(month, ALL, m.all))
    const contents = [...m.byContent].sort(([a, x], [b, y]) => y.minutes - x.minutes || a.localeCompare(b))
    for (const [content, t] of contents) rows.push(row(month, content, t))
  }
  rows.push(row(String(year), YEAR, whole))
  return rows
}
