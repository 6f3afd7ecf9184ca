import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Tabs } from '@nutui/nutui-react-taro'
import { Button, View } from '@tarojs/components'
import ListFooter from '../../../../components/ListFooter'
import ReportCard from '../../../../components/ReportCard'
import { useMe } from '../../../../hooks/useMe'
import { REPORT_PAGES, useReportList } from '../../../../hooks/useReports'

type Tab = 'mine' | 'assigned'

/** 我的随手拍: what I reported; volunteers also see 派给我的 (reports dispatched to them to rectify). */
export default function MyReportsPage() {
  const { params } = useRouter()
  const { me } = useMe()
  const [tab, setTab] = useState<Tab>(params.as === 'assigned' ? 'assigned' : 'mine')
  const list = useReportList(tab)
  const volunteer = !!me?.roles.includes('volunteer')
  return (
    <View className='cv-sub'>
      {(volunteer || tab === 'assigned') && (
        <Tabs className='cv-tabs' value={tab} onChange={(v) => setTab(v as Tab)}>
          <Tabs.TabPane title='我上报的' value='mine' />
          <Tabs.TabPane title='派给我的' value='assigned' />
        </Tabs>
      )}
      <View className='cv-sub__section'>
        {tab === 'mine' && (
          <Button className='cv-btn cv-reports__new' onClick={() => void Taro.navigateTo({ url: REPORT_PAGES.create })}>
            随手拍上报
          </Button>
        )}
        {list.items.map((r) => (
          <ReportCard key={r.id} report={r} />
        ))}
        <ListFooter list={list} count={list.items.length} empty={tab === 'mine' ? '您还没有上报过问题' : '没有派给您整改的问题'} />
      </View>
    </View>
  )
}
