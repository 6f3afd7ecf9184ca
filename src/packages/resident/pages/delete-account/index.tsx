import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/MyData/index.css'
import { Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { useDeletion } from '../../../../hooks/useDeletion'
import { DISPOSAL_LABELS, DISPOSALS, type DeletionView } from '../../../../shared/contracts'
import { formatMinutes, formatShanghai } from '../../../../shared/time'

type D = ReturnType<typeof useDeletion>

const ERASED_ITEMS = [
  '昵称、头像、手机号',
  '实名信息：姓名、身份证号、电话、监护人',
  '地址簿与家人代办关系',
  '订单中的地址、联系人和姓名，随手拍的描述与照片',
  '导出过的「我的数据」文件'
]
const KEPT_ITEMS = ['服务记录与证明（谁组织谁记录），只保留志愿者编号', '时间银行账目（保证账目平衡），不含姓名', '同意隐私指引的记录（版本与时间）']

function Bullets({ items }: { items: string[] }) {
  return (
    <View className='cv-mydata__bullets'>
      {items.map((t) => (
        <Text className='cv-mydata__list' key={t}>
          · {t}
        </Text>
      ))}
    </View>
  )
}

function Pending({ v, d }: { v: DeletionView; d: D }) {
  return (
    <View className='cv-card' id='deletion-pending'>
      <Text className='cv-mydata__title'>注销中</Text>
      <Text className='cv-card__row'>您的账号将于以下时间注销（冷静期 {v.coolingOffDays} 天）：</Text>
      <Text className='cv-mydata__due' id='deletion-due'>
        {v.dueAt ? formatShanghai(v.dueAt) : ''}
      </Text>
      <Text className='cv-card__row'>剩余时长去向：{v.disposal === 'transfer_family' ? `转给家人 ${v.toName ?? ''}` : '捐赠给社区公益池'}</Text>
      <Text className='cv-card__row'>到期前可随时撤销，撤销后账号照常使用。若届时仍有进行中的服务，会在服务结束后再执行。</Text>
      <FormError message={d.cancel.formError} />
      <SubmitBar text='撤销注销' pending={d.cancel.pending} onSubmit={() => void d.undo()} />
    </View>
  )
}

function RequestForm({ v, d }: { v: DeletionView; d: D }) {
  const family = v.familyMembers.map((m) => ({ value: m.userId, label: `${m.name}（${m.relation}）` }))
  return (
    <>
      <View className='cv-card' id='deletion-explain'>
        <Text className='cv-mydata__title'>注销后会删除</Text>
        <Bullets items={ERASED_ITEMS} />
        <Text className='cv-mydata__title'>社区会保留（已匿名）</Text>
        <Bullets items={KEPT_ITEMS} />
        <Text className='cv-card__row'>提交后有 {v.coolingOffDays} 天冷静期，期间可撤销；未完成的求助会被取消，已接的订单会退回待派单。</Text>
      </View>
      <View className='cv-form' id='deletion-form'>
        <Text className='cv-form__title'>剩余时长去向</Text>
        <Text className='cv-form__intro'>当前可用时长：{formatMinutes(v.balanceMinutes)}（注销时的余额按您的选择处理，不能提现）</Text>
        <SingleChoiceField
          label='去向'
          name='disposal'
          options={DISPOSALS.map((x) => ({ value: x, label: DISPOSAL_LABELS[x] }))}
          value={d.disposal}
          onChange={d.setDisposal}
        />
        {d.disposal === 'transfer_family' &&
          (family.length ? (
            <SingleChoiceField
              label='接收的家人'
              name='toUserId'
              options={family}
              value={d.toUserId}
              onChange={d.setToUserId}
              error={d.request.fieldErrors.toUserId}
              required
            />
          ) : (
            <Text className='cv-notice'>还没有已确认的家人（可在「家人代办」绑定），请选择捐赠给社区。</Text>
          ))}
        <TextField
          label={`请输入「${d.confirmWord}」`}
          name='confirmText'
          value={d.confirmText}
          onChange={d.setConfirmText}
          error={d.request.fieldErrors.confirmText}
          placeholder={d.confirmWord}
          required
        />
        <FormError message={d.request.formError} fieldErrors={d.request.fieldErrors} />
        <SubmitBar text='申请注销' type='danger' pending={d.request.pending} onSubmit={() => void d.submit()} />
      </View>
    </>
  )
}

/** 注销账号: what is erased and what is kept, where the remaining hours go, a typed confirmation; then 注销中 with 撤销注销. */
export default function DeleteAccountPage() {
  const d = useDeletion()
  const v = d.status.data
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!v ? (
          <LoadState loading={d.status.loading} error={d.status.error} onRetry={d.status.reload} />
        ) : v.status === 'pending' ? (
          <Pending v={v} d={d} />
        ) : v.status === 'erased' ? (
          <Text className='cv-notice'>该账号已注销。</Text>
        ) : (
          <RequestForm v={v} d={d} />
        )}
      </View>
    </View>
  )
}
