// 限流设置: how often residents of this community may submit 求助, 随手拍, 志愿者注册 and 时间转赠 — per person and for
// the whole community within a time window — with the defaults and the allowed ranges (RATE_LIMIT_BOUNDS).
// The limits coordinators cannot change (e.g. 开具证明) are listed read-only.
import './index.css'
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useRateLimits } from '../../../../hooks/useRateLimits'
import type { RateLimitView } from '../../../../shared/contracts'
import { RATE_LIMIT_BOUNDS, RATE_WINDOW_CHOICES } from '../../../../shared/domain/rateLimits'

type Limits = ReturnType<typeof useRateLimits>
const windowText = (m: number) => (m === 1440 ? '每天' : m === 60 ? '每小时' : m % 60 === 0 ? `每${m / 60}小时` : `每${m}分钟`)
const WINDOWS = RATE_WINDOW_CHOICES.map((m) => ({ value: String(m), label: windowText(m) }))
const summary = (l: { windowMinutes: number; perUser: number; perCommunity: number }) =>
  `${windowText(l.windowMinutes)}每人${l.perUser}次，全社区${l.perCommunity}次`

function LimitCard({ l, v }: { l: Limits; v: RateLimitView }) {
  const x = l.values[v.action]
  if (!x) return null
  const e = (f: string) => l.errors[`${v.action}.${f}`]
  const { perUser: pu, perCommunity: pc } = RATE_LIMIT_BOUNDS
  return (
    <View className='cv-setting' id={`limit-${v.action.replace('.', '-')}`}>
      <View className='cv-setting__head'>
        <Text className='cv-setting__name'>{v.label}</Text>
        <Text className={`cv-setting__badge${v.overridden ? ' cv-setting__badge--own' : ''}`}>{v.overridden ? '本社区设置' : '默认'}</Text>
      </View>
      <Text className='cv-setting__row'>当前：{summary(v)}</Text>
      <Text className='cv-setting__row'>默认：{summary(v.defaults)}</Text>
      <View className='cv-field cv-field--top'>
        <Text className='cv-field__label'>统计时段</Text>
        <Chips name={`${v.action}-window`} options={WINDOWS} value={String(x.windowMinutes)} onChange={(w) => l.set(v.action, { windowMinutes: Number(w) })} />
        {e('windowMinutes') && <Text className='cv-field__error'>{e('windowMinutes')}</Text>}
      </View>
      <TextField
        label='每人次数'
        name={`${v.action}.perUser`}
        type='number'
        value={x.perUser}
        onChange={(n) => l.set(v.action, { perUser: n })}
        error={e('perUser')}
        hint={`${pu.min}到${pu.max}次`}
      />
      <TextField
        label='全社区次数'
        name={`${v.action}.perCommunity`}
        type='number'
        value={x.perCommunity}
        onChange={(n) => l.set(v.action, { perCommunity: n })}
        error={e('perCommunity')}
        hint={`${pc.min}到${pc.max}次，不少于每人次数`}
      />
      {v.overridden && (
        <Button className='cv-btn cv-btn--plain cv-btn--small' disabled={l.pending || undefined} onClick={() => void l.restore(v)}>
          恢复默认
        </Button>
      )}
    </View>
  )
}

export function RateLimitsForm({ l }: { l: Limits }) {
  const fixed = (l.views ?? []).filter((v) => !v.tunable)
  return (
    <View id='rate-limits'>
      <View className='cv-form'>
        <Text className='cv-form__title'>限流设置</Text>
        <Text className='cv-form__intro'>
          防止刷单和误操作：在一个统计时段内，每人和全社区最多可提交的次数。超出后提示「操作过于频繁」并告知何时可再试。保存后立即生效，每次修改都记入审计日志。
        </Text>
        {l.saved && (
          <Text className='cv-success' id='limits-saved'>
            {l.saved}
          </Text>
        )}
        <LoadState loading={l.list.loading && !l.list.data} error={l.list.error} onRetry={l.list.reload} />
      </View>
      {l.tunable.map((v) => (
        <LimitCard key={v.action} l={l} v={v} />
      ))}
      {l.list.data && (
        <View className='cv-form'>
          <FormError message={l.formError} fieldErrors={l.errors} />
          <SubmitBar text='保存限流设置' pending={l.pending} onSubmit={() => void l.save()} />
          {fixed.length > 0 && (
            <>
              <Text className='cv-setting__title'>由平台统一设置</Text>
              {fixed.map((v) => (
                <Text key={v.action} className='cv-setting__row'>
                  {v.label}：{summary(v)}
                </Text>
              ))}
            </>
          )}
        </View>
      )}
    </View>
  )
}
