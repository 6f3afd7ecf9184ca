// 导出 (coordinators): the three CSV exports — 志愿者名册, 服务记录 of a month or a date range, 月度汇总 of a year —
// each run with its own action, then handed to the platform (exportFile.ts). The last result of each kind stays
// on the page (rows, size, when) with a way to get the file again while its link is valid.
import { useCallback, useState } from 'react'
import type { ExportFile, ExportKind } from '../shared/contracts'
import { shanghaiDay } from '../shared/time'
import { copyExportLink, fetchExportFile, shareExportFile } from './exportFile'
import { useAction } from './useAction'

export interface ExportResult extends ExportFile {
  /** When it was made (for "导出于 …"). */
  at: Date
  /** weapp: the file downloaded into the temp folder, ready to send to a chat; null in H5 or if the download failed. */
  localPath: string | null
}

export type RecordsMode = 'month' | 'range'

function defaults(now = new Date()) {
  const today = shanghaiDay(now)
  return { today, month: today.slice(0, 7), from: `${today.slice(0, 7)}-01`, year: Number(today.slice(0, 4)) }
}

export function useExports() {
  const volunteers = useAction('exports.volunteers')
  const records = useAction('exports.records', { fields: ['month', 'from', 'to'] })
  const summary = useAction('exports.monthlySummary', { fields: ['year'] })
  // 全量名册 (street and platform admins): unmasked, so the purpose is asked and audited.
  const national = useAction('exports.nationalRoster', { fields: ['purpose'] })
  const [purpose, setPurpose] = useState('')
  const [initial] = useState(defaults)
  const [mode, setModeState] = useState<RecordsMode>('month')
  const [month, setMonthState] = useState(initial.month)
  const [range, setRange] = useState({ from: initial.from, to: initial.today })
  const [year, setYear] = useState(initial.year)
  const [results, setResults] = useState<Partial<Record<ExportKind, ExportResult>>>({})

  const deliver = useCallback(async (kind: ExportKind, file: ExportFile | null) => {
    if (!file) return
    const localPath = await fetchExportFile(file)
    setResults((r) => ({ ...r, [kind]: { ...file, at: new Date(), localPath } }))
  }, [])

  const exportVolunteers = useCallback(async () => deliver('volunteers', await volunteers.run({})), [volunteers, deliver])
  const exportRecords = useCallback(async () => {
    deliver('records', await records.run(mode === 'month' ? { month } : { from: range.from, to: range.to }))
  }, [records, mode, month, range, deliver])
  const exportSummary = useCallback(async () => deliver('monthlySummary', await summary.run({ year })), [summary, year, deliver])
  /** A street admin exports their whole street (no communityId); a platform admin names a community. */
  const exportNational = useCallback(
    async (communityId?: string) => deliver('nationalRoster', await national.run(communityId ? { communityId, purpose } : { purpose })),
    [national, purpose, deliver]
  )

  /** Gets the file again: H5 downloads it, weapp sends the downloaded file to a chat. */
  const again = useCallback(
    async (kind: ExportKind) => {
      const r = results[kind]
      if (!r) return
      if (r.localPath) {
        if (!(await shareExportFile(r.localPath, r.fileName))) await copyExportLink(r)
      } else await fetchExportFile(r)
    },
    [results]
  )
  const copyLink = useCallback(
    async (kind: ExportKind) => {
      const r = results[kind]
      if (r) await copyExportLink(r)
    },
    [results]
  )

  return {
    volunteers,
    records,
    summary,
    national,
    purpose,
    exportNational,
    setPurpose: (p: string) => {
      setPurpose(p)
      national.clearField('purpose')
    },
    results,
    mode,
    month,
    range,
    year,
    exportVolunteers,
    exportRecords,
    exportSummary,
    again,
    copyLink,
    setMode: (m: RecordsMode) => {
      setModeState(m)
      records.reset()
    },
    setMonth: (m: string) => {
      setMonthState(m)
      records.clearField('month')
    },
    setDay: (key: 'from' | 'to', d: string) => {
      setRange((r) => ({ ...r, [key]: d }))
      records.clearField(key)
    },
    setYear: (y: number) => {
      setYear(y)
      summary.clearField('year')
    }
  }
}
