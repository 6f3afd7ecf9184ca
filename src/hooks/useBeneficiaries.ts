// 受助对象登记 for coordinators: the community's register (beneficiaries.list, 在册 or 已归档, paged), one form that adds
// a person or edits one (beneficiaries.add / update — a requestId kept per draft so a retried save registers nobody
// twice; an edit is conditional on the version shown), and 归档 with a reason (beneficiaries.archive).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput, Location } from '../shared/contracts'
import type { BeneficiaryStatus, BeneficiaryTag } from '../shared/domain/beneficiaries'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePagedQuery } from './usePagedQuery'

export type Beneficiary = ActionOutput<'beneficiaries.list'>['items'][number]

export interface BeneficiaryValues {
  beneficiaryId: string | null
  version: number | null
  name: string
  phone: string
  address: string
  location: Location | null
  tags: BeneficiaryTag[]
  note: string
}

export const BENEFICIARY_FIELDS = ['name', 'phone', 'address', 'location', 'tags', 'note'] as const

const blank: BeneficiaryValues = { beneficiaryId: null, version: null, name: '', phone: '', address: '', location: null, tags: [], note: '' }
const fromBeneficiary = (b: Beneficiary): BeneficiaryValues => ({
  beneficiaryId: b.id,
  version: b.version,
  name: b.name,
  phone: b.phone ?? '',
  address: b.address,
  location: b.location,
  tags: b.tags,
  note: b.note ?? ''
})
const draftKey = (id: string | null) => `beneficiary.${id ?? 'new'}`

export function useBeneficiaries(enabled: boolean) {
  const [status, setStatus] = useState<BeneficiaryStatus>('active')
  const list = usePagedQuery('beneficiaries.list', { status }, enabled)
  const add = useAction('beneficiaries.add', { personal: true, fields: BENEFICIARY_FIELDS })
  const update = useAction('beneficiaries.update', { personal: true, fields: BENEFICIARY_FIELDS })
  const [editing, setEditing] = useState(false)
  const form = useFormValues<BeneficiaryValues>(blank, (k) => (add.clearField(k), update.clearField(k)))
  const { setValues } = form
  const active = form.values.beneficiaryId ? update : add

  const start = useCallback(
    (b?: Beneficiary) => {
      setValues(b ? fromBeneficiary(b) : blank)
      add.reset()
      update.reset()
      setEditing(true)
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset is stable (useCallback with no inputs)
    [setValues, add.reset, update.reset]
  )

  const save = useCallback(async () => {
    const v = form.values
    const key = draftKey(v.beneficiaryId)
    const fields = {
      requestId: draftId(key),
      name: v.name.trim(),
      phone: v.phone.trim() || null,
      address: v.address.trim(),
      location: v.location,
      tags: v.tags,
      note: v.note.trim() || null
    }
    const saved = v.beneficiaryId ? await update.run({ ...fields, beneficiaryId: v.beneficiaryId, version: v.version ?? 1 }) : await add.run(fields)
    if (!saved) return null
    clearDraftId(key)
    setEditing(false)
    void Taro.showToast({ title: v.beneficiaryId ? '已保存' : '已登记', icon: 'none' })
    list.reload()
    return saved
  }, [form.values, add, update, list])

  return {
    status,
    setStatus,
    list,
    editing,
    start,
    cancel: () => setEditing(false),
    form,
    save,
    pending: active.pending,
    fieldErrors: active.fieldErrors,
    formError: active.formError
  }
}

/** 归档 one beneficiary with a reason (conditional on the version shown). */
export function useArchive(b: Beneficiary, onDone: (b: Beneficiary) => void) {
  const archive = useAction('beneficiaries.archive', { fields: ['reason'] })
  const run = async (reason: string) => {
    const done = await archive.run({ beneficiaryId: b.id, version: b.version, reason: reason.trim() })
    if (done) onDone(done)
    return done
  }
  return { run, pending: archive.pending, reasonError: archive.fieldErrors.reason, formError: archive.formError, reset: archive.reset }
}
