import RoleHome from '../../components/RoleHome'

export default function ResidentTab() {
  return (
    <RoleHome
      title='居民服务'
      role='resident'
      entries={[
        { label: '个人资料', url: '/packages/resident/pages/profile/index' },
        { label: '一键求助' },
        { label: '我的求助' }
      ]}
    />
  )
}
