// NutUI: import only from subpackage pages. A labelled text input with its field error.
import { Input } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import Field from '../Field'

interface Props {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: ReactNode
  placeholder?: string
  required?: boolean
  type?: 'text' | 'number' | 'idcard' | 'digit' | 'tel' | 'nickname'
  maxLength?: number
  disabled?: boolean
}

export default function TextField({ label, name, value, onChange, error, hint, placeholder, required, type = 'text', maxLength, disabled }: Props) {
  return (
    <Field label={label} name={name} error={error} hint={hint} required={required}>
      <Input
        className='cv-input'
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        disabled={disabled}
        onChange={onChange}
      />
    </Field>
  )
}
