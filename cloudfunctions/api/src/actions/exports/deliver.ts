// What every export does once its rows are built: the CSV text becomes UTF-8 bytes in cloud storage (uploaded by
// the function itself, wx-server-sdk uploadFile), a temporary download URL is made, and the export is audited.
// Invariants:
// - the storage path is derived from (openid, requestId): a retried request overwrites its own file instead of
//   leaving a second copy, and, holding a 128-bit hash, the path cannot be guessed (exports hold names and
//   masked IDs; locally the gateway serves files by path);
// - the audit entry names what was exported and how much, never the file's content, and is written once per
//   request (recordAuditOnce).
import { createHash } from 'crypto'
import { EXPORT_URL_MAX_AGE_S, type ExportFile, type ExportKind } from '../../../../../src/shared/contracts'
import { AppError } from '../../../../../src/shared/errors'
import { cloud } from '../../lib/cloud'
import { tempFileUrls } from '../../lib/storage'
import { recordAuditOnce } from '../../repos/audit'
import type { ActionContext } from '../define'

export interface CsvExport {
  kind: ExportKind
  communityId: string
  /** The name the user saves or shares the file under (Chinese). */
  fileName: string
  /** The text from buildCsv (with its BOM). */
  csv: string
  rows: number
  /** What was asked for (month, range, year): goes into the audit entry. */
  period: Record<string, unknown>
}

export async function deliverCsv(ctx: ActionContext, e: CsvExport): Promise<ExportFile> {
  const key = createHash('sha256').update(`export\u0000${ctx.openid}\u0000${ctx.requestId}`).digest('hex').slice(0, 32)
  const body = Buffer.from(e.csv, 'utf8')
  const cloudPath = `exports/${e.communityId}/${key}/${e.kind}.csv`
  const uploaded = await cloud.uploadFile({ cloudPath, fileContent: body })
  if (!uploaded.fileID) throw new Error(`export upload returned no fileID (${cloudPath})`)
  const url = (await tempFileUrls([{ fileID: uploaded.fileID, maxAge: EXPORT_URL_MAX_AGE_S }]))[0]?.tempFileURL
  if (!url) throw new AppError('INTERNAL')
  await recordAuditOnce(
    `export-${key}`,
    {
      actorOpenid: ctx.openid,
      communityId: e.communityId,
      action: `exports.${e.kind}`,
      targetType: 'community',
      targetId: e.communityId,
      requestId: ctx.requestId,
      after: { ...e.period, fileName: e.fileName, rows: e.rows, bytes: body.length }
    },
    ctx.now
  )
  return { fileName: e.fileName, fileId: uploaded.fileID, url, rows: e.rows, bytes: body.length }
}
