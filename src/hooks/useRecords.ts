// 服务记录: service records (records.list, paged, by year) with the stars they earn — the caller's own, or for a
// coordinator one volunteer's — and a volunteer's 申请更正 (records.requestCorrection) on one record.
import { useCallback, useState } from 'react'
import type { ActionOutput, ServiceRecordView } from '../shared/contracts'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { usePagedQuery } from './usePagedQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type RecordsPage = ActionOutput<'records.list'>
export type ServiceRecord = ServiceRecordView

export const RECORD_SOURCE_LABELS: Record<ServiceRecord['source'], string> = { order: '订单服务', project: '项目活动', honorary: '荣誉时长', import: '补录' }
export const CORRECTION_STATUS_LABELS: Record<NonNullable<ServiceRecord['correction']>['status'], string> = {
  requested: '更正审核中',
  corrected: '已更正',
  rejected: '未予更正'
}

/** `volunteerId` null = the caller's own records; `enabled` false waits (e.g. until a volunteer is picked). */
export function useRecords(year: number | null, volunteerId: string | null = null, enabled = true) {
  const list = usePagedQuery('records.list', { ...(year ? { year } : {}), ...(volunteerId ? { volunteerId } : {}) }, enabled)
  useReloadOnShow(list.reload)
  const summary: Omit<RecordsPage, 'items' | 'hasMore'> | null = list.page
    ? { totalMinutes: list.page.totalMinutes, stars: list.page.stars, nextStar: list.page.nextStar }
    : null
  return { ...list, summary }
}

/** 申请更正: why, and (optionally) the minutes the volunteer believes are right. */
export function useCorrectionRequest(recordId: string, onDone: (r: ServiceRecord) => void) {
  const request = useAction('records.requestCorrection', { fields: ['reason', 'proposedMinutes'] })
  const { clearField } = request
  const [reason, setReason] = useState('')
  const [hours, setHours] = useState('')
  const [minutes, setMinutes] = useState('')
  const submit = useCallback(async () => {
    const proposed = hours.trim() || minutes.trim() ? toMinutes(hours, minutes) : null
    const r = await request.run({
      recordId,
      reason: reason.trim(),
      ...(proposed !== null ? { proposedMinutes: Number.isFinite(proposed) ? proposed : -1 } : {})
    })
    if (r) onDone(r)
    return r
  }, [request, recordId, reason, hours, minutes, onDone])
  const setDuration = useCallback(
    (h: string, m: string) => {
      setHours(h)
      setMinutes(m)
      clearField('proposedMinutes')
    },
    [clearField]
  )
  return {
    reason,
    setReason: (v: string) => {
      setReason(v)
      clearField('reason')
    },
    hours,
    minutes,
    setDuration,
    submit,
    pending: request.pending,
    fieldErrors: request.fieldErrors,
    formError: request.formError
  }
}
