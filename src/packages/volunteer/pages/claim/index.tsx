import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import MePage from '../../../../components/MePage'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { useRosterClaim } from '../../../../hooks/useRosterClaim'
import { formatMinutes } from '../../../../shared/time'

function ClaimForm() {
  const c = useRosterClaim()
  const e = c.action.fieldErrors
  if (c.done)
    return (
      <View className='cv-form' id='claim-done'>
        <Text className='cv-form__title'>认领成功</Text>
        <Text className='cv-form__intro'>
          您已是{c.done.communityName}的志愿者，志愿者编号 {c.done.volunteerNo ?? '—'}
          {c.done.pastMinutes > 0 ? `，补录的服务时长 ${formatMinutes(c.done.pastMinutes)} 已计入您的服务记录` : ''}。
        </Text>
        <Button className='cv-btn' onClick={() => Taro.navigateTo({ url: '/packages/volunteer/pages/home/index' })}>
          去志愿者中心
        </Button>
      </View>
    )
  return (
    <View className='cv-form'>
      <Text className='cv-form__intro'>社区已把您登记在志愿者名册中时，填写与名册一致的姓名、身份证号码和手机号即可认领，无需再次注册和审核。</Text>
      <TextField label='姓名' name='realName' required value={c.values.realName} error={e.realName} onChange={(v) => c.set('realName', v)} />
      <TextField
        label='身份证号码'
        name='idNumber'
        type='idcard'
        required
        maxLength={18}
        value={c.values.idNumber}
        error={e.idNumber}
        onChange={(v) => c.set('idNumber', v)}
      />
      <TextField label='手机号' name='phone' type='tel' required maxLength={11} value={c.values.phone} error={e.phone} onChange={(v) => c.set('phone', v)} />
      <FormError message={c.action.formError} fieldErrors={e} />
      <SubmitBar text='认领身份' pending={c.action.pending} onSubmit={() => void c.submit()} />
    </View>
  )
}

/** 认领志愿者身份: take over the record a roster import made for the user. */
export default function ClaimPage() {
  return <MePage>{() => <ClaimForm />}</MePage>
}
