// 整改 (the assignee): 1–3 photos after the fix and a note saying what was done. The photos go through the same
// content check as the report's: they show once they pass.
import { useEffect, useState } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import { usePhotoPicker } from '../../../../hooks/usePhotoPicker'
import type { ReportMover } from '../../../../hooks/useReports'
import Photos from '../Photos'

export default function RectifyPanel({ mover }: { mover: ReportMover }) {
  const r = mover.rectify
  const picker = usePhotoPicker('orders', 3, false)
  const [note, setNote] = useState('')
  const { clearField } = r
  const photoCount = picker.photos.length
  useEffect(() => {
    if (photoCount > 0) clearField('photos') // 请上传整改后的照片 is answered
  }, [photoCount, clearField])
  return (
    <View className='cv-form' id='rectify'>
      <Text className='cv-form__title'>提交整改</Text>
      <Text className='cv-form__intro'>处理完成后拍下整改后的现场，写明做了什么，由社区协调员验收。</Text>
      <Photos label='整改后照片（1～3张）' name='photos' picker={picker} error={r.fieldErrors.photos} />
      <Field label='整改说明' name='note' required error={r.fieldErrors.note}>
        <TextArea
          className='cv-textarea'
          value={note}
          maxLength={200}
          placeholder='例如：已联系物业更换灯泡，路灯恢复照明'
          onChange={(v) => (setNote(v), r.clearField('note'))}
        />
      </Field>
      <FormError message={r.error} fieldErrors={r.fieldErrors} />
      <SubmitBar
        text='提交整改'
        pending={r.pending}
        disabled={picker.uploading}
        onSubmit={() =>
          void r.run(
            picker.photos.map((p) => p.fileId),
            note
          )
        }
      />
    </View>
  )
}
