// 服务目录 for coordinators: the community's whole catalogue (retired entries too), a form that adds a category of
// its own (one requestId per draft, so a retried 保存 adds it once) or edits one (built-in names are fixed), and
// 停用 / 恢复. Every write announces the change, so pickers and labels elsewhere reload (useCatalog).
import { useCallback, useState } from 'react'
import type { ActionInput, CatalogEntryView } from '../shared/contracts'
import { announceCatalogChanged } from './useCatalog'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'

const NEW_DRAFT = 'catalog.add.new'
export const CATALOG_FIELDS = ['label', 'defaultMinutes', 'minAge', 'skills', 'category'] as const

export interface CatalogValues {
  label: string
  defaultMinutes: string
  minAge: string
  risky: boolean
  residentDirect: boolean
  grabPool: boolean
  enabled: boolean
}

const EMPTY: CatalogValues = { label: '', defaultMinutes: '60', minAge: '18', risky: false, residentDirect: true, grabPool: true, enabled: true }
/** A whole number typed, or NaN (the schema then says what is wrong, in Chinese). */
const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

export function useCatalogAdmin() {
  const list = useQuery('catalog.list', {})
  const add = useAction('catalog.add', { fields: CATALOG_FIELDS })
  const upsert = useAction('catalog.upsert', { fields: CATALOG_FIELDS })
  const retire = useAction('catalog.retire')
  const { clearField: clearAdd, reset: resetAdd } = add
  const { clearField: clearEdit, reset: resetEdit } = upsert
  const clearField = useCallback(
    (k: string) => {
      clearAdd(k)
      clearEdit(k)
    },
    [clearAdd, clearEdit]
  )
  const { values, setValues, setField } = useFormValues<CatalogValues>(EMPTY, clearField)
  const [editing, setEditing] = useState<CatalogEntryView | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const edit = useCallback(
    (e: CatalogEntryView | null) => {
      resetAdd()
      resetEdit()
      setSaved(null)
      setEditing(e)
      setValues(
        e
          ? {
              label: e.label,
              defaultMinutes: String(e.defaultMinutes),
              minAge: String(e.minAge),
              risky: e.risky,
              residentDirect: e.residentDirect,
              grabPool: e.grabPool,
              enabled: e.enabled
            }
          : EMPTY
      )
    },
    [resetAdd, resetEdit, setValues]
  )

  const changed = useCallback(
    (message: string) => {
      setSaved(message)
      list.reload()
      announceCatalogChanged()
    },
    [list]
  )

  const save = useCallback(async () => {
    setSaved(null)
    const terms = {
      defaultMinutes: whole(values.defaultMinutes),
      minAge: whole(values.minAge),
      risky: values.risky,
      residentDirect: values.residentDirect,
      grabPool: values.grabPool
    }
    if (!editing) {
      const r = await add.run({ requestId: draftId(NEW_DRAFT), label: values.label, ...terms })
      if (!r) return
      clearDraftId(NEW_DRAFT)
      setValues(EMPTY)
      changed(`已新增「${r.label}」`)
      return
    }
    const input: ActionInput<'catalog.upsert'> = {
      category: editing.category,
      ...(editing.builtin ? {} : { label: values.label }),
      ...terms,
      skills: editing.skills,
      enabled: values.enabled
    }
    const r = await upsert.run(input)
    if (!r) return
    setEditing(null)
    setValues(EMPTY)
    changed(`已保存「${r.label}」`)
  }, [values, editing, add, upsert, setValues, changed])

  const setRetired = useCallback(
    async (e: CatalogEntryView, retired: boolean) => {
      setSaved(null)
      const r = await retire.run({ category: e.category, retired })
      if (r) changed(retired ? `已停用「${r.label}」，已有订单不受影响` : `已恢复「${r.label}」`)
    },
    [retire, changed]
  )

  const form = editing ? upsert : add
  return {
    list,
    values,
    setField,
    editing,
    edit,
    save,
    saved,
    saving: form.pending,
    fieldErrors: form.fieldErrors,
    formError: form.formError,
    setRetired,
    retireError: retire.formError,
    retiring: retire.pending
  }
}
