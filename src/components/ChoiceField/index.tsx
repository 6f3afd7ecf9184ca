// NutUI: import only from subpackage pages. Large button-shaped choices: several (multiple) or one.
import { Checkbox, Radio } from '@nutui/nutui-react-taro'
import Field from '../Field'

interface Option<V extends string> {
  value: V
  label: string
}

interface Props<V extends string> {
  label: string
  name: string
  options: Option<V>[]
  error?: string
  required?: boolean
}

export function MultiChoiceField<V extends string>({ value, onChange, options, ...field }: Props<V> & { value: V[]; onChange: (v: V[]) => void }) {
  return (
    <Field {...field}>
      <Checkbox.Group className='cv-choices' direction='horizontal' value={value} onChange={(v) => onChange(v as V[])}>
        {options.map((o) => (
          <Checkbox key={o.value} className='cv-choice' shape='button' value={o.value} label={o.label} />
        ))}
      </Checkbox.Group>
    </Field>
  )
}

export function SingleChoiceField<V extends string>({ value, onChange, options, ...field }: Props<V> & { value: V | ''; onChange: (v: V) => void }) {
  return (
    <Field {...field}>
      <Radio.Group className='cv-choices' direction='horizontal' value={value} onChange={(v) => onChange(String(v) as V)}>
        {options.map((o) => (
          <Radio key={o.value} className='cv-choice' shape='button' value={o.value}>
            {o.label}
          </Radio>
        ))}
      </Radio.Group>
    </Field>
  )
}
