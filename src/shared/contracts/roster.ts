// 名册导入、身份认领、全量导出 (src/shared/domain/roster.ts holds the columns and the row rules).
// - volunteers.importRoster: a coordinator's roster file (uploaded to `rosters/<upload key>/`), judged row by row.
//   dryRun reports every bad row and writes nothing; the import writes all rows or none (one transaction), only
//   from a clean file, and the same file imported again into the same community adds nothing.
// - volunteers.claim: a WeChat user who is on an imported roster takes that record over by confirming name, ID
//   number and phone (all three must match; one error code whichever does not, so it reveals nothing).
// - exports.nationalRoster: every field in the national import layout, ID number and phone UNMASKED — for street
//   admins (their street) and platform admins only, with a stated purpose that goes into the audit log.
import * as z from '../zod'
import { ROSTER_COLUMNS } from '../domain/roster'
import { ExportFile } from './exports'
import { id, phone, realName } from './fields'

const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)

export const RosterProblemView = z.object({ row: z.number().int(), column: z.enum(ROSTER_COLUMNS).nullable(), message: z.string() })

export const RosterImportResult = z.object({
  dryRun: z.boolean(),
  /** Data rows in the file (blank lines not counted). */
  rows: z.number().int(),
  /** Bad rows found (exact), and the first ROSTER_MAX_PROBLEMS of them in row order. */
  problemCount: z.number().int(),
  problems: z.array(RosterProblemView),
  /** Volunteers created (dry run: that would be created) and 补录 service records with them. */
  volunteers: z.number().int(),
  pastRecords: z.number().int(),
  pastMinutes: z.number().int(),
  /** True when this very file had been imported into this community before: nothing was added. */
  alreadyImported: z.boolean(),
  /** The volunteer numbers issued, first and last (null for a dry run or nothing imported). */
  firstNo: z.string().nullable(),
  lastNo: z.string().nullable()
})
export type RosterImportResult = z.infer<typeof RosterImportResult>

export const rosterContracts = {
  'volunteers.importRoster': {
    input: z
      .object({
        requestId,
        fileId: z.string().min(1, '请选择名册文件').max(300),
        dryRun: z.boolean()
      })
      .strict(),
    output: RosterImportResult
  },
  'volunteers.claim': {
    input: z
      .object({
        realName,
        idNumber: z.string().trim().min(1, '请填写身份证号码').max(30),
        phone
      })
      .strict(),
    output: z.object({ volunteerId: z.string(), volunteerNo: z.string().nullable(), communityName: z.string(), pastMinutes: z.number().int() })
  },
  'exports.nationalRoster': {
    input: z
      .object({
        communityId: id.optional(),
        purpose: z.string().trim().min(4, '请写明导出用途（至少4个字）').max(100, '导出用途最多100个字')
      })
      .strict(),
    output: ExportFile
  }
}
