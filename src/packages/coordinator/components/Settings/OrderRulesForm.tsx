// 订单规则: the community's response times (SLA), street escalation, check-in fence, auto-confirm and how served
// minutes are rounded — each with its current value and allowed range (ORDER_RULE_BOUNDS, the server's own).
import './index.css'
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { RULE_FIELDS, type useOrderRules } from '../../../../hooks/useOrderRules'
import {
  DEFAULT_ORDER_RULES,
  ORDER_RULE_BOUNDS,
  ORDER_RULE_LABELS,
  ROUNDING_MODE_LABELS,
  ROUNDING_MODES,
  ROUNDING_UNITS
} from '../../../../shared/domain/order/rules'

const UNITS = ROUNDING_UNITS.map((u) => ({ value: String(u), label: `${u}分钟` }))
const MODES = ROUNDING_MODES.map((m) => ({ value: m, label: ROUNDING_MODE_LABELS[m] }))
const HINTS: Partial<Record<(typeof RULE_FIELDS)[number], string>> = {
  slaMinutes: '无人接单超过此时间，订单标为「已超时升级」并通知协调员',
  urgentSlaMinutes: '不能长于普通订单的时限',
  streetEscalationMinutes: '升级后仍无人接单，再过此时间上报所属街道',
  fenceMeters: '志愿者在地址此范围内才能定位签到（或输入居民的4位签到码）',
  autoConfirmHours: '签退后居民一直未确认，到时由系统自动确认'
}

export function OrderRulesForm({ r }: { r: ReturnType<typeof useOrderRules> }) {
  const v = r.values
  const e = r.fieldErrors
  return (
    <View className='cv-form' id='order-rules'>
      <Text className='cv-form__title'>订单规则</Text>
      <Text className='cv-form__intro'>修改后对此后新建的订单（响应时限）和此后签退的订单（取整、自动确认）生效，已有订单不变。每次修改都记入审计日志。</Text>
      {!v && <LoadState loading={!r.list.error} error={r.list.error} onRetry={r.list.reload} />}
      {v && r.rules && (
        <>
          {r.saved && (
            <Text className='cv-success' id='rules-saved'>
              {r.saved}
            </Text>
          )}
          {RULE_FIELDS.map((f) => {
            const b = ORDER_RULE_BOUNDS[f]
            const { label, unit } = ORDER_RULE_LABELS[f]
            return (
              <TextField
                key={f}
                label={`${label}（${unit}）`}
                name={f}
                type='number'
                value={v[f]}
                onChange={(x) => r.set(f, x)}
                error={e[f]}
                hint={`当前${r.rules![f]}${unit}，默认${DEFAULT_ORDER_RULES[f]}${unit}，可设${b.min}到${b.max}${unit}。${HINTS[f] ?? ''}`}
                required
              />
            )
          })}
          <View className='cv-field' id='field-rounding'>
            <Text className='cv-field__label'>服务时长取整</Text>
            <Chips
              name='rounding-unit'
              options={UNITS}
              value={String(v.unit)}
              onChange={(x) => r.set('unit', ROUNDING_UNITS.find((u) => String(u) === x) ?? v.unit)}
            />
            <Chips name='rounding-mode' options={MODES} value={v.mode} onChange={(x) => r.set('mode', x)} />
            <Text className='cv-field__hint'>
              当前按{r.rules.rounding.unit}分钟{ROUNDING_MODE_LABELS[r.rules.rounding.mode]}。服务时长为签到到签退之间的时间，不含路程。
            </Text>
            {(e['rounding.unit'] ?? e['rounding.mode']) && <Text className='cv-field__error'>{e['rounding.unit'] ?? e['rounding.mode']}</Text>}
          </View>
          <FormError message={r.formError} fieldErrors={e} />
          <SubmitBar text='保存订单规则' pending={r.pending} onSubmit={() => void r.save()} />
        </>
      )}
    </View>
  )
}
