// NutUI: import only from subpackage pages. The confirmation step before a write that moves hours (转赠, 捐赠,
// 调账, 冲正): the question in big type, what exactly will happen, then 确认 or 返回修改. Nothing is sent until
// 确认 is tapped.
import './index.css'
import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../FormError'
import SubmitBar from '../SubmitBar'

interface Props {
  question: string
  children?: ReactNode
  confirmText: string
  pending: boolean
  error: string | null
  onConfirm: () => void
  onBack: () => void
  /** The way back (default 返回修改; e.g. 不取消 where nothing was being edited). */
  backText?: string
}

export default function ConfirmPanel({ question, children, confirmText, pending, error, onConfirm, onBack, backText = '返回修改' }: Props) {
  return (
    <View className='cv-confirm'>
      <Text className='cv-confirm__question'>{question}</Text>
      {children && <View className='cv-confirm__body'>{children}</View>}
      <FormError message={error} />
      <SubmitBar text={confirmText} pending={pending} onSubmit={onConfirm} />
      <Button className='cv-btn cv-btn--plain' disabled={pending || undefined} onClick={onBack}>
        {backText}
      </Button>
    </View>
  )
}
