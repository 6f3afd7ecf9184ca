import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMe } from '../../hooks/useMe'
import type { MeView } from '../../shared/contracts'
import { ROLE_LABELS, type Role } from '../../shared/domain/roles'
import { PRIVACY_GUIDE_URL } from '../../hooks/useConsent'
import ConsentGate from '../ConsentGate'
import EntryButton, { type Entry } from '../EntryButton'
import LoadState from '../LoadState'
import RoleSwitcher from '../RoleSwitcher'
import UserCard from '../UserCard'

interface Props {
  title: string
  /** The role this tab serves; users without it see a short note. */
  role: Role
  /** Other roles this tab also serves (e.g. the 协调员 tab for street admins): their holders see no note either. */
  alsoFor?: Role[]
  /** For some users, these entries instead of `entries` (e.g. a street admin's 街道工作台 alone); null: the usual ones. */
  only?: (me: MeView | null) => Entry[] | null
  /** The role's entries; a function may tailor them to the signed-in user. */
  entries: Entry[] | ((me: MeView | null) => Entry[])
  /** Shown to users without the role (default: a short note that the entries need it). */
  note?: string
}

/**
 * A role's tab page: (H5) demo identity bar, the signed-in user, and the role's entry buttons. Every tab is a
 * possible first screen, so each carries the first-launch consent screen and a link to the privacy guide.
 */
export default function RoleHome({ title, role, alsoFor = [], only, entries, note }: Props) {
  const { me, loading, error, reload } = useMe()
  const showUser = me && !error && !loading

  return (
    <View className='cv-page'>
      <RoleSwitcher me={me} />
      <Text className='cv-title'>{title}</Text>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {showUser && <UserCard me={me} />}
      <ConsentGate launch />
      {showUser && ![role, ...alsoFor].some((r) => me.roles.includes(r)) && (
        <Text className='cv-notice'>{note ?? `您当前还不是${ROLE_LABELS[role]}，以下功能需要相应身份。`}</Text>
      )}
      {(only?.(showUser ? me : null) ?? (typeof entries === 'function' ? entries(showUser ? me : null) : entries)).map((e) => (
        <EntryButton key={e.label} {...e} />
      ))}
      <Text className='cv-guide-link' onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_URL })}>
        《用户隐私保护指引》
      </Text>
    </View>
  )
}
