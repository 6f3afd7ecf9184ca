// The frame of a community settings page (订单规则, 限流设置): coordinators and admins of their community see the
// form; anyone else is told which role it needs. The form mounts only once allowed, so its hook loads nothing before.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'

export function SettingsPage({ title, children }: { title: string; children: () => ReactNode }) {
  const { me, loading, error, reload } = useMe()
  const allowed = me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me && <LoadState loading={loading} error={error} onRetry={reload} />}
        {me && !allowed && <Text className='cv-notice'>{title}需要社区协调员身份。</Text>}
        {allowed && children()}
      </View>
    </View>
  )
}
