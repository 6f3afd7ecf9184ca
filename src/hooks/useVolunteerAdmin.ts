// 志愿者管理 for coordinators: the community's approved volunteers (volunteers.list, paged) with their insurance and
// service standing; 保险登记 — one policy for the volunteers ticked (volunteers.addInsurance, one requestId per draft so
// a retried save records one policy); and a coordinator's lifecycle move on one volunteer with its reason
// (volunteers.suspend / reinstate / revoke — which ones a card offers comes from the shared rulebook, movesFrom).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../shared/contracts'
import type { LifecycleMove } from '../shared/domain/volunteerLifecycle'
import { shanghaiDay } from '../shared/time'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePagedQuery } from './usePagedQuery'

export type ManagedVolunteer = ActionOutput<'volunteers.list'>['items'][number]
export type CoordinatorMove = Extract<LifecycleMove, 'suspend' | 'reinstate' | 'revoke'>

export interface PolicyValues {
  insurer: string
  policyNo: string
  from: string
  to: string
}

const DRAFT = 'insurance.policy'
const YEAR_MS = 365 * 86400000
/** A new policy starts today and runs a year (the usual group accident cover), China time. */
const blankPolicy = (now = Date.now()): PolicyValues => ({ insurer: '', policyNo: '', from: shanghaiDay(now), to: shanghaiDay(now + YEAR_MS - 86400000) })

export function useVolunteerAdmin(enabled: boolean) {
  const list = usePagedQuery('volunteers.list', { status: 'approved' }, enabled, 50)
  const [selected, setSelected] = useState<string[]>([])
  const [policyOpen, setPolicyOpen] = useState(false)
  const add = useAction('volunteers.addInsurance', { fields: ['insurer', 'policyNo', 'from', 'to', 'volunteerIds'] })
  const form = useFormValues<PolicyValues>(blankPolicy(), add.clearField)
  const { setValues } = form
  const { reset } = add

  const toggle = useCallback((id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id])), [])
  const selectAll = useCallback((ids: string[]) => setSelected((s) => (ids.every((id) => s.includes(id)) ? [] : ids)), [])
  const openPolicy = useCallback(() => {
    reset()
    setPolicyOpen(true)
  }, [reset])
  const closePolicy = useCallback(() => setPolicyOpen(false), [])

  const submitPolicy = useCallback(async () => {
    const v = form.values
    const saved = await add.run({
      requestId: draftId(DRAFT),
      insurer: v.insurer.trim(),
      policyNo: v.policyNo.trim(),
      from: v.from,
      to: v.to,
      volunteerIds: selected
    })
    if (!saved) return null
    clearDraftId(DRAFT)
    setPolicyOpen(false)
    setSelected([])
    setValues(blankPolicy())
    void Taro.showToast({ title: `已登记${saved.volunteers.length}人的保单`, icon: 'none' })
    list.reload()
    return saved
  }, [form.values, add, selected, setValues, list])

  return {
    list,
    selected,
    toggle,
    selectAll,
    policyOpen,
    openPolicy,
    closePolicy,
    form,
    submitPolicy,
    pending: add.pending,
    fieldErrors: add.fieldErrors,
    formError: add.formError
  }
}

/** One coordinator move on one volunteer, with the reason the rulebook asks for; the card shows what came back. */
export function useCoordinatorMove(volunteerId: string, onDone: (v: ManagedVolunteer) => void) {
  const actions = {
    suspend: useAction('volunteers.suspend', { fields: ['reason'] }),
    reinstate: useAction('volunteers.reinstate', { fields: ['reason'] }),
    revoke: useAction('volunteers.revoke', { fields: ['reason'] })
  }
  const run = async (move: CoordinatorMove, reason: string) => {
    const done = await actions[move].run({ volunteerId, reason: reason.trim() })
    if (done) onDone(done)
    return done
  }
  const pending = Object.values(actions).some((a) => a.pending)
  const errorOf = (move: CoordinatorMove) => ({ reason: actions[move].fieldErrors.reason, form: actions[move].formError })
  const clear = () => Object.values(actions).forEach((a) => a.reset())
  return { run, pending, errorOf, clear }
}
