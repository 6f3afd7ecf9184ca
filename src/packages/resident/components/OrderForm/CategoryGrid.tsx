// 需要什么帮助: the community's services a resident may ask for, as big tiles (one tap picks one).
import { Text, View } from '@tarojs/components'
import type { CatalogEntryView, ServiceCategory } from '../../../../shared/contracts'
import { formatMinutes } from '../../../../shared/time'
import Field from '../../../../components/Field'

interface Props {
  entries: CatalogEntryView[]
  value: ServiceCategory | ''
  onChange: (c: ServiceCategory) => void
  error?: string
}

export default function CategoryGrid({ entries, value, onChange, error }: Props) {
  return (
    <Field label='需要什么帮助' name='category' required error={error}>
      {entries.length === 0 && <Text className='cv-empty'>社区暂未开放可直接求助的服务，请联系社区协调员</Text>}
      <View className='cv-grid'>
        {entries.map((e) => (
          <View key={e.category} className={`cv-grid__item${value === e.category ? ' cv-grid__item--on' : ''}`} onClick={() => onChange(e.category)}>
            <Text className='cv-grid__label'>{e.label}</Text>
            <Text className='cv-grid__meta'>约{formatMinutes(e.defaultMinutes)}</Text>
          </View>
        ))}
      </View>
    </Field>
  )
}
