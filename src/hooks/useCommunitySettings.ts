// The community's time-bank rules (communities.updateRules: an empty change reads them) and the names it signs
// certificates with (communities.updateCertificateInfo). Coordinators only.
import { useCallback, useEffect, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput } from '../shared/contracts'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { toClientError } from './useQuery'

export type TimebankRules = ActionOutput<'communities.updateRules'>

export interface RulesValues {
  capHours: string
  spendFromAge: string
  transferTo: TimebankRules['transferTo']
  dailyHours: string
  dailyMinutes: string
}

const toValues = (r: TimebankRules): RulesValues => ({
  capHours: String(Math.floor(r.storageCapMinutes / 60)),
  spendFromAge: r.spendFromAge === null ? '' : String(r.spendFromAge),
  transferTo: r.transferTo,
  dailyHours: String(Math.floor(r.dailyTransferCapMinutes / 60)),
  dailyMinutes: String(r.dailyTransferCapMinutes % 60)
})

export function useRules(enabled: boolean) {
  const update = useAction('communities.updateRules', { fields: ['storageCapMinutes', 'spendFromAge', 'transferTo', 'dailyTransferCapMinutes'] })
  const { clearField } = update
  const [rules, setRules] = useState<TimebankRules | null>(null)
  const [values, setValues] = useState<RulesValues | null>(null)
  const [loadError, setLoadError] = useState<ApiClientError | null>(null)
  const [saved, setSaved] = useState(false)
  const load = useCallback(() => {
    setLoadError(null)
    callApi('communities.updateRules', {})
      .then((r) => {
        setRules(r)
        setValues(toValues(r))
      })
      .catch((e: unknown) => setLoadError(toClientError(e)))
  }, [])
  useEffect(() => {
    if (enabled) load()
  }, [enabled, load])

  const set = useCallback(
    <K extends keyof RulesValues>(k: K, v: RulesValues[K]) => {
      setValues((cur) => (cur ? { ...cur, [k]: v } : cur))
      setSaved(false)
      clearField(k === 'capHours' ? 'storageCapMinutes' : k.startsWith('daily') ? 'dailyTransferCapMinutes' : k)
    },
    [clearField]
  )

  const save = useCallback(async () => {
    if (!values) return
    const cap = Number(values.capHours)
    const age = values.spendFromAge.trim()
    const r = await update.run({
      storageCapMinutes: Number.isInteger(cap) ? cap * 60 : -1,
      spendFromAge: age === '' ? null : Number.isInteger(Number(age)) ? Number(age) : -1,
      transferTo: values.transferTo,
      dailyTransferCapMinutes: ((m) => (Number.isFinite(m) ? m : -1))(toMinutes(values.dailyHours, values.dailyMinutes))
    })
    if (!r) return
    setRules(r)
    setValues(toValues(r))
    setSaved(true)
  }, [update, values])

  return { rules, values, set, save, saved, loadError, reload: load, pending: update.pending, fieldErrors: update.fieldErrors, formError: update.formError }
}

export function useCertificateInfo() {
  const update = useAction('communities.updateCertificateInfo', { personal: true, fields: ['personInCharge', 'handler', 'contact'] })
  const { clearField } = update
  const [values, setValues] = useState({ personInCharge: '', handler: '', contact: '' })
  const [saved, setSaved] = useState<ActionOutput<'communities.updateCertificateInfo'> | null>(null)
  const set = useCallback(
    (k: keyof typeof values, v: string) => {
      setValues((cur) => ({ ...cur, [k]: v }))
      setSaved(null)
      clearField(k)
    },
    [clearField]
  )
  const save = useCallback(async () => {
    const r = await update.run({ personInCharge: values.personInCharge.trim(), handler: values.handler.trim(), contact: values.contact.trim() })
    if (r) setSaved(r)
  }, [update, values])
  return { values, set, save, saved, pending: update.pending, fieldErrors: update.fieldErrors, formError: update.formError }
}
