// 名册导入 / 全量导出: the volunteer roster in the column layout of the national system's batch import template
// (全国志愿服务信息系统「志愿者批量导入」, fields of MZ/T 061 志愿者基本信息) plus three columns of past service hours
// (补录). One place defines the columns; the import (server), the fixture generator, the full export and the page's
// help text all read them. Every row rule lives here, so a dry run and the real import judge a file identically.
// Rules per row (row numbers count the header as row 1, as a spreadsheet shows them):
// - 姓名, 证件类型 (居民身份证 only: the ID rules are GB 11643), 证件号码 (region, birth date, check digit), 手机号;
// - 性别 and 出生日期 may be left empty; when filled they must agree with the ID number;
// - age on the import day: 18+ only — a minor needs a guardian's consent given in person (volunteers.register);
// - one person once per file (by ID number); the store check (already registered) is the server's;
// - 补录: hours > 0 with at most two decimals, a service day not after today, and a source (纸质台账, 原系统…).
import { ageBand, ageOn, parseIdNumber, type IdCardInfo } from './idcard'
import { POLITICAL_STATUS_LABELS, politicalStatusFromLabel, type PoliticalStatus } from './politicalStatus'

export const ROSTER_COLUMNS = [
  '姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '性别',
  '出生日期',
  '政治面貌',
  '服务技能/特长',
  '注册时间',
  '原志愿者编号',
  '补录服务时长（小时）',
  '补录服务日期',
  '补录来源'
] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]
/** Columns a file must have (the others may be absent or empty). */
export const ROSTER_REQUIRED: readonly RosterColumn[] = ['姓名', '证件类型', '证件号码', '手机号']
export const ROSTER_ID_TYPE = '居民身份证'
/** Most data rows one file may hold. */
export const ROSTER_MAX_ROWS = 20000
/** Most bad rows a dry run lists (the count is always exact). */
export const ROSTER_MAX_PROBLEMS = 500

export interface RosterProblem {
  /** The spreadsheet row (header = 1). */
  row: number
  column: RosterColumn | null
  message: string
}

export interface RosterPerson {
  row: number
  realName: string
  id: IdCardInfo
  phone: string
  /** The key of the 政治面貌 the row gives (politicalStatus.ts, one list with the profile), null when blank. */
  politicalStatus: PoliticalStatus | null
  specialty: string
  registeredOn: string | null
  formerNo: string | null
  /** 补录: past hours as integer minutes with their day and source, or null. */
  pastService: { minutes: number; date: string; source: string } | null
}

const NAME = /^[\u4e00-\u9fa5·]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,39}$/
const PHONE = /^1[3-9]\d{9}$/
const HOURS = /^\d{1,5}(\.\d{1,2})?$/

/** YYYY-MM-DD from 2026-3-5, 2026/03/05, 2026年3月5日 or an Excel date serial; null when it is none of those. */
export function normalizeDay(raw: string): string | null {
  const s = raw.trim()
  if (/^\d{5}$/.test(s)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(s) * 86400000) // Excel's 1900 date system
    return d.toISOString().slice(0, 10)
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return null
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null
}

/** Hours with at most two decimals as integer minutes (1.5 → 90, 0.01 → 1 rounded half up); null if not such a number. */
export function hoursToMinutes(raw: string): number | null {
  const s = raw.trim()
  if (!HOURS.test(s)) return null
  const [whole, frac = ''] = s.split('.')
  const hundredths = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return Math.round((hundredths * 60) / 100)
}

/** Maps header cells to columns; problems name missing required columns and unknown ones. */
export function readHeader(header: readonly string[]): { index: Map<RosterColumn, number>; problems: RosterProblem[] } {
  const index = new Map<RosterColumn, number>()
  const problems: RosterProblem[] = []
  header.forEach((cell, i) => {
    const name = cell.trim() as RosterColumn
    if (!cell.trim()) return
    if (!ROSTER_COLUMNS.includes(name)) problems.push({ row: 1, column: null, message: `表头「${cell.trim()}」不是名册的列，请使用导入模板` })
    else if (index.has(name)) problems.push({ row: 1, column: name, message: `表头「${name}」重复` })
    else index.set(name, i)
  })
  for (const c of ROSTER_REQUIRED) if (!index.has(c)) problems.push({ row: 1, column: c, message: `缺少必填列「${c}」` })
  return { index, problems }
}

const ID_MESSAGES: Record<string, string> = {
  ID_FORMAT: '证件号码应为18位，最后一位可以是数字或X',
  ID_REGION_INVALID: '证件号码的地区码不正确',
  ID_BIRTHDATE_INVALID: '证件号码中的出生日期不正确',
  ID_CHECKSUM_INVALID: '证件号码校验位不正确'
}

/** Judges one data row (`today` = the import day, Shanghai): the person, or the row's problems (each in Chinese). */
export function readRow(cells: readonly string[], row: number, index: Map<RosterColumn, number>, today: string): RosterPerson | RosterProblem[] {
  const get = (c: RosterColumn) => {
    const i = index.get(c)
    return i === undefined ? '' : (cells[i] ?? '').trim()
  }
  const problems: RosterProblem[] = []
  const bad = (column: RosterColumn, message: string) => problems.push({ row, column, message })
  const realName = get('姓名')
  if (!realName) bad('姓名', '姓名不能为空')
  else if (!NAME.test(realName)) bad('姓名', '姓名应为身份证上的真实姓名')
  const idType = get('证件类型')
  if (idType !== ROSTER_ID_TYPE) bad('证件类型', idType ? `证件类型「${idType}」暂不支持，仅支持居民身份证` : '证件类型不能为空')
  const parsed = parseIdNumber(get('证件号码'), today)
  let id: IdCardInfo | null = null
  if (!get('证件号码')) bad('证件号码', '证件号码不能为空')
  else if (!parsed.ok) bad('证件号码', ID_MESSAGES[parsed.problem])
  else id = parsed.info
  if (id) {
    const band = ageBand(ageOn(id.birthDate, today))
    if (band === 'too_young') bad('证件号码', '未满14周岁，不能注册为志愿者')
    if (band === 'minor_with_guardian') bad('证件号码', '未满18周岁，须本人在小程序登记并取得监护人同意，不能批量导入')
    const gender = get('性别')
    if (gender && gender !== (id.gender === 'male' ? '男' : '女')) bad('性别', '性别与证件号码不一致')
    const birth = get('出生日期')
    if (birth && normalizeDay(birth) !== id.birthDate) bad('出生日期', '出生日期与证件号码不一致')
  }
  const phone = get('手机号')
  if (!PHONE.test(phone)) bad('手机号', phone ? '手机号应为11位手机号码' : '手机号不能为空')
  const political = get('政治面貌')
  if (political && !politicalStatusFromLabel(political)) bad('政治面貌', `政治面貌应为：${Object.values(POLITICAL_STATUS_LABELS).join('、')}`)
  const registered = get('注册时间')
  const registeredOn = registered ? normalizeDay(registered) : null
  if (registered && (!registeredOn || registeredOn > today)) bad('注册时间', '注册时间不是有效日期')
  const pastService = readPastService(get, bad, today)
  if (problems.length || !id) return problems
  const formerNo = get('原志愿者编号').slice(0, 40) || null
  return {
    row,
    realName,
    id,
    phone,
    politicalStatus: politicalStatusFromLabel(political),
    specialty: get('服务技能/特长').slice(0, 100),
    registeredOn,
    formerNo,
    pastService
  }
}

function readPastService(get: (c: RosterColumn) => string, bad: (c: RosterColumn, m: string) => void, today: string): RosterPerson['pastService'] {
  const [hours, day, source] = [get('补录服务时长（小时）'), get('补录服务日期'), get('补录来源')]
  if (!hours && !day && !source) return null
  const minutes = hoursToMinutes(hours)
  if (!hours) bad('补录服务时长（小时）', '填写了补录日期或来源，请同时填写补录服务时长')
  else if (minutes === null || minutes <= 0 || minutes > 1500 * 60) bad('补录服务时长（小时）', '补录服务时长应为大于0、最多两位小数的小时数')
  const date = day ? normalizeDay(day) : null
  if (!day) bad('补录服务日期', '请填写补录服务日期')
  else if (!date || date > today) bad('补录服务日期', '补录服务日期不是有效日期或晚于今天')
  if (!source) bad('补录来源', '请填写补录来源（如：纸质台账）')
  else if (source.length > 50) bad('补录来源', '补录来源最多50个字')
  return minutes && date && source && source.length <= 50 ? { minutes, date, source } : null
}

export interface RosterReading {
  people: RosterPerson[]
  problems: RosterProblem[]
  rows: number
}

/** Judges a whole table (first row = header): every row's own rules, then duplicates inside the file. */
export function readRoster(table: readonly (readonly string[])[], today: string): RosterReading {
  const [header = [], ...body] = table
  const { index, problems } = readHeader(header)
  if (problems.length) return { people: [], problems, rows: 0 }
  const people: RosterPerson[] = []
  const firstRowOf = new Map<string, number>()
  let rows = 0
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return // blank lines (a trailing one, spacing) are not rows
    rows++
    const row = i + 2
    const read = readRow(cells, row, index, today)
    if (Array.isArray(read)) return void problems.push(...read)
    const first = firstRowOf.get(read.id.number)
    if (first !== undefined) return void problems.push({ row, column: '证件号码', message: `与第${first}行是同一证件号码（文件内重复）` })
    firstRowOf.set(read.id.number, row)
    people.push(read)
  })
  if (rows > ROSTER_MAX_ROWS) problems.unshift({ row: 1, column: null, message: `一次最多导入${ROSTER_MAX_ROWS}行，请拆分文件` })
  if (rows === 0) problems.push({ row: 1, column: null, message: '文件中没有数据行' })
  return { people, problems, rows }
}

/**
 * The full export (exports.nationalRoster): the import columns a volunteer record can fill, then our number, the
 * organisation and recorded hours. ID number and phone in full — only street and platform admins get this file.
 */
export const NATIONAL_EXPORT_HEADERS = [
  '姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '性别',
  '出生日期',
  '政治面貌',
  '服务技能/特长',
  '注册时间',
  '志愿者编号',
  '所属组织',
  '累计服务时长（小时）'
] as const
