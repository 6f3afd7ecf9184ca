import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MeView } from '../../shared/contracts'
import { ROLE_LABELS, type Role } from '../../shared/domain/roles'
import { useLocalUsers } from '../../hooks/useLocalUsers'

// H5 local mode: act as any demo user of the local cloud. The choice is kept in localStorage and every page reloads.
const roleText = (roles: readonly string[]) => roles.map((r) => ROLE_LABELS[r as Role] ?? r).join('、')

export default function RoleSwitcher({ me }: { me: MeView | null }) {
  const [open, setOpen] = useState(false)
  const { users, loading, error, currentOpenid, load, choose } = useLocalUsers()

  const toggle = () => {
    if (!open) load()
    setOpen(!open)
  }

  return (
    <View className='cv-switcher-wrap'>
      <View className='cv-switcher'>
        <Text>演示身份：{me ? `${me.nickname}（${roleText(me.roles)}）` : '—'}</Text>
        <Text className='cv-switcher__action' onClick={toggle}>
          {open ? '收起' : '切换'}
        </Text>
      </View>
      {open && (
        <View className='cv-switcher__list'>
          {loading && <Text className='cv-switcher__item'>正在加载…</Text>}
          {error && <Text className='cv-switcher__item'>{error}</Text>}
          {!loading &&
            users?.map((u) => (
              <View
                key={u.openid}
                className={`cv-switcher__item${u.openid === currentOpenid ? ' cv-switcher__item--current' : ''}`}
                onClick={() => {
                  choose(u.openid)
                  setOpen(false)
                }}
              >
                <Text>
                  {u.nickname}（{roleText(u.roles)}）
                </Text>
                <Text className='cv-switcher__meta'>{u.communityName ?? '未加入社区'}</Text>
              </View>
            ))}
        </View>
      )}
    </View>
  )
}
