// 订单规则 for coordinators: the rules in force (read with the catalogue, catalog.list) and a form that sends only
// what changed to communities.updateOrderRules (the server keeps the others as they are, and checks the bounds
// of ORDER_RULE_BOUNDS with Chinese messages; the page shows the same bounds as hints).
import { useCallback, useEffect, useState } from 'react'
import type { ActionInput, ActionOutput } from '../shared/contracts'
import { DEFAULT_ORDER_RULES, ROUNDING_UNITS } from '../shared/domain/order/rules'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export type OrderRules = ActionOutput<'catalog.list'>['rules']
type Numeric = 'slaMinutes' | 'urgentSlaMinutes' | 'streetEscalationMinutes' | 'fenceMeters' | 'autoConfirmHours'
export const RULE_FIELDS: readonly Numeric[] = ['slaMinutes', 'urgentSlaMinutes', 'streetEscalationMinutes', 'fenceMeters', 'autoConfirmHours']

export type RulesValues = Record<Numeric, string> & { unit: (typeof ROUNDING_UNITS)[number]; mode: OrderRules['rounding']['mode'] }

const toValues = (r: OrderRules): RulesValues => ({
  ...(Object.fromEntries(RULE_FIELDS.map((f) => [f, String(r[f])])) as Record<Numeric, string>),
  unit: ROUNDING_UNITS.find((u) => u === r.rounding.unit) ?? DEFAULT_ORDER_RULES.rounding.unit,
  mode: r.rounding.mode
})
const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

export function useOrderRules() {
  const list = useQuery('catalog.list', {})
  const update = useAction('communities.updateOrderRules', { fields: [...RULE_FIELDS, 'rounding.unit', 'rounding.mode'] })
  const { clearField } = update
  const [values, setValues] = useState<RulesValues | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const rules = list.data?.rules ?? null
  useEffect(() => {
    if (rules) setValues(toValues(rules))
  }, [rules])

  const set = useCallback(
    <K extends keyof RulesValues>(k: K, v: RulesValues[K]) => {
      setValues((cur) => (cur ? { ...cur, [k]: v } : cur))
      setSaved(null)
      clearField(k === 'unit' || k === 'mode' ? `rounding.${k}` : k)
    },
    [clearField]
  )

  const save = useCallback(async () => {
    if (!values || !rules) return
    const input: ActionInput<'communities.updateOrderRules'> = {}
    for (const f of RULE_FIELDS) if (whole(values[f]) !== rules[f]) input[f] = whole(values[f])
    const rounding = {
      ...(values.unit !== rules.rounding.unit ? { unit: values.unit } : {}),
      ...(values.mode !== rules.rounding.mode ? { mode: values.mode } : {})
    }
    if (Object.keys(rounding).length) input.rounding = rounding
    if (!Object.keys(input).length) {
      setSaved('规则没有改动')
      return
    }
    const r = await update.run(input)
    if (!r) return
    list.setData(list.data ? { ...list.data, rules: r } : list.data)
    setSaved('订单规则已保存，对此后新建和签退的订单生效')
  }, [values, rules, update, list])

  return { list, rules, values, set, save, saved, pending: update.pending, fieldErrors: update.fieldErrors, formError: update.formError }
}
