// After rectification: the coordinator 验收办结 (close); the coordinator or the reporter 重新办理 (reopen) with a
// reason, also after closing — the reopened report goes back to dispatch.
import { useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import type { Report, ReportMover } from '../../../../hooks/useReports'

export default function AcceptPanel({ mover, moves }: { mover: ReportMover; moves: Report['moves'] }) {
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const { close, reopen } = mover
  const canClose = moves.includes('close')
  return (
    <View className='cv-form' id='accept'>
      <Text className='cv-form__title'>{canClose ? '验收整改' : '对处理结果不满意？'}</Text>
      {canClose && !reopening && (
        <>
          <Text className='cv-form__intro'>请对照整改后照片核实，问题已解决即可办结。</Text>
          <FormError message={close.error} />
          <SubmitBar text='验收通过，办结' pending={close.pending} onSubmit={() => void close.run()} />
        </>
      )}
      {moves.includes('reopen') && !reopening && (
        <Button className='cv-btn cv-btn--plain cv-btn--danger cv-report-reopen' onClick={() => setReopening(true)}>
          问题没有解决，重新办理
        </Button>
      )}
      {reopening && (
        <>
          <Field label='重新办理的原因' name='reason' required error={reopen.fieldErrors.reason}>
            <TextArea
              className='cv-textarea'
              value={reason}
              maxLength={200}
              placeholder='例如：路灯白天亮、晚上还是不亮'
              onChange={(v) => (setReason(v), reopen.clearField('reason'))}
            />
          </Field>
          <FormError message={reopen.error} />
          <SubmitBar
            text='确认重新办理'
            type='danger'
            pending={reopen.pending}
            onSubmit={() => void reopen.run(reason).then((ok) => ok && setReopening(false))}
          />
          <Button className='cv-btn cv-btn--plain' disabled={reopen.pending || undefined} onClick={() => setReopening(false)}>
            返回
          </Button>
        </>
      )}
    </View>
  )
}
