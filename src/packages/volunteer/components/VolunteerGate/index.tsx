// The volunteer's order pages are for approved volunteers: anyone else sees why and the way to register.
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'

export default function VolunteerGate({ children }: { children: ReactNode }) {
  const { me, loading, error, reload } = useMe()
  if (!me) return <LoadState loading={loading} error={error} onRetry={reload} />
  if (me.roles.includes('volunteer')) return <>{children}</>
  return (
    <View>
      <Text className='cv-notice'>抢单和服务需要通过审核的志愿者身份。实名注册并经社区审核通过后即可接单。</Text>
      <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: '/packages/volunteer/pages/register/index' })}>
        注册成为志愿者
      </Button>
    </View>
  )
}
