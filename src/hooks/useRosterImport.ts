// 名册导入 (coordinators): choose a file → it is uploaded and checked at once (a dry run on the server, the same
// rules as the import) → the report lists every bad row → 导入 is offered only for a clean report → the result.
// Choosing another file (the corrected one) starts over. The import's requestId is kept per file (draftIds), so a
// retried tap after a lost reply is recognised by the server and answered the same.
import { useCallback, useState } from 'react'
import { pickAndUploadRoster, type PickedRoster } from '../api/rosterFile'
import { ApiClientError } from '../api/errors'
import type { RosterImportResult } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'

export function useRosterImport() {
  const check = useAction('volunteers.importRoster')
  const write = useAction('volunteers.importRoster')
  const [file, setFile] = useState<PickedRoster | null>(null)
  const [report, setReport] = useState<RosterImportResult | null>(null)
  const [result, setResult] = useState<RosterImportResult | null>(null)
  const [pickError, setPickError] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)

  const choose = useCallback(async () => {
    setPickError(null)
    let picked: PickedRoster | null = null
    setUploading(true)
    try {
      picked = await pickAndUploadRoster()
    } catch (e) {
      setPickError(e instanceof ApiClientError ? e.message : '名册上传失败，请稍后再试')
    } finally {
      setUploading(false)
    }
    if (!picked) return
    setFile(picked)
    setReport(null)
    setResult(null)
    write.reset()
    setReport(await check.run({ requestId: draftId(`roster-check-${picked.fileId.slice(-24)}`), fileId: picked.fileId, dryRun: true }))
  }, [check, write])

  const importNow = useCallback(async () => {
    if (!file || !report || report.problemCount > 0) return
    const key = `roster-import-${file.fileId.slice(-24)}`
    const done = await write.run({ requestId: draftId(key), fileId: file.fileId, dryRun: false })
    if (done) {
      clearDraftId(key)
      setResult(done)
    }
  }, [file, report, write])

  const clean = !!report && report.problemCount === 0 && !report.alreadyImported
  return { file, report, result, check, write, pickError, uploading, choose, importNow, canImport: clean && !result }
}
