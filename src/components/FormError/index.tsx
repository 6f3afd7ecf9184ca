import '../Field/index.css'
import { Text } from '@tarojs/components'
import type { FieldErrors } from '../../shared/errors'

interface Props {
  /** A message for problems not tied to one field (e.g. 请先加入社区, 网络不给力). */
  message: string | null
  /** Field errors: a reminder near the button that something above needs changing. */
  fieldErrors?: FieldErrors
}

/** The form's global error line, shown above its submit button. Plain Taro components. */
export default function FormError({ message, fieldErrors }: Props) {
  const n = fieldErrors ? Object.keys(fieldErrors).length : 0
  if (message) return <Text className='cv-form-error'>{message}</Text>
  if (n > 0) return <Text className='cv-form-error'>有{n}处内容需要修改，请查看上方红色提示</Text>
  return null
}
