import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useTransfer } from '../../../../hooks/useTransfer'
import { formatMinutes } from '../../../../shared/time'
import TransferForm from '../../components/TransferForm'

/** 转赠: give time to a family member — who, how long, then 确认转赠 X 给 某某？ before anything is sent. */
export default function TransferPage() {
  const t = useTransfer()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={t.loading} error={t.error} onRetry={t.reload} />
        {!t.loading && !t.error && (
          <>
            <View className='cv-form'>
              <Text className='cv-form__title'>转赠给家人</Text>
              <Text className='cv-form__intro'>时间可以转赠给已确认「家人代办」关系的家人，用于为他们预约服务。转赠后不能撤回。</Text>
            </View>
            {t.done && (
              <View className='cv-success' id='transfer-done'>
                <Text>
                  已转赠 {formatMinutes(t.done.minutes)} 给 {t.done.to}。
                </Text>
                <Button className='cv-btn cv-btn--plain cv-btn--top' onClick={() => void Taro.navigateBack()}>
                  返回我的时间银行
                </Button>
              </View>
            )}
            <TransferForm t={t} />
          </>
        )}
      </View>
    </View>
  )
}
