import RoleHome from '../../components/RoleHome'

export default function VolunteerTab() {
  return (
    <RoleHome
      title='志愿者'
      role='volunteer'
      entries={[
        { label: '志愿者中心', url: '/packages/volunteer/pages/home/index' },
        { label: '抢单大厅' },
        { label: '服务记录' }
      ]}
    />
  )
}
