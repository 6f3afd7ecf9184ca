import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import { Tabs } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import MePage from '../../../../components/MePage'
import { useReviewList, type ReviewStatus } from '../../../../hooks/useVolunteerReview'
import type { MeView } from '../../../../shared/contracts'
import ReviewCard from '../../components/ReviewCard'
import ListFooter from '../../../../components/ListFooter'

const TABS: { value: ReviewStatus; title: string; empty: string }[] = [
  { value: 'pending', title: '待审核', empty: '暂无待审核的志愿者申请' },
  { value: 'approved', title: '已通过', empty: '暂无已通过的志愿者' },
  { value: 'rejected', title: '未通过', empty: '暂无未通过的申请' }
]

function ReviewBody({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const [status, setStatus] = useState<ReviewStatus>('pending')
  const list = useReviewList(status, allowed)
  if (!allowed) return <Text className='cv-notice'>志愿者审核需要社区协调员身份。</Text>
  const tab = TABS.find((t) => t.value === status) ?? TABS[0]

  return (
    <>
      <Tabs className='cv-tabs' value={status} onChange={(v) => setStatus(v as ReviewStatus)}>
        {TABS.map((t) => (
          <Tabs.TabPane key={t.value} title={t.title} value={t.value} />
        ))}
      </Tabs>
      <View className='cv-review-list'>
        {list.items.map((item) => (
          <ReviewCard key={item.id} item={item} onReviewed={list.reload} />
        ))}
        <ListFooter list={list} count={list.items.length} empty={tab.empty} />
      </View>
    </>
  )
}

/** 审核列表: the coordinator reviews volunteer registrations of their community. */
export default function ReviewPage() {
  return <MePage>{(me) => <ReviewBody me={me} />}</MePage>
}
