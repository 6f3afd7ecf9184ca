import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import ListFooter from '../../../../components/ListFooter'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { AUDIT_RANGES, useAuditLog } from '../../../../hooks/useAuditLog'
import AuditEntry from '../../components/AuditEntry'

/**
 * 审计日志 (admins only): who did what, when, to what, before → after — reviews, dispatches, adjustments,
 * reversals, rule changes, exports. Tap an entry's action, person or community to see only entries like it.
 */
export default function AuditPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = !!me && me.roles.includes('admin')
  const { list, filters, set, clear } = useAuditLog(allowed)
  const picked = [
    filters.action && { key: 'action' as const, text: `操作：${filters.action.label}` },
    filters.actor && { key: 'actor' as const, text: `操作人：${filters.actor.label}` },
    filters.community && { key: 'community' as const, text: `社区：${filters.community.label}` }
  ].filter((x): x is { key: 'action' | 'actor' | 'community'; text: string } => !!x)
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={loading} error={error} onRetry={reload} />
        {me && !allowed && <Text className='cv-notice'>审计日志仅管理员可以查看。</Text>}
        {allowed && <Chips name='range' options={AUDIT_RANGES} value={filters.range} onChange={(range) => set({ range })} />}
        {allowed && picked.length > 0 && (
          <View className='cv-audit-filters'>
            {picked.map((p) => (
              <Text key={p.key} className='cv-audit-filters__chip' onClick={() => set({ [p.key]: null })}>
                {p.text} ✕
              </Text>
            ))}
            {picked.length > 1 && (
              <Text className='cv-audit-filters__chip' onClick={clear}>
                清除全部
              </Text>
            )}
          </View>
        )}
        {allowed && picked.length === 0 && list.items.length > 0 && <Text className='cv-empty'>点操作名称、操作人或社区，可只看同类记录</Text>}
        {allowed && list.items.map((a) => <AuditEntry key={a.id} item={a} onPick={set} />)}
        {allowed && <ListFooter list={list} count={list.items.length} empty='这段时间没有审计记录' />}
      </View>
    </View>
  )
}
