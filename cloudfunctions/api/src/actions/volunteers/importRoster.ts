// volunteers.importRoster — a coordinator imports the community's roster file (CSV or XLSX, national columns:
// src/shared/domain/roster.ts). dryRun: every bad row with its reason, nothing written. Import: only a clean
// file, all rows in one transaction (repos/roster.ts writeImport), volunteers approved with the next numbers.
// The same file into the same community again adds nothing (receipt by file hash); the same request again — also
// a concurrent copy — gets the same answer. Round trips: download, receipt, 1 per 1000 rows (already registered?),
// then the transaction: ~3 per 500 rows plus counter, rollups and the audit entry.
import { createHash } from 'crypto'
import { ROSTER_MAX_PROBLEMS, readRoster, type RosterProblem } from '../../../../../src/shared/domain/roster'
import type { RosterImportResult } from '../../../../../src/shared/contracts'
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { hashIdNumber } from '../../lib/idCrypto'
import { downloadRoster, fileHash, readTable } from '../../lib/rosterFile'
import { callerCommunity } from '../../lib/scope'
import { findImportReceipt, registeredIdHashes, writeImport, type StoredReceipt } from '../../repos/roster'
import type { RecordDoc } from '../../repos/records'
import { defineAction } from '../define'
import { pastRecord, rosterVolunteer } from './rosterDocs'

const fromReceipt = (r: StoredReceipt, dryRun: boolean, requestId: string): RosterImportResult => ({
  dryRun,
  problemCount: 0,
  problems: [],
  ...r.after,
  alreadyImported: dryRun || r.requestId !== requestId // the request that imported it hears what it heard first
})

export const importRoster = defineAction({
  action: 'volunteers.importRoster',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    callerCommunity(ctx)
    const community = ctx.community!
    const body = await downloadRoster(ctx.openid, input.fileId)
    const hash = fileHash(body)
    const importId = createHash('sha256').update(`${community._id}\u0000${hash}`).digest('hex').slice(0, 32)
    const earlier = await findImportReceipt(importId)
    if (earlier) return fromReceipt(earlier, input.dryRun, input.requestId)
    const reading = readRoster(readTable(body), shanghaiDay(ctx.now))
    const hashes = reading.people.map((p) => hashIdNumber(p.id.number))
    const registered = await registeredIdHashes(hashes)
    const problems: RosterProblem[] = [...reading.problems]
    reading.people.forEach((p, i) => {
      if (registered.has(hashes[i])) problems.push({ row: p.row, column: '证件号码', message: '该证件号码已登记为志愿者（系统中已存在）' })
    })
    problems.sort((a, b) => a.row - b.row)
    const pastMinutes = reading.people.reduce((s, p) => s + (p.pastService?.minutes ?? 0), 0)
    const summary = { rows: reading.rows, problemCount: problems.length, problems: problems.slice(0, ROSTER_MAX_PROBLEMS), alreadyImported: false }
    const counts = { volunteers: reading.people.length, pastRecords: reading.people.filter((p) => p.pastService).length, pastMinutes }
    if (input.dryRun) return { dryRun: true, ...summary, ...counts, firstNo: null, lastNo: null }
    if (problems.length)
      throw new AppError('ROSTER_HAS_PROBLEMS', { fileId: `共${problems.length}处错误，第一处：第${problems[0].row}行 ${problems[0].message}` })
    const volunteers = reading.people.map((p, i) => rosterVolunteer(p, hashes[i], importId, community, ctx.openid, ctx.now))
    const records = reading.people.map((p, i) => pastRecord(p, volunteers[i], community, ctx.now)).filter((r): r is RecordDoc => r !== null)
    const audit = {
      actorOpenid: ctx.openid,
      communityId: community._id,
      action: 'volunteers.importRoster',
      targetType: 'community',
      targetId: community._id,
      requestId: input.requestId, // the form's id: a replay of it is recognised by the receipt
      after: { fileHash: hash.slice(0, 16) }
    }
    const write = { importId, rows: reading.rows, communityId: community._id, communityCode: community.code, volunteers, records, audit }
    const stored = await writeImport(write, ctx.now).catch(async (e) => {
      const raced = await findImportReceipt(importId) // a concurrent copy of this import committed first
      if (raced) return raced
      throw e
    })
    return fromReceipt(stored, false, input.requestId)
  }
})
