// A subpackage page about the signed-in user: loading/error states, the user header, then the page's own
// section once users.me has answered. Uses NutUI (via MeHeader): import from subpackage pages only.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { MeView } from '../../shared/contracts'
import { useMe } from '../../hooks/useMe'
import LoadState from '../LoadState'
import MeHeader from '../MeHeader'

export default function MePage({ children }: { children: (me: MeView) => ReactNode }) {
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <LoadState loading={loading} error={error} onRetry={reload} />
      {me && !loading && !error && (
        <>
          <MeHeader me={me} />
          <View className='cv-sub__section'>{children(me)}</View>
        </>
      )}
    </View>
  )
}
