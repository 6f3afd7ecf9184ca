// 积分商城管理 panels: the add/edit form for a reward, the catalogue (tap 编辑), the points-per-hour rate, and the
// redemptions waiting at the service desk (check the pickup code, then 标记已领取).
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import FormError from '../../../../components/FormError'
import ListFooter from '../../../../components/ListFooter'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useRewardAdmin } from '../../../../hooks/useRewardAdmin'
import { REWARD_KIND_LABELS, REWARD_KINDS } from '../../../../shared/contracts/rewards'
import { RedemptionItem, RewardItem } from '../../../../components/RewardCard'

type Admin = ReturnType<typeof useRewardAdmin>
const KINDS = REWARD_KINDS.map((k) => ({ value: k, label: REWARD_KIND_LABELS[k] }))
const SHELF = [
  { value: 'on' as const, label: '上架' },
  { value: 'off' as const, label: '下架' }
]

export function RewardForm({ a }: { a: Admin }) {
  const v = a.values
  const e = a.fieldErrors
  return (
    <View className='cv-form' id='reward-form'>
      <Text className='cv-form__title'>{a.editing ? `编辑「${a.editing.name}」` : '上架新奖励'}</Text>
      <Text className='cv-form__intro'>特权如优先预约体检、免费理发；物品如超市购物卡。库存为0时居民不能再兑换。</Text>
      {a.saved && (
        <Text className='cv-success' id='reward-saved'>
          {a.saved}
        </Text>
      )}
      <TextField
        label='名称'
        name='name'
        value={v.name}
        onChange={(x) => a.setField('name', x)}
        error={e.name}
        maxLength={30}
        placeholder='例如：爱心理发券'
        required
      />
      <Text className='cv-field__label'>类型</Text>
      <Chips name='kind' options={KINDS} value={v.kind || 'goods'} onChange={(x) => a.setField('kind', x)} />
      <TextField
        label='所需积分'
        name='cost'
        type='number'
        value={v.cost}
        onChange={(x) => a.setField('cost', x)}
        error={e.cost}
        placeholder='例如：10'
        required
      />
      <TextField
        label='库存'
        name='stock'
        type='number'
        value={v.stock}
        onChange={(x) => a.setField('stock', x)}
        error={e.stock}
        hint={a.editing ? `当前剩余 ${a.editing.stock}，已兑 ${a.editing.redeemed}` : undefined}
        placeholder='例如：20'
        required
      />
      <TextField
        label='说明'
        name='description'
        value={v.description}
        onChange={(x) => a.setField('description', x)}
        error={e.description}
        maxLength={200}
        placeholder='领取地点、有效期等'
      />
      <Text className='cv-field__label'>状态</Text>
      <Chips name='active' options={SHELF} value={v.active ? 'on' : 'off'} onChange={(x) => a.setField('active', x === 'on')} />
      <FormError message={a.formError} fieldErrors={e} />
      <SubmitBar text={a.editing ? '保存修改' : '上架'} pending={a.saving} onSubmit={() => void a.save()} />
      {a.editing && (
        <Button className='cv-btn cv-btn--plain' onClick={() => a.edit(null)}>
          取消编辑
        </Button>
      )}
    </View>
  )
}

export function CatalogueAdmin({ a }: { a: Admin }) {
  const items = a.catalogue.data?.items ?? []
  return (
    <View id='reward-admin-list'>
      <View className='cv-list-head'>
        <Text className='cv-list-head__text'>本社区积分商城（{items.length}），点卡片可编辑</Text>
      </View>
      <LoadState loading={a.catalogue.loading && !a.catalogue.data} error={a.catalogue.error} onRetry={a.catalogue.reload} />
      {a.catalogue.data && items.length === 0 && <Text className='cv-empty'>还没有上架的奖励</Text>}
      {items.map((r) => (
        <View
          key={r.id}
          onClick={() => {
            a.edit(r)
            void Taro.pageScrollTo({ selector: '#reward-form', duration: 200 })
          }}
        >
          <RewardItem r={{ ...r, name: r.active ? r.name : `${r.name}（已下架）` }} blocker={null} />
        </View>
      ))}
    </View>
  )
}

export function RateForm({ a }: { a: Admin }) {
  const rate = a.account.data?.pointsPerHour
  return (
    <View className='cv-form' id='points-rate'>
      <Text className='cv-form__title'>积分规则</Text>
      <Text className='cv-form__intro'>当前每服务1小时获得 {rate ?? '…'} 积分。修改后对新的服务记录生效；积分在获得次年的12月31日到期。</Text>
      <TextField
        label='每小时积分'
        name='pointsPerHour'
        type='number'
        value={a.rateText}
        onChange={a.setRateText}
        error={a.rateError ?? undefined}
        placeholder={rate !== undefined ? String(rate) : ''}
      />
      <SubmitBar text='保存积分规则' pending={a.ratePending} onSubmit={() => void a.saveRate()} />
    </View>
  )
}

export function PendingHandOver({ a }: { a: Admin }) {
  return (
    <View className='cv-form' id='pending-redemptions'>
      <Text className='cv-form__title'>待领取的兑换</Text>
      <Text className='cv-form__intro'>核对居民出示的领取码后交付，再标记已领取。</Text>
      <FormError message={a.fulfilError} />
      {a.pending.items.map((d) => (
        <RedemptionItem
          key={d.id}
          d={d}
          action={
            <Button className='cv-btn cv-btn--plain cv-btn--top' disabled={a.fulfilPending || undefined} onClick={() => void a.handOver(d.id)}>
              标记已领取
            </Button>
          }
        />
      ))}
      <ListFooter list={a.pending} count={a.pending.items.length} empty='没有待领取的兑换' />
    </View>
  )
}
