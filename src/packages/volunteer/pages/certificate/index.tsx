import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { TIMEBANK_PAGES } from '../../../../hooks/timebankRoutes'
import { useCertificate } from '../../../../hooks/useCertificates'
import CertificateImage from '../../components/CertificateImage'
import CertificateSheet from '../../../../components/CertificateSheet'

/** 志愿服务记录证明 (?number=…): every field as a page, the same drawn as an image to save, and the way to check it. */
export default function CertificatePage() {
  const { params } = useRouter()
  const number = decodeURIComponent(params.number ?? '')
  const { certificate: c, loading, error, reload } = useCertificate(number)
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!c && <LoadState loading={loading} error={loading ? null : error} onRetry={reload} />}
        {c && (
          <>
            <CertificateSheet certificate={c} verifyCode={c.verifyCode} />
            <Text className='cv-notice'>证明编号和校验码可供用人单位、学校等在「证明核验」中查验。下面是证明图片，可保存后发送或打印。</Text>
            <CertificateImage certificate={c} />
            <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: TIMEBANK_PAGES.verify(c.number, c.verifyCode) })}>
              查验这份证明
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
