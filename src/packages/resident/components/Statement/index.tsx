// 收支明细: the statement, newest first — what happened (kind + memo), when, ± minutes, the balance after it and
// 已冲正 on entries a coordinator later reversed. Filters: posting kind (chips) and month (a picker).
import './index.css'
import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import { ORDER_PAGES } from '../../../../hooks/orderRoutes'
import { monthLabel, POSTING_KIND_LABELS, recentMonths, signedMinutes } from '../../../../hooks/timebankFormat'
import type { StatementEntry, StatementFilter, useStatement } from '../../../../hooks/useTimebank'
import { POSTING_KINDS, type PostingKind } from '../../../../shared/domain/ledger'
import { formatMinutes, formatShanghai } from '../../../../shared/time'
import ListFooter from '../../../../components/ListFooter'

const ALL = 'all'
const KIND_OPTIONS = [{ value: ALL, label: '全部' }, ...POSTING_KINDS.map((k) => ({ value: k, label: POSTING_KIND_LABELS[k] }))]

/** A settlement's order (its posting id is `order:<id>:settle…`): the row opens it. */
const orderOf = (e: StatementEntry) => (e.kind === 'settle' ? (/^order:([^:]+):settle/.exec(e.postingId)?.[1] ?? null) : null)

function EntryRow({ e }: { e: StatementEntry }) {
  const orderId = orderOf(e)
  const memo = orderId && e.memo === `服务订单 ${orderId}` ? '服务订单' : e.memo
  const open = orderId ? () => void Taro.navigateTo({ url: ORDER_PAGES.detail(orderId) }) : undefined
  return (
    <View className={`cv-entry${e.reversed ? ' cv-entry--reversed' : ''}`} id={`entry-${e.postingId.replace(/[^A-Za-z0-9_-]/g, '_')}`} onClick={open}>
      <View className='cv-entry__main'>
        <View className='cv-entry__head'>
          <Text className={`cv-entry__kind cv-entry__kind--${e.kind}`}>{POSTING_KIND_LABELS[e.kind]}</Text>
          {e.reversed && <Text className='cv-entry__badge'>已冲正</Text>}
        </View>
        {memo && (
          <Text className='cv-entry__memo'>
            {memo}
            {orderId && <Text className='cv-entry__link'> · 查看订单 ›</Text>}
          </Text>
        )}
        <Text className='cv-entry__at'>{formatShanghai(e.at)}</Text>
        {/* What a coordinator needs to reverse this entry, if it is wrong. */}
        <Text className='cv-entry__id'>记录编号 {e.postingId}</Text>
      </View>
      <View className='cv-entry__side'>
        <Text className={`cv-entry__amount${e.minutes > 0 ? ' cv-entry__amount--in' : ' cv-entry__amount--out'}`}>{signedMinutes(e.minutes)}</Text>
        <Text className='cv-entry__after'>余额 {formatMinutes(e.balanceAfter)}</Text>
      </View>
    </View>
  )
}

interface Props {
  statement: ReturnType<typeof useStatement>
  filter: StatementFilter
  onFilter: (f: StatementFilter) => void
}

export default function Statement({ statement: s, filter, onFilter }: Props) {
  const months = useMemo(() => recentMonths(new Date()), [])
  const monthRange = ['全部月份', ...months.map(monthLabel)]
  const monthIndex = filter.month ? months.indexOf(filter.month) + 1 : 0
  return (
    <View className='cv-form cv-statement'>
      <Text className='cv-form__title'>收支明细</Text>
      <Chips
        name='kind'
        options={KIND_OPTIONS}
        value={filter.kind ?? ALL}
        onChange={(v) => onFilter({ ...filter, kind: v === ALL ? null : (v as PostingKind) })}
      />
      <Picker
        mode='selector'
        range={monthRange}
        value={monthIndex}
        onChange={(ev) => {
          const i = Number(ev.detail.value)
          onFilter({ ...filter, month: i > 0 ? months[i - 1] : null })
        }}
      >
        <View className='cv-statement__month' id='month-picker'>
          <Text>月份：{monthRange[monthIndex]}</Text>
          <Text className='cv-statement__month-arrow'>选择 ›</Text>
        </View>
      </Picker>
      {s.items.map((e) => (
        <EntryRow key={`${e.postingId}-${e.at}`} e={e} />
      ))}
      <ListFooter list={s} count={s.items.length} empty={filter.kind || filter.month ? '没有符合条件的记录' : '还没有收支记录。参加志愿服务即可获得时间。'} />
    </View>
  )
}
