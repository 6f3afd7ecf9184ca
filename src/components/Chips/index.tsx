// A row of big filter chips (one chosen). Plain Taro components; `name` gives the row an id for tests.
import './index.css'
import { Text, View } from '@tarojs/components'

interface Props<V extends string> {
  name: string
  options: { value: V; label: string }[]
  value: V
  onChange: (v: V) => void
}

export default function Chips<V extends string>({ name, options, value, onChange }: Props<V>) {
  return (
    <View className='cv-chips' id={`chips-${name}`}>
      {options.map((o) => (
        <Text key={o.value} className={`cv-chip${o.value === value ? ' cv-chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
