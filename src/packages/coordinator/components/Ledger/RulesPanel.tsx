// 社区规则: the time-bank rules (storage cap, spending from an age, who may receive transfers, the daily transfer
// cap) and who signs the community's certificates (负责人, 经办人, 联系方式).
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import DurationField from '../../../../components/DurationField'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useCertificateInfo, useRules } from '../../../../hooks/useCommunitySettings'

const TRANSFER_TO = [
  { value: 'family' as const, label: '只能转赠家人' },
  { value: 'anyone' as const, label: '可转赠本社区任何人' }
]

export function RulesForm({ r }: { r: ReturnType<typeof useRules> }) {
  const v = r.values
  const e = r.fieldErrors
  return (
    <View className='cv-form' id='rules-panel'>
      <Text className='cv-form__title'>时间银行规则</Text>
      <Text className='cv-form__intro'>时间只能用于换取服务、转赠或捐赠，不能兑换现金；余额不会低于零。</Text>
      {!v && <LoadState loading={!r.loadError} error={r.loadError} onRetry={r.reload} />}
      {v && (
        <>
          {r.saved && <Text className='cv-success'>规则已保存</Text>}
          <TextField
            label='每人存储上限（小时）'
            name='storageCapMinutes'
            type='number'
            value={v.capHours}
            onChange={(x) => r.set('capHours', x)}
            error={e.storageCapMinutes}
            hint='超出部分自动转入社区捐赠池，并告知本人（南京为1500小时）'
          />
          <TextField
            label='本人使用时间的起始年龄'
            name='spendFromAge'
            type='number'
            value={v.spendFromAge}
            onChange={(x) => r.set('spendFromAge', x)}
            error={e.spendFromAge}
            placeholder='不限'
            hint='留空为不限年龄（上海为65岁）'
          />
          <Text className='cv-field__label'>转赠对象</Text>
          <Chips name='transferTo' options={TRANSFER_TO} value={v.transferTo} onChange={(x) => r.set('transferTo', x)} />
          {e.transferTo && <Text className='cv-field__error'>{e.transferTo}</Text>}
          <DurationField
            label='每人每日转赠上限'
            name='dailyTransferCapMinutes'
            hours={v.dailyHours}
            minutes={v.dailyMinutes}
            onChange={(h, m) => {
              r.set('dailyHours', h)
              r.set('dailyMinutes', m)
            }}
            error={e.dailyTransferCapMinutes}
          />
          <FormError message={r.formError} fieldErrors={e} />
          <SubmitBar text='保存规则' pending={r.pending} onSubmit={() => void r.save()} />
        </>
      )}
    </View>
  )
}

export function CertificateInfoForm({ c }: { c: ReturnType<typeof useCertificateInfo> }) {
  const e = c.fieldErrors
  return (
    <View className='cv-form' id='certinfo-panel'>
      <Text className='cv-form__title'>证明落款信息</Text>
      <Text className='cv-form__intro'>印在本社区出具的志愿服务记录证明上。已出具的证明不受影响。</Text>
      {c.saved && (
        <Text className='cv-success'>
          已保存：负责人 {c.saved.personInCharge}，经办人 {c.saved.handler}，联系方式 {c.saved.contact}
        </Text>
      )}
      <TextField
        label='负责人'
        name='personInCharge'
        value={c.values.personInCharge}
        onChange={(x) => c.set('personInCharge', x)}
        error={e.personInCharge}
        required
      />
      <TextField label='经办人' name='handler' value={c.values.handler} onChange={(x) => c.set('handler', x)} error={e.handler} required />
      <TextField
        label='联系方式'
        name='contact'
        type='tel'
        value={c.values.contact}
        onChange={(x) => c.set('contact', x)}
        error={e.contact}
        placeholder='例如：0752-1234567'
        required
      />
      <FormError message={c.formError} fieldErrors={e} />
      <SubmitBar text='保存落款信息' pending={c.pending} onSubmit={() => void c.save()} />
    </View>
  )
}
