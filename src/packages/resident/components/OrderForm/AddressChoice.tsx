// 服务地址: one of the resident's saved addresses (the last one used is preselected); none yet → 我的社区 to add.
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import type { Address } from '../../../../hooks/useAddresses'
import { COMMUNITY_PAGE } from '../../../../hooks/orderRoutes'

interface Props {
  addresses: Address[]
  value: string
  onChange: (id: string) => void
  error?: string
}

export default function AddressChoice({ addresses, value, onChange, error }: Props) {
  const add = () => void Taro.navigateTo({ url: COMMUNITY_PAGE })
  return (
    <Field label='服务地址' name='addressId' required error={error}>
      {addresses.length === 0 && <Text className='cv-notice'>还没有服务地址。请先在「我的社区」添加地址，再回来求助。</Text>}
      {addresses.map((a) => (
        <View key={a.id} className={`cv-pick${a.id === value ? ' cv-pick--on' : ''}`} onClick={() => onChange(a.id)}>
          <Text className='cv-pick__title'>{a.label}</Text>
          <Text className='cv-pick__meta'>{a.detail}</Text>
          <Text className='cv-pick__meta'>
            {a.contactName} {a.contactPhone}
          </Text>
        </View>
      ))}
      <Button className='cv-btn cv-btn--plain' onClick={add}>
        {addresses.length ? '管理地址' : '去添加地址'}
      </Button>
    </Field>
  )
}
