// 服务记录: service records (records.list, paged, by year) with the stars they earn — the caller's own, or for a
// coordinator one volunteer's — and a volunteer's 申请更正 (records.requestCorrection) on one record.
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput, ServiceRecordView } from '../shared/contracts'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { toClientError } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type RecordsPage = ActionOutput<'records.list'>
export type ServiceRecord = ServiceRecordView

const PAGE = 20

export const RECORD_SOURCE_LABELS: Record<ServiceRecord['source'], string> = { order: '订单服务', project: '项目活动', honorary: '荣誉时长' }
export const CORRECTION_STATUS_LABELS: Record<NonNullable<ServiceRecord['correction']>['status'], string> = { requested: '更正审核中', corrected: '已更正', rejected: '未予更正' }

/** `volunteerId` null = the caller's own records; `enabled` false waits (e.g. until a volunteer is picked). */
export function useRecords(year: number | null, volunteerId: string | null = null, enabled = true) {
  const [items, setItems] = useState<ServiceRecord[]>([])
  const [summary, setSummary] = useState<Omit<RecordsPage, 'items' | 'hasMore'> | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)

  const load = useCallback((offset: number) => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    callApi('records.list', { offset, limit: PAGE, ...(year ? { year } : {}), ...(volunteerId ? { volunteerId } : {}) })
      .then((page) => {
        if (mine !== seq.current) return
        setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]))
        setSummary({ totalMinutes: page.totalMinutes, stars: page.stars, nextStar: page.nextStar })
        setHasMore(page.hasMore)
        setLoading(false)
      })
      .catch((e: unknown) => {
        if (mine !== seq.current) return
        setError(toClientError(e))
        setLoading(false)
      })
  }, [year, volunteerId])

  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return undefined
    }
    setItems([])
    load(0)
    return () => {
      seq.current++
    }
  }, [load, enabled])

  const reload = useCallback(() => load(0), [load])
  useReloadOnShow(reload)
  /** Replaces one record after a correction request or decision returned it. */
  const replace = useCallback((r: ServiceRecord) => setItems((prev) => prev.map((x) => (x.id === r.id ? r : x))), [])
  return { items, summary, hasMore, loading, error, reload, loadMore: () => load(items.length), replace }
}

/** 申请更正: why, and (optionally) the minutes the volunteer believes are right. */
export function useCorrectionRequest(recordId: string, onDone: (r: ServiceRecord) => void) {
  const request = useAction('records.requestCorrection', { fields: ['reason', 'proposedMinutes'] })
  const [reason, setReason] = useState('')
  const [hours, setHours] = useState('')
  const [minutes, setMinutes] = useState('')
  const submit = useCallback(async () => {
    const proposed = hours.trim() || minutes.trim() ? toMinutes(hours, minutes) : null
    const r = await request.run({ recordId, reason: reason.trim(), ...(proposed !== null ? { proposedMinutes: Number.isFinite(proposed) ? proposed : -1 } : {}) })
    if (r) onDone(r)
    return r
  }, [request, recordId, reason, hours, minutes, onDone])
  const setDuration = useCallback((h: string, m: string) => {
    setHours(h)
    setMinutes(m)
    request.clearField('proposedMinutes')
  }, [request.clearField])
  return {
    reason, setReason: (v: string) => { setReason(v); request.clearField('reason') }, hours, minutes, setDuration, submit,
    pending: request.pending, fieldErrors: request.fieldErrors, formError: request.formError
  }
}
