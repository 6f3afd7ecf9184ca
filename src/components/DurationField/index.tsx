// NutUI: import only from subpackage pages. A duration as two big number inputs, 「□ 小时 □ 分钟」: elderly users
// think in hours; the contracts take whole minutes (timebankFormat.toMinutes joins them).
import './index.css'
import type { ReactNode } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Field from '../Field'

interface Props {
  label: string
  name: string
  hours: string
  minutes: string
  onChange: (hours: string, minutes: string) => void
  error?: string
  hint?: ReactNode
  required?: boolean
}

export default function DurationField({ label, name, hours, minutes, onChange, error, hint, required }: Props) {
  return (
    <Field label={label} name={name} error={error} hint={hint} required={required}>
      <View className='cv-duration'>
        <Input
          className='cv-input cv-duration__input'
          name={`${name}-hours`}
          type='number'
          value={hours}
          placeholder='0'
          maxLength={5}
          onChange={(v) => onChange(v, minutes)}
        />
        <Text className='cv-duration__unit'>小时</Text>
        <Input
          className='cv-input cv-duration__input'
          name={`${name}-minutes`}
          type='number'
          value={minutes}
          placeholder='0'
          maxLength={2}
          onChange={(v) => onChange(hours, v)}
        />
        <Text className='cv-duration__unit'>分钟</Text>
      </View>
    </Field>
  )
}
