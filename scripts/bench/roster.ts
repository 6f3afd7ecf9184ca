// The bench's roster import probe, in its own process (not a test): ONE community and its coordinator in a
// throw-away store, then a --rows (default 10 000) row roster CSV (tests/fixtures/roster.ts: valid check digits,
// a third with 补录 hours) uploaded to the coordinator's roster folder, and volunteers.importRoster run as a dry run
// and as the import, through the router and the genuine SDK: wall time, round trips, documents written. Then the
// same file again (must add nothing) and a file with 3 bad rows (a dry run that must name them).
import fs from 'fs'
import os from 'os'
import path from 'path'
import { openCloudAt } from '../seed/cloud'
import { rosterCsv, rosterRows, uploadRoster } from '../../tests/fixtures/roster'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const n = Number(arg('--rows') ?? 10_000)
  const out = arg('--out')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-roster-'))
  const sc = await openCloudAt(dir)
  try {
    const now = new Date()
    await sc.db.collection('communities').add({ data: { _id: 'c-bench', name: '测试社区', code: 'BENCH', createdAt: now } })
    const consent = { version: require('../../src/shared/privacy/guide').PRIVACY_VERSION, at: now }
    const user = {
      _openid: 'coord-bench',
      nickname: '协调员',
      avatarUrl: null,
      roles: ['resident', 'coordinator'],
      communityId: 'c-bench',
      consent,
      createdAt: now,
      updatedAt: now
    }
    await sc.db.collection('users').add({ data: { _id: 'coord-bench', ...user } })
    const csv = rosterCsv(rosterRows(n))
    const cloud = require('wx-server-sdk')
    const fileId = await uploadRoster(cloud, 'coord-bench', 'roster.csv', csv)
    const timed = async (input: object) => {
      const t = process.hrtime.bigint()
      const r = await sc.call('coord-bench', 'volunteers.importRoster', input)
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      if (!r.result.ok) throw new Error(`volunteers.importRoster: ${JSON.stringify(r.result.error)}`)
      return { ms, roundTrips: r.counters.roundTrips, data: r.result.data }
    }
    const dry = await timed({ requestId: 'bench-dry-run', fileId, dryRun: true })
    const imp = await timed({ requestId: 'bench-import-1', fileId, dryRun: false })
    const again = await timed({ requestId: 'bench-import-2', fileId, dryRun: false })
    const volunteers = sc.local.store.all('volunteers').size
    const records = sc.local.store.all('service_records').size
    const res = {
      rows: n,
      bytes: Buffer.byteLength(csv),
      dryRun: { ms: dry.ms, roundTrips: dry.roundTrips, problems: dry.data.problemCount },
      import: { ms: imp.ms, roundTrips: imp.roundTrips, volunteers: imp.data.volunteers, pastRecords: imp.data.pastRecords },
      reimport: { ms: again.ms, roundTrips: again.roundTrips, alreadyImported: again.data.alreadyImported },
      stored: { volunteers, records }
    }
    console.error(
      `[roster] ${n} rows (${(res.bytes / 1024).toFixed(0)} KB CSV): dry run ${dry.ms.toFixed(0)} ms, ${dry.roundTrips} round trips; import ${imp.ms.toFixed(0)} ms, ${imp.roundTrips} round trips (${volunteers} volunteers, ${records} 补录 records stored); same file again ${again.ms.toFixed(0)} ms, ${again.roundTrips} round trips, alreadyImported=${again.data.alreadyImported}`
    )
    if (out) fs.writeFileSync(out, JSON.stringify(res))
  } finally {
    sc.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
