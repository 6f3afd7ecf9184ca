// 志愿服务记录证明: issuing one for a date range of the caller's own records (certificates.issue, free, one
// requestId per draft), the caller's certificates (certificates.list) and one of them by number, and the public
// 证明核验 (certificates.verify: number + 6-character code → valid with masked data, or invalid).
import { useCallback, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../shared/contracts'
import { shanghaiDay } from '../shared/time'
import { clearDraftId, draftId } from './draftIds'
import { TIMEBANK_PAGES } from './timebankRoutes'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export type Certificate = ActionOutput<'certificates.issue'>
export type VerifiedCertificate = NonNullable<ActionOutput<'certificates.verify'>['certificate']>

const DRAFT = 'certificates.issue'

export type RangeChoice = 'thisYear' | 'lastYear' | 'last12' | 'custom'
export const RANGE_LABELS: Record<RangeChoice, string> = { thisYear: '今年', lastYear: '去年', last12: '近12个月', custom: '自定义' }

/** The China-time date range a quick choice stands for (custom keeps what was picked). */
export function rangeFor(choice: Exclude<RangeChoice, 'custom'>, now = new Date()): { from: string; to: string } {
  const today = shanghaiDay(now)
  const y = Number(today.slice(0, 4))
  if (choice === 'thisYear') return { from: `${y}-01-01`, to: today }
  if (choice === 'lastYear') return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }
  const md = today.slice(4) === '-02-29' ? '-02-28' : today.slice(4)
  return { from: `${y - 1}${md}`, to: today }
}

export function useIssueCertificate() {
  const issue = useAction('certificates.issue', { fields: ['from', 'to'] })
  const mine = useQuery('certificates.list', {})
  const [choice, setChoiceState] = useState<RangeChoice>('thisYear')
  const [range, setRange] = useState(() => rangeFor('thisYear'))
  const { reset: resetIssue, clearField } = issue

  const setChoice = useCallback(
    (c: RangeChoice) => {
      setChoiceState(c)
      if (c !== 'custom') setRange(rangeFor(c))
      resetIssue()
    },
    [resetIssue]
  )
  const setDay = useCallback(
    (key: 'from' | 'to', day: string) => {
      setChoiceState('custom')
      setRange((r) => ({ ...r, [key]: day }))
      clearField(key)
    },
    [clearField]
  )

  const submit = useCallback(async () => {
    const c = await issue.run({ requestId: draftId(DRAFT), ...range })
    if (!c) return
    clearDraftId(DRAFT)
    await Taro.navigateTo({ url: TIMEBANK_PAGES.certificate(c.number) })
    mine.reload()
  }, [issue, range, mine])

  return { choice, setChoice, range, setDay, submit, pending: issue.pending, fieldErrors: issue.fieldErrors, formError: issue.formError, mine }
}

/** One of the caller's certificates by its number. */
export function useCertificate(number: string) {
  const list = useQuery('certificates.list', {}, !!number)
  const certificate = useMemo(() => list.data?.items.find((c) => c.number === number) ?? null, [list.data, number])
  const missing = !!list.data && !certificate
  return { certificate, loading: list.loading, error: list.error ?? (missing || !number ? { message: '没有找到这份证明' } : null), reload: list.reload }
}

export function useVerify(initial: { number?: string; code?: string }) {
  const verify = useAction('certificates.verify', { fields: ['number', 'code'] })
  const [number, setNumber] = useState(initial.number ?? '')
  const [code, setCode] = useState(initial.code ?? '')
  const [result, setResult] = useState<ActionOutput<'certificates.verify'> | null>(null)
  const submit = useCallback(async () => {
    setResult(null)
    const r = await verify.run({ number: number.trim(), code: code.trim().toUpperCase() })
    if (r) setResult(r)
  }, [verify, number, code])
  return {
    number,
    code,
    result,
    submit,
    pending: verify.pending,
    fieldErrors: verify.fieldErrors,
    formError: verify.formError,
    setNumber: (v: string) => {
      setNumber(v)
      setResult(null)
      verify.clearField('number')
    },
    setCode: (v: string) => {
      setCode(v.toUpperCase())
      setResult(null)
      verify.clearField('code')
    }
  }
}
