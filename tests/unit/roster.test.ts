// The roster rulebook (src/shared/domain/roster.ts) on its own: dates in the forms spreadsheets write them, hours
// to integer minutes, the header, each row rule, 补录 completeness and duplicates within a file; CSV with bare LF.
import { parseCsv } from '../../src/shared/domain/csv'
import { hoursToMinutes, normalizeDay, readRoster, ROSTER_COLUMNS } from '../../src/shared/domain/roster'
import { rosterCsv, rosterRow } from '../fixtures/roster'

const TODAY = '2026-06-15'
const table = (rows: Array<Record<string, string>>) => [[...ROSTER_COLUMNS], ...rows.map((r) => ROSTER_COLUMNS.map((c) => r[c] ?? ''))]

describe('roster rules', () => {
  it('reads days as spreadsheets write them, and refuses impossible ones', () => {
    expect(['2024-3-5', '2024/03/05', '2024年3月5日', '2024.3.5', '45356'].map(normalizeDay)).toEqual(Array(5).fill('2024-03-05'))
    expect(['2024-02-30', '2024-13-01', 'abc', ''].map(normalizeDay)).toEqual([null, null, null, null])
  })

  it('turns hours with at most two decimals into integer minutes', () => {
    expect(['1', '1.5', '0.01', '2.25', '100'].map(hoursToMinutes)).toEqual([60, 90, 1, 135, 6000])
    expect(['1.234', '-1', '一小时', '1e3', ''].map(hoursToMinutes)).toEqual([null, null, null, null, null])
  })

  it('accepts a valid row and keeps its 补录', () => {
    const r = readRoster(table([rosterRow(0, 0, true) as Record<string, string>]), TODAY)
    expect(r.problems).toEqual([])
    expect(r.people[0]).toMatchObject({ row: 2, pastService: { minutes: 150, date: '2024-06-01', source: '纸质台账' } })
  })

  it('asks for all three 补录 fields together, with a day not after today', () => {
    const base = rosterRow(1, 0, false) as Record<string, string>
    const r = readRoster(
      table([
        { ...base, 补录来源: '台账' },
        { ...(rosterRow(2, 0, false) as Record<string, string>), '补录服务时长（小时）': '1', 补录服务日期: '2026-07-01', 补录来源: '台账' }
      ]),
      TODAY
    )
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '补录服务时长（小时）'],
      [2, '补录服务日期'],
      [3, '补录服务日期']
    ])
  })

  it('refuses other ID types, a wrong gender, an unknown political status and skips blank lines', () => {
    const base = rosterRow(3) as Record<string, string>
    const r = readRoster(
      table([
        { ...base, 证件类型: '护照' },
        {},
        { ...(rosterRow(4) as Record<string, string>), 性别: rosterRow(4).性别 === '男' ? '女' : '男', 政治面貌: '团员' }
      ]),
      TODAY
    )
    expect(r.rows).toBe(2)
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '证件类型'],
      [4, '性别'],
      [4, '政治面貌']
    ])
  })

  it('parses CSV saved with bare LF line ends like CRLF', () => {
    const crlf = rosterCsv([rosterRow(5), rosterRow(6)])
    expect(parseCsv(crlf.replace(/\r\n/g, '\n'))).toEqual(parseCsv(crlf))
  })
})
