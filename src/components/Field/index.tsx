// NutUI forms: import only from subpackage pages. One labelled form field with its error right below it.
import './index.css'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

interface Props {
  label: string
  required?: boolean
  /** The Chinese message for this field (client check or the server's error.fields). */
  error?: string
  hint?: ReactNode
  children: ReactNode
  /** Stable hook for tests and styling, e.g. `idNumber`. */
  name?: string
}

export default function Field({ label, required, error, hint, children, name }: Props) {
  return (
    <View className={`cv-field${error ? ' cv-field--error' : ''}`} id={name ? `field-${name.replace(/\./g, '-')}` : undefined}>
      <Text className='cv-field__label'>
        {label}
        {required && <Text className='cv-field__required'> *</Text>}
      </Text>
      {children}
      {hint && <View className='cv-field__hint'>{hint}</View>}
      {error && <Text className='cv-field__error'>{error}</Text>}
    </View>
  )
}
