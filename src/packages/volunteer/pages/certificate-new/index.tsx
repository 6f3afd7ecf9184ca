import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../../../components/CertificateSheet/index.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { TIMEBANK_PAGES } from '../../../../hooks/timebankRoutes'
import { useIssueCertificate } from '../../../../hooks/useCertificates'
import { formatMinutes, formatShanghai } from '../../../../shared/time'
import CertificateForm from '../../components/CertificateForm'
import VolunteerGate from '../../components/VolunteerGate'

function Issue() {
  const f = useIssueCertificate()
  const items = f.mine.data?.items ?? []
  return (
    <>
      <CertificateForm f={f} />
      <View className='cv-form'>
        <Text className='cv-form__title'>我出具过的证明</Text>
        <LoadState loading={f.mine.loading} error={f.mine.error} onRetry={f.mine.reload} />
        {!f.mine.loading && items.length === 0 && <Text className='cv-empty'>还没有出具过证明</Text>}
        {items.map((c) => (
          <View key={c.number} className='cv-cert__item' onClick={() => void Taro.navigateTo({ url: TIMEBANK_PAGES.certificate(c.number) })}>
            <Text className='cv-cert__item-title'>
              {c.from} 至 {c.to} · {formatMinutes(c.totalMinutes)}
            </Text>
            <Text className='cv-cert__item-meta'>
              证明编号 {c.number} · {formatShanghai(c.issuedAt, 'YYYY-MM-DD')} 出具
            </Text>
          </View>
        ))}
      </View>
    </>
  )
}

/** 申请证明: a date range → 志愿服务记录证明 (opens the certificate page), and the ones issued before. */
export default function CertificateNewPage() {
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <VolunteerGate>
          <Issue />
        </VolunteerGate>
      </View>
    </View>
  )
}
