import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import { Tabs } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useCertificateInfo, useRules } from '../../../../hooks/useCommunitySettings'
import { useAdjust, useCommunityVolunteers, useReverse, type CommunityVolunteer } from '../../../../hooks/useLedgerAdmin'
import { useMe } from '../../../../hooks/useMe'
import type { MeView } from '../../../../shared/contracts'
import AdjustPanel from '../../components/Ledger/AdjustPanel'
import RecordsPanel from '../../components/Ledger/RecordsPanel'
import ReversePanel from '../../components/Ledger/ReversePanel'
import { CertificateInfoForm, RulesForm } from '../../components/Ledger/RulesPanel'
import VolunteerPicker from '../../components/Ledger/VolunteerPicker'

type Tab = 'adjust' | 'records' | 'rules'

function Ledger({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const [tab, setTab] = useState<Tab>('adjust')
  const [volunteer, setVolunteer] = useState<CommunityVolunteer | null>(null)
  const volunteers = useCommunityVolunteers(allowed)
  const adjust = useAdjust(volunteer)
  const reverse = useReverse()
  const rules = useRules(allowed && tab === 'rules')
  const certInfo = useCertificateInfo()
  if (!allowed) return <Text className='cv-notice'>调账与记录需要社区协调员身份。</Text>
  const picker = (
    <View className='cv-form'>
      <Text className='cv-form__title'>选择志愿者</Text>
      <VolunteerPicker list={volunteers} value={volunteer} onChange={setVolunteer} />
    </View>
  )
  return (
    <>
      <Tabs className='cv-tabs' value={tab} onChange={(v) => setTab(v as Tab)}>
        <Tabs.TabPane title='调账冲正' value='adjust' />
        <Tabs.TabPane title='服务记录' value='records' />
        <Tabs.TabPane title='社区规则' value='rules' />
      </Tabs>
      {tab === 'adjust' && (
        <>
          {picker}
          <AdjustPanel a={adjust} volunteer={volunteer} onReverse={reverse.setPostingId} />
          <ReversePanel r={reverse} />
        </>
      )}
      {tab === 'records' && (
        <>
          {picker}
          {volunteer ? <RecordsPanel key={volunteer.id} volunteer={volunteer} /> : <Text className='cv-empty'>选择志愿者后，可处理其更正申请、记荣誉时长</Text>}
        </>
      )}
      {tab === 'rules' && (
        <>
          <RulesForm r={rules} />
          <CertificateInfoForm c={certInfo} />
        </>
      )}
    </>
  )
}

/** 调账与记录: 调账 and 冲正 (audited), volunteers' record corrections and 荣誉时长, the community's time-bank rules. */
export default function LedgerPage() {
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Ledger me={me} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
