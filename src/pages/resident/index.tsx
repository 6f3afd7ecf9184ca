import RoleHome from '../../components/RoleHome'

export default function ResidentTab() {
  return (
    <RoleHome
      title='居民服务'
      role='resident'
      entries={[
        { label: '我的社区', url: '/packages/resident/pages/community/index' },
        { label: '家人代办', url: '/packages/resident/pages/family/index' },
        { label: '个人资料', url: '/packages/resident/pages/profile/index' },
        { label: '一键求助' },
        { label: '我的求助' }
      ]}
    />
  )
}
