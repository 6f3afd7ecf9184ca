import RoleHome from '../../components/RoleHome'

export default function CoordinatorTab() {
  return (
    <RoleHome
      title='社区协调员'
      role='coordinator'
      entries={[
        { label: '调度台', url: '/packages/coordinator/pages/home/index' },
        { label: '志愿者审核' },
        { label: '服务统计' }
      ]}
    />
  )
}
