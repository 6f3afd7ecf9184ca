// 服务目录 panels: the add/edit form (name, usual length, minimum age, insurance, whether residents may submit it
// themselves, whether it goes to the 抢单大厅) and the list — built-in ten first, then the community's own, retired
// ones greyed with 恢复. Terms copy onto new orders; orders already made keep theirs.
import './index.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { CatalogValues, useCatalogAdmin } from '../../../../hooks/useCatalogAdmin'
import type { CatalogEntryView } from '../../../../shared/contracts'
import { CATALOG_BOUNDS } from '../../../../shared/domain/order/catalog'

type Admin = ReturnType<typeof useCatalogAdmin>
type Flag = 'risky' | 'residentDirect' | 'grabPool' | 'enabled'
const YES_NO = (yes: string, no: string) => [
  { value: 'yes' as const, label: yes },
  { value: 'no' as const, label: no }
]
const FLAGS: Array<{ key: Flag; label: string; yes: string; no: string; hint: string }> = [
  { key: 'risky', label: '是否需要保险', yes: '需要保险', no: '不需要', hint: '需要保险的服务只派给保险在有效期内的志愿者（《志愿服务条例》第十七条）' },
  { key: 'residentDirect', label: '居民能否直接下单', yes: '可以', no: '由协调员代下单', hint: '不能直接下单的服务，居民须先联系社区' },
  {
    key: 'grabPool',
    label: '是否进入抢单大厅',
    yes: '进入抢单大厅',
    no: '只由协调员派单',
    hint: '只派单的服务不在抢单大厅出现，由协调员在调度台派给合适的志愿者'
  }
]

function FlagField({ a, f }: { a: Admin; f: (typeof FLAGS)[number] | { key: 'enabled'; label: string; yes: string; no: string; hint: string } }) {
  const v = a.values[f.key as keyof CatalogValues] as boolean
  return (
    <View className='cv-field'>
      <Text className='cv-field__label'>{f.label}</Text>
      <Chips name={f.key} options={YES_NO(f.yes, f.no)} value={v ? 'yes' : 'no'} onChange={(x) => a.setField(f.key, x === 'yes')} />
      <Text className='cv-field__hint'>{f.hint}</Text>
    </View>
  )
}

export function CatalogForm({ a }: { a: Admin }) {
  const v = a.values
  const e = a.fieldErrors
  const builtin = a.editing?.builtin ?? false
  const { defaultMinutes: m, minAge: age } = CATALOG_BOUNDS
  return (
    <View className='cv-form' id='catalog-form'>
      <Text className='cv-form__title'>{a.editing ? `编辑「${a.editing.label}」` : '新增服务类别'}</Text>
      <Text className='cv-form__intro'>新增的服务类别会出现在居民下单、志愿者技能和统计中。修改只影响此后的新订单，已有订单保持原样。</Text>
      {a.saved && (
        <Text className='cv-success' id='catalog-saved'>
          {a.saved}
        </Text>
      )}
      <TextField
        label='服务名称'
        name='label'
        value={v.label}
        onChange={(x) => a.setField('label', x)}
        error={e.label}
        maxLength={CATALOG_BOUNDS.label.max}
        placeholder='例如：助餐送餐、义剪、心理疏导'
        hint={builtin ? '内置服务的名称不能修改' : '2到12个字，社区内不能重名'}
        disabled={builtin}
        required
      />
      <TextField
        label='默认服务时长（分钟）'
        name='defaultMinutes'
        type='number'
        value={v.defaultMinutes}
        onChange={(x) => a.setField('defaultMinutes', x)}
        error={e.defaultMinutes}
        hint={`${m.min}到${m.max}分钟；用于预估时长和冻结居民的时间`}
        required
      />
      <TextField
        label='志愿者最低年龄（周岁）'
        name='minAge'
        type='number'
        value={v.minAge}
        onChange={(x) => a.setField('minAge', x)}
        error={e.minAge}
        hint={`${age.min}到${age.max}周岁`}
        required
      />
      {FLAGS.map((f) => (
        <FlagField key={f.key} a={a} f={f} />
      ))}
      {a.editing && (
        <FlagField a={a} f={{ key: 'enabled', label: '是否开放下单', yes: '开放', no: '暂停', hint: '暂停后不能新建订单；停用请在下方列表操作' }} />
      )}
      <FormError message={a.formError} fieldErrors={e} />
      <SubmitBar text={a.editing ? '保存修改' : '新增'} pending={a.saving} onSubmit={() => void a.save()} />
      {a.editing && (
        <Button className='cv-btn cv-btn--plain' onClick={() => a.edit(null)}>
          取消编辑
        </Button>
      )}
    </View>
  )
}

/** The terms in one line: 45分钟 · 16周岁以上 · 需保险 · 居民可下单 · 可抢单. */
export const termsOf = (e: CatalogEntryView) =>
  [
    `${e.defaultMinutes}分钟`,
    `${e.minAge}周岁以上`,
    e.risky ? '需保险' : '无需保险',
    e.residentDirect ? '居民可下单' : '协调员代下单',
    e.grabPool ? '可抢单' : '只派单'
  ].join(' · ')

function EntryCard({ a, e }: { a: Admin; e: CatalogEntryView }) {
  return (
    <View className={`cv-setting${e.retired ? ' cv-setting--off' : ''}`} id={`catalog-${e.category}`}>
      <View className='cv-setting__head'>
        <Text className='cv-setting__name'>{e.label}</Text>
        <Text className={`cv-setting__badge${e.builtin ? '' : ' cv-setting__badge--own'}`}>{e.builtin ? '内置' : '本社区'}</Text>
        {e.retired && <Text className='cv-setting__badge cv-setting__badge--warn'>已停用</Text>}
        {!e.retired && !e.enabled && <Text className='cv-setting__badge cv-setting__badge--warn'>暂停下单</Text>}
      </View>
      <Text className='cv-setting__row'>{termsOf(e)}</Text>
      <View className='cv-setting__actions'>
        {!e.retired && (
          <Button
            className='cv-btn cv-btn--plain cv-btn--small'
            onClick={() => {
              a.edit(e)
              void Taro.pageScrollTo({ selector: '#catalog-form', duration: 200 })
            }}
          >
            编辑
          </Button>
        )}
        <Button className='cv-btn cv-btn--plain cv-btn--small' disabled={a.retiring || undefined} onClick={() => void a.setRetired(e, !e.retired)}>
          {e.retired ? '恢复' : '停用'}
        </Button>
      </View>
    </View>
  )
}

export function CatalogList({ a }: { a: Admin }) {
  const entries = a.list.data?.entries ?? []
  const own = entries.filter((e) => !e.builtin).length
  return (
    <View id='catalog-list'>
      <View className='cv-list-head'>
        <Text className='cv-list-head__text'>
          共{entries.length}项服务（内置{entries.length - own}项，本社区新增{own}项）
        </Text>
      </View>
      <LoadState loading={a.list.loading && !a.list.data} error={a.list.error} onRetry={a.list.reload} />
      <FormError message={a.retireError} />
      {entries.map((e) => (
        <EntryCard key={e.category} a={a} e={e} />
      ))}
    </View>
  )
}
