// One audit entry: what (the action in Chinese) and when (China time), who (nickname and role), where (community),
// the target, and each changed field before → after. The action, the actor and the community are tappable: each
// narrows the list to entries like it (onPick).
import './index.css'
import { Text, View } from '@tarojs/components'
import type { AuditItemView } from '../../../../shared/contracts'
import type { AuditFilters, Picked } from '../../../../hooks/useAuditLog'
import { formatShanghai } from '../../../../shared/time'

interface Props {
  item: AuditItemView
  onPick: (patch: Partial<Pick<AuditFilters, 'action' | 'actor' | 'community'>>) => void
}

const short = (id: string) => (id.length > 10 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id)

export default function AuditEntry({ item: a, onPick }: Props) {
  const pick = (key: 'action' | 'actor' | 'community', p: Picked) => () => onPick({ [key]: p })
  return (
    <View className='cv-audit' id={`audit-${a.id}`}>
      <View className='cv-audit__head'>
        <Text className='cv-audit__action' onClick={pick('action', { value: a.action, label: a.actionLabel })}>
          {a.actionLabel}
        </Text>
        <Text className='cv-audit__time'>{formatShanghai(a.at, 'MM-DD HH:mm')}</Text>
      </View>
      <Text className='cv-audit__row'>
        操作人：
        <Text className='cv-audit__link' onClick={pick('actor', { value: a.actor.id, label: a.actor.name })}>
          {a.actor.name}
        </Text>
        （{a.actor.role}）
      </Text>
      {a.community && (
        <Text className='cv-audit__row'>
          社区：
          <Text className='cv-audit__link' onClick={pick('community', { value: a.community.id, label: a.community.name })}>
            {a.community.name}
          </Text>
        </Text>
      )}
      <Text className='cv-audit__row'>
        对象：{a.target.label} {short(a.target.id)}
      </Text>
      <View className='cv-audit__diff'>
        {a.changes.map((c) => (
          <Text key={c.field} className='cv-audit__change'>
            {c.label}：{c.before === null ? '' : <Text className='cv-audit__before'>{c.before}</Text>}
            {c.before === null ? '' : ' → '}
            <Text className='cv-audit__after'>{c.after ?? '（无）'}</Text>
          </Text>
        ))}
      </View>
    </View>
  )
}
