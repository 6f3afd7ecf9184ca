// Platform admins only: which street the page shows (they run every street; a street admin sees only their own
// and never this picker).
import { Text, View } from '@tarojs/components'
import Chips from '../../../components/Chips'
import type { StreetView } from '../../../shared/contracts'

export default function StreetPicker({ streets, value, onChange }: { streets: StreetView[]; value: string | undefined; onChange: (id: string) => void }) {
  if (streets.length === 0) return <Text className='cv-empty'>还没有街道，请先在「街道管理」中创建。</Text>
  return (
    <View>
      <Text className='cv-street__label'>管理员：选择街道</Text>
      <Chips name='street' options={streets.map((s) => ({ value: s.id, label: s.name }))} value={value ?? ''} onChange={onChange} />
    </View>
  )
}
