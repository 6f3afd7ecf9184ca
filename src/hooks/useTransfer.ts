// 转赠: time from the caller's available balance to a family member (an active 家人代办 link, either direction).
// Two steps: the form (who, 小时 + 分钟, a note) is checked here, then 「确认转赠 X 给 某某？」 — only 确认 sends.
// One requestId per draft (draftIds.ts), kept across retries until the server has answered, so a lost reply and
// a second tap move the time once.
import { useCallback, useMemo, useState } from 'react'
import { contracts, type ActionInput } from '../shared/contracts'
import { formatMinutes } from '../shared/time'
import { clearDraftId, draftId } from './draftIds'
import { hasErrors, schemaErrors, type FieldErrors } from './formErrors'
import { FAMILY_RELATION_LABELS, type FamilyLink } from './labels'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'
import type { Account } from './useTimebank'

const DRAFT = 'timebank.transfer'
export const TRANSFER_FIELDS = ['toUserId', 'minutes', 'note'] as const

/**
 * The other person on an active link and their user id (the member, seen by the requester; the requester, seen
 * by the member). FamilyLinkView must carry it as `counterpart: { userId, name } | null` for transfers to work:
 * no other action tells the app a family member's user id.
 */
interface Counterpart {
  userId: string
  name: string
}
function counterpartOf(link: FamilyLink): Counterpart | null {
  const c = (link as FamilyLink & { counterpart?: Counterpart | null }).counterpart
  return c && c.userId ? c : null
}

export interface Recipient {
  userId: string
  linkId: string
  label: string
}

export function recipientsOf(links: FamilyLink[]): Recipient[] {
  const out: Recipient[] = []
  for (const l of links) {
    const c = l.status === 'active' && l.iAm !== 'coordinator' ? counterpartOf(l) : null
    if (!c || out.some((r) => r.userId === c.userId)) continue
    const label = l.iAm === 'requester' ? `${FAMILY_RELATION_LABELS[l.relation]}：${l.memberName}` : `${c.name}（为您代办的家人）`
    out.push({ userId: c.userId, linkId: l.id, label })
  }
  return out
}

export interface TransferValues {
  toUserId: string
  hours: string
  minutes: string
  note: string
}

export function useTransfer() {
  const account = useQuery('timebank.account', {})
  const family = useQuery('family.list', {})
  const transfer = useAction('timebank.transfer', { fields: TRANSFER_FIELDS })
  const [localErrors, setLocalErrors] = useState<FieldErrors>({})
  const { clearField: clearServerField } = transfer
  const clearField = useCallback(
    (k: string) => {
      clearServerField(k)
      setLocalErrors((e) => (k in e ? Object.fromEntries(Object.entries(e).filter(([key]) => key !== k)) : e))
    },
    [clearServerField]
  )
  const { values, setValues, setField } = useFormValues<TransferValues>({ toUserId: '', hours: '', minutes: '', note: '' }, clearField)
  const [step, setStep] = useState<'form' | 'confirm'>('form')
  const [done, setDone] = useState<{ to: string; minutes: number; account: Account } | null>(null)

  const recipients = useMemo(() => recipientsOf(family.data?.links ?? []), [family.data])
  const a = done?.account ?? account.data
  const total = toMinutes(values.hours, values.minutes)
  const recipient = recipients.find((r) => r.userId === values.toUserId) ?? null

  const input = useCallback((): ActionInput<'timebank.transfer'> => {
    const note = values.note.trim()
    return { requestId: draftId(DRAFT), toUserId: values.toUserId, minutes: Number.isFinite(total) ? total : 0, ...(note ? { note } : {}) }
  }, [values, total])

  /** 下一步: everything the app can check before asking 确认转赠？ */
  const next = useCallback(() => {
    transfer.reset()
    setDone(null)
    const i = input()
    const errors: FieldErrors = {
      ...schemaErrors(contracts['timebank.transfer'].input, i),
      ...(values.toUserId ? {} : { toUserId: '请选择要转赠的家人' }),
      ...(Number.isFinite(total) ? {} : { minutes: '请填写整数的小时和分钟' }),
      ...(Number.isFinite(total) && total > 0 && a && total > a.available ? { minutes: `可用时间只有${formatMinutes(a.available)}` } : {}),
      ...(Number.isFinite(total) && total > 0 && a && total > a.transferLeftToday ? { minutes: `今日还可转赠${formatMinutes(a.transferLeftToday)}` } : {})
    }
    delete errors.requestId
    setLocalErrors(errors)
    if (!hasErrors(errors)) setStep('confirm')
  }, [transfer, input, values.toUserId, total, a])

  const send = useCallback(async () => {
    const r = await transfer.run(input())
    if (!r) return // the confirmation shows why; 返回修改 shows field errors next to their fields
    clearDraftId(DRAFT)
    setDone({ to: recipient?.label ?? '', minutes: total, account: r.account })
    account.setData(r.account)
    setValues((v) => ({ ...v, hours: '', minutes: '', note: '' }))
    setStep('form')
  }, [transfer, input, recipient, total, account, setValues])

  const loading = account.loading || family.loading
  const error = account.error ?? family.error
  const reload = () => {
    account.reload()
    family.reload()
  }
  return {
    loading,
    error,
    reload,
    account: a,
    recipients,
    recipient,
    values,
    setField,
    total,
    step,
    back: () => setStep('form'),
    next,
    send,
    done,
    pending: transfer.pending,
    fieldErrors: { ...localErrors, ...transfer.fieldErrors },
    formError: transfer.formError,
    /** For the confirmation step: the refusal, whether it came as a field error or not. */
    sendError: transfer.formError ?? Object.values(transfer.fieldErrors)[0] ?? null
  }
}
