import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import CertificateSheet from '../../../../components/CertificateSheet'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { useVerify } from '../../../../hooks/useCertificates'
import '../../components/resident.css'

/** 证明核验 (?number=&code=): anyone checks a 志愿服务记录证明 by its number and 6-character code. */
export default function VerifyPage() {
  const { params } = useRouter()
  const v = useVerify({ number: params.number ? decodeURIComponent(params.number) : '', code: params.code ? decodeURIComponent(params.code) : '' })
  const r = v.result
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <View className='cv-form'>
          <Text className='cv-form__title'>志愿服务记录证明核验</Text>
          <Text className='cv-form__intro'>请输入证明上的证明编号和6位校验码。核验结果只显示隐去部分信息的证明内容。</Text>
          <TextField label='证明编号' name='number' value={v.number} onChange={v.setNumber} error={v.fieldErrors.number} placeholder='例如：ZM2025…' required />
          <TextField
            label='校验码'
            name='code'
            value={v.code}
            onChange={v.setCode}
            error={v.fieldErrors.code}
            placeholder='6位字母或数字'
            maxLength={6}
            required
          />
          <FormError message={v.formError} fieldErrors={v.fieldErrors} />
          <SubmitBar text='核验' pending={v.pending} onSubmit={() => void v.submit()} />
        </View>
        {r && r.valid && r.certificate && (
          <>
            <View className='cv-verdict cv-verdict--valid' id='verify-valid'>
              <Text className='cv-verdict__title'>✔ 证明有效</Text>
              <Text className='cv-verdict__text'>该证明由{r.certificate.issuer}出具，内容如下。</Text>
            </View>
            <CertificateSheet certificate={r.certificate} />
          </>
        )}
        {r && !r.valid && (
          <View className='cv-verdict cv-verdict--invalid' id='verify-invalid'>
            <Text className='cv-verdict__title'>✘ 证明无效</Text>
            <Text className='cv-verdict__text'>证明编号与校验码不匹配，或该证明不存在。请核对后重试，或联系出具单位。</Text>
          </View>
        )}
      </View>
    </View>
  )
}
