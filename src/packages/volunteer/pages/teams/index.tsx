import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import TeamCard from '../../../../components/TeamCard'
import { POLITICAL_OPTIONS, TEAM_PAGES, useCategoryLabels, useMyTeams } from '../../../../hooks/useTeams'

function Teams() {
  const { list, me, toggle, setPolitical, error, pending } = useMyTeams()
  const { labelOf } = useCategoryLabels()
  const teams = list.data?.teams ?? []
  const mine = teams.filter((t) => t.joined)
  const others = teams.filter((t) => !t.joined)
  const volunteer = me.data?.volunteer
  return (
    <>
      <Text className='cv-notice'>一个团队提供一项专业服务。加入服务队后，该队承接的服务类别的新订单会先给队员接单，队里的项目也只有队员可以报名。</Text>
      {volunteer && (
        <View className='cv-form' id='political-status'>
          <Text className='cv-form__title'>我的政治面貌（选填）</Text>
          <Text className='cv-form__intro'>仅本社区协调员可见，用于党员、团员“双报到”服务统计。</Text>
          <Chips name='political' options={POLITICAL_OPTIONS} value={volunteer.politicalStatus ?? 'none'} onChange={(v) => void setPolitical(v)} />
        </View>
      )}
      <FormError message={error} />
      <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload} />
      {list.data && teams.length === 0 && <Text className='cv-empty'>本社区还没有服务队，请联系社区协调员组建。</Text>}
      {mine.length > 0 && <Text className='cv-form__title'>我加入的服务队（{mine.length}）</Text>}
      {[...mine, ...others].map((t, i) => (
        <View key={t.id}>
          {i === mine.length && <Text className='cv-form__title'>可以加入的服务队（{others.length}）</Text>}
          <TeamCard team={t} labelOf={labelOf}>
            <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => void Taro.navigateTo({ url: TEAM_PAGES.detail(t.id) })}>
              查看
            </Button>
            <Button className={`cv-btn cv-btn--small${t.joined ? ' cv-btn--danger' : ''}`} disabled={pending || undefined} onClick={() => void toggle(t)}>
              {t.joined ? '退出' : '加入'}
            </Button>
          </TeamCard>
        </View>
      ))}
    </>
  )
}

/** 我的团队: the community's 志愿服务队 — join, leave, view — and the volunteer's optional 政治面貌. */
export default function MyTeamsPage() {
  return <MePage>{() => <Teams />}</MePage>
}
