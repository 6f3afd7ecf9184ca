// 冲正: undo one posting by its 记录编号 (shown in the member's 收支明细 and after 调账), with a reason. The
// original stays in the ledger; a reversal posting negates it, once.
import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import ConfirmPanel from '../../../../components/ConfirmPanel'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useReverse } from '../../../../hooks/useLedgerAdmin'

export default function ReversePanel({ r }: { r: ReturnType<typeof useReverse> }) {
  return (
    <View className='cv-form' id='reverse-panel'>
      <Text className='cv-form__title'>冲正一笔记录</Text>
      <Text className='cv-form__intro'>冲正不会删除原记录，而是记一笔金额相反的记录，每笔只能冲正一次。</Text>
      {r.done && <Text className='cv-success'>已冲正，冲正记录编号：{r.done}</Text>}
      {r.confirming ? (
        <ConfirmPanel
          question={`确认冲正记录 ${r.postingId.trim()}？`}
          confirmText='确认冲正'
          pending={r.pending}
          error={r.error}
          onConfirm={() => void r.send()}
          onBack={r.back}
        >
          <Text>原因：{r.reason.trim()}</Text>
        </ConfirmPanel>
      ) : (
        <>
          <TextField label='记录编号' name='postingId' value={r.postingId} onChange={r.setPostingId} placeholder='在收支明细中可以看到' required />
          <Field label='冲正原因' name='reverseReason' required>
            <TextArea className='cv-textarea' value={r.reason} maxLength={200} placeholder='例如：重复调账' onChange={r.setReason} />
          </Field>
          <FormError message={r.error} />
          <SubmitBar text='下一步' onSubmit={r.next} />
        </>
      )}
    </View>
  )
}
