// 积分商城管理 for coordinators: the community's whole catalogue (withdrawn rewards too), a form that adds a reward
// (one requestId per draft, so a retried 保存 adds it once) or edits one (conditional on the version it was loaded
// at: CONFLICT says somebody else changed it first), the points-per-hour rate, and the redemptions waiting to be
// handed over (标记已领取).
import { useCallback, useState } from 'react'
import type { ActionInput, RewardKind } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePagedQuery } from './usePagedQuery'
import { useQuery } from './useQuery'
import type { Reward } from './useRewards'

const NEW_DRAFT = 'rewards.upsert.new'
export const REWARD_FIELDS = ['name', 'kind', 'cost', 'stock', 'description'] as const

export interface RewardValues {
  name: string
  kind: RewardKind | ''
  cost: string
  stock: string
  description: string
  active: boolean
}

const EMPTY: RewardValues = { name: '', kind: 'goods', cost: '', stock: '', description: '', active: true }
const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

export function useRewardAdmin() {
  const catalogue = useQuery('rewards.list', { all: true })
  const account = useQuery('points.account', {})
  const pending = usePagedQuery('rewards.redemptions', { as: 'community', status: 'issued' })
  const upsert = useAction('rewards.upsert', { fields: REWARD_FIELDS })
  const { values, setValues, setField } = useFormValues<RewardValues>(EMPTY, upsert.clearField)
  const [editing, setEditing] = useState<Reward | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const edit = useCallback(
    (r: Reward | null) => {
      upsert.reset()
      setSaved(null)
      setEditing(r)
      setValues(r ? { name: r.name, kind: r.kind, cost: String(r.cost), stock: String(r.stock), description: r.description, active: r.active } : EMPTY)
    },
    [upsert, setValues]
  )

  const save = useCallback(async () => {
    setSaved(null)
    const body = {
      name: values.name,
      kind: (values.kind || 'goods') as RewardKind,
      cost: whole(values.cost),
      stock: whole(values.stock),
      description: values.description,
      active: values.active
    }
    const input: ActionInput<'rewards.upsert'> = editing
      ? { ...body, rewardId: editing.id, version: editing.version }
      : { ...body, requestId: draftId(NEW_DRAFT) }
    const r = await upsert.run(input)
    if (!r) return
    if (!editing) clearDraftId(NEW_DRAFT)
    setSaved(editing ? `已保存「${r.name}」` : `已上架「${r.name}」`)
    setEditing(null)
    setValues(EMPTY)
    catalogue.reload()
  }, [values, editing, upsert, setValues, catalogue])

  const rate = useAction('points.updateRate', { fields: ['pointsPerHour'] })
  const [rateText, setRateText] = useState('')
  const saveRate = useCallback(async () => {
    const r = await rate.run({ pointsPerHour: whole(rateText) })
    if (r && account.data) account.setData({ ...account.data, pointsPerHour: r.pointsPerHour })
    if (r) setRateText('')
  }, [rate, rateText, account])

  const fulfil = useAction('rewards.fulfil')
  const handOver = useCallback(
    async (redemptionId: string) => {
      if (await fulfil.run({ redemptionId })) pending.reload()
    },
    [fulfil, pending]
  )

  return {
    catalogue,
    account,
    pending,
    values,
    setField,
    editing,
    edit,
    save,
    saved,
    saving: upsert.pending,
    fieldErrors: upsert.fieldErrors,
    formError: upsert.formError,
    rateText,
    setRateText,
    saveRate,
    rateError: rate.fieldErrors.pointsPerHour ?? rate.formError,
    ratePending: rate.pending,
    handOver,
    fulfilError: fulfil.formError,
    fulfilPending: fulfil.pending
  }
}
