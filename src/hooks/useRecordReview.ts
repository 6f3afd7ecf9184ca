// The coordinator's side of service records: deciding a volunteer's 申请更正 (records.correct — correct the
// minutes and/or content, or reject, always with a reason; the record keeps its history) and 荣誉时长
// (records.addHonorary: counts toward records and stars, never the balance; one requestId per draft).
import { useCallback, useState } from 'react'
import { clearDraftId, draftId } from './draftIds'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import type { ServiceRecord } from './useRecords'

const split = (m: number | null | undefined) => (m == null ? { h: '', m: '' } : { h: String(Math.floor(m / 60)), m: String(m % 60) })

export function useRecordDecision(record: ServiceRecord, onDone: (r: ServiceRecord) => void) {
  const correct = useAction('records.correct', { fields: ['minutes', 'content', 'reason'] })
  const start = split(record.correction?.proposedMinutes ?? record.minutes)
  const [hours, setHours] = useState(start.h)
  const [minutes, setMinutes] = useState(start.m)
  const [content, setContent] = useState(record.content)
  const [reason, setReason] = useState('')

  const decide = useCallback(
    async (decision: 'correct' | 'reject') => {
      const total = toMinutes(hours, minutes)
      const changedContent = content.trim() && content.trim() !== record.content ? { content: content.trim() } : {}
      const input =
        decision === 'correct'
          ? { recordId: record.id, decision, reason: reason.trim(), minutes: Number.isFinite(total) ? total : -1, ...changedContent }
          : { recordId: record.id, decision, reason: reason.trim() }
      const r = await correct.run(input)
      if (r) onDone(r)
    },
    [correct, record, hours, minutes, content, reason, onDone]
  )

  return {
    hours,
    minutes,
    content,
    reason,
    decide,
    setDuration: (h: string, m: string) => {
      setHours(h)
      setMinutes(m)
      correct.clearField('minutes')
    },
    setContent: (v: string) => {
      setContent(v)
      correct.clearField('content')
    },
    setReason: (v: string) => {
      setReason(v)
      correct.clearField('reason')
    },
    pending: correct.pending,
    fieldErrors: correct.fieldErrors,
    formError: correct.formError
  }
}

const HONORARY_DRAFT = 'records.addHonorary'

export function useHonorary(volunteerId: string | null, onDone: (r: ServiceRecord) => void) {
  const add = useAction('records.addHonorary', { fields: ['minutes', 'reason'] })
  const [hours, setHours] = useState('')
  const [minutes, setMinutes] = useState('')
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<ServiceRecord | null>(null)
  const submit = useCallback(async () => {
    if (!volunteerId) return
    setDone(null)
    const total = toMinutes(hours, minutes)
    const r = await add.run({ requestId: draftId(HONORARY_DRAFT), volunteerId, minutes: Number.isFinite(total) ? total : 0, reason: reason.trim() })
    if (!r) return
    clearDraftId(HONORARY_DRAFT)
    setDone(r)
    setHours('')
    setMinutes('')
    setReason('')
    onDone(r)
  }, [add, volunteerId, hours, minutes, reason, onDone])
  return {
    hours,
    minutes,
    reason,
    submit,
    done,
    setDuration: (h: string, m: string) => {
      setHours(h)
      setMinutes(m)
      add.clearField('minutes')
    },
    setReason: (v: string) => {
      setReason(v)
      add.clearField('reason')
    },
    pending: add.pending,
    fieldErrors: add.fieldErrors,
    formError: add.formError
  }
}
