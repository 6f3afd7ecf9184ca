// 导出 (coordinators and admins): CSV files for the national volunteer service information system (全国志愿服务信息
// 系统) and for the community's own books — the volunteer roll, the service records of a month or a date range, and
// a year's monthly summary. 《志愿服务条例》art 19 asks organizations to enter records in the national system under
// the unified data standard; the column names below are that system's Chinese field names. Privacy (art 20):
// identity numbers appear only masked (the clear number is never decrypted for an export) and phones masked.
// Each export is a file in cloud storage: the reply names it (fileId) and gives a temporary download URL.
import * as z from '../zod'
import { id } from './fields'

/** Most rows one export may hold; beyond it the export is refused with EXPORT_TOO_LARGE (narrow the range). */
export const EXPORT_MAX_ROWS = 20000
/** How long the download URL stays valid (seconds). */
export const EXPORT_URL_MAX_AGE_S = 3600

export const VOLUNTEER_EXPORT_HEADERS = [
  '序号',
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '联系电话',
  '志愿者编号',
  '所属组织',
  '服务区域',
  '服务技能',
  '注册日期',
  '审核通过日期',
  '累计服务时长（小时）'
] as const

export const RECORD_EXPORT_HEADERS = [
  '序号',
  '姓名',
  '证件类型',
  '证件号码',
  '志愿者编号',
  '所属组织',
  '服务内容',
  '服务地点',
  '服务日期',
  '服务开始时间',
  '服务结束时间',
  '服务时长（小时）',
  '记录类型',
  '服务评价',
  '记录编号',
  '备注'
] as const

/** One row per month and content (服务内容 全部 = the month's totals), then 全年. */
export const SUMMARY_EXPORT_HEADERS = ['月份', '服务内容', '服务人数', '服务记录数', '服务时长（小时）'] as const

export const EXPORT_KINDS = ['volunteers', 'records', 'monthlySummary', 'nationalRoster'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  volunteers: '志愿者名册',
  records: '服务记录',
  monthlySummary: '月度汇总',
  nationalRoster: '全量名册'
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM')
/** Admins may name any community; a coordinator naming another community is refused (FORBIDDEN). */
const communityId = id.optional()

export const ExportFile = z.object({
  /** The name to save or share the file under (Chinese, e.g. 服务记录_文昌社区_2026-11.csv). */
  fileName: z.string(),
  /** cloud://… in cloud storage. */
  fileId: z.string(),
  /** Temporary download URL (valid EXPORT_URL_MAX_AGE_S). */
  url: z.string(),
  /** Data rows, the header not counted. */
  rows: z.number().int(),
  bytes: z.number().int()
})
export type ExportFile = z.infer<typeof ExportFile>

export const exportsContracts = {
  /** The community's approved volunteers, by 志愿者编号. */
  'exports.volunteers': { input: z.object({ communityId }).strict(), output: ExportFile },
  /** Service records whose service day falls in one month, or in [from, to] (at most 366 days). */
  'exports.records': {
    input: z
      .object({ communityId, month: month.optional(), from: day.optional(), to: day.optional() })
      .strict()
      .refine((v) => (v.month ? !v.from && !v.to : !!v.from && !!v.to), { message: '请选择月份，或起止日期', path: ['month'] }),
    output: ExportFile
  },
  /** Per month of a year: volunteers served, records and hours, in total and by service content. */
  'exports.monthlySummary': { input: z.object({ communityId, year: z.number().int().min(2000).max(2100) }).strict(), output: ExportFile }
}
