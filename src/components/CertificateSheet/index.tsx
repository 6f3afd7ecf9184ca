// The certificate as a page: every field of 民发〔2015〕149号 — volunteer (name, ID type + masked number, volunteer
// number), period, hours and the services table, issuer, 负责人, 经办人, 联系方式, 证明编号, 校验码, date.
// `verified` (the public 证明核验 page) has no 校验码: whoever checks already typed it.
import './index.css'
import { Text, View } from '@tarojs/components'
import type { VerifiedCertificate } from '../../hooks/useCertificates'
import { formatMinutes, formatShanghai } from '../../shared/time'

const Row = ({ label, value, id }: { label: string; value: string; id?: string }) => (
  <View className='cv-cert__row' id={id}>
    <Text className='cv-cert__label'>{label}</Text>
    <Text className='cv-cert__value'>{value}</Text>
  </View>
)

export default function CertificateSheet({ certificate: c, verifyCode }: { certificate: VerifiedCertificate; verifyCode?: string }) {
  return (
    <View className='cv-cert'>
      <Text className='cv-cert__title'>志愿服务记录证明</Text>
      <Row label='证明编号' value={c.number} id='cert-number' />
      {verifyCode && <Row label='校验码' value={verifyCode} id='cert-code' />}
      <Text className='cv-cert__section'>志愿者</Text>
      <Row label='姓名' value={c.volunteerName} id='cert-name' />
      <Row label={c.idType} value={c.idMasked} id='cert-id' />
      <Row label='志愿者编号' value={c.volunteerNo ?? '—'} />
      <Text className='cv-cert__section'>服务情况</Text>
      <Row label='服务期间' value={`${c.from} 至 ${c.to}`} />
      <Row label='累计服务时长' value={formatMinutes(c.totalMinutes)} id='cert-hours' />
      <View className='cv-cert__table'>
        <View className='cv-cert__tr cv-cert__tr--head'>
          <Text className='cv-cert__td cv-cert__td--content'>服务内容</Text>
          <Text className='cv-cert__td'>次数</Text>
          <Text className='cv-cert__td cv-cert__td--minutes'>时长</Text>
        </View>
        {c.services.map((s) => (
          <View key={s.content} className='cv-cert__tr'>
            <Text className='cv-cert__td cv-cert__td--content'>{s.content}</Text>
            <Text className='cv-cert__td'>{s.count}</Text>
            <Text className='cv-cert__td cv-cert__td--minutes'>{formatMinutes(s.minutes)}</Text>
          </View>
        ))}
      </View>
      <Text className='cv-cert__section'>出具单位</Text>
      <Row label='出具单位' value={c.issuer} />
      <Row label='负责人' value={c.personInCharge} />
      <Row label='经办人' value={c.handler} />
      <Row label='联系方式' value={c.contact} />
      <Row label='出具日期' value={formatShanghai(c.issuedAt, 'YYYY年MM月DD日')} />
    </View>
  )
}
