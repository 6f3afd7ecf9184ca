// NutUI: import only from subpackage pages. The form's big submit button (a tap, not a NutUI Form submit:
// H5 fires form submit on touchend only, which a desktop click never sends).
import '../Field/index.css'
import { Button } from '@nutui/nutui-react-taro'

interface Props {
  text: string
  pending?: boolean
  disabled?: boolean
  onSubmit: () => void
  type?: 'primary' | 'default' | 'danger'
}

export default function SubmitBar({ text, pending, disabled, onSubmit, type = 'primary' }: Props) {
  return (
    <Button className='cv-submit' type={type} size='xlarge' block loading={pending} disabled={disabled || pending} onClick={onSubmit}>
      {pending ? '正在提交…' : text}
    </Button>
  )
}
