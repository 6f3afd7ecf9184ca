import RoleHome from '../../components/RoleHome'

export default function ResidentTab() {
  return (
    <RoleHome
      title='居民服务'
      role='resident'
      // 一键求助 first: it is what most residents come for.
      entries={[
        { label: '一键求助', url: '/packages/resident/pages/order-new/index' },
        { label: '我的求助', url: '/packages/resident/pages/orders/index' },
        { label: '随手拍', url: '/packages/resident/pages/report-new/index' },
        { label: '我的随手拍', url: '/packages/resident/pages/reports/index' },
        { label: '我的时间银行', url: '/packages/resident/pages/timebank/index' },
        { label: '积分商城', url: '/packages/resident/pages/rewards/index' },
        { label: '服务站地图', url: '/packages/resident/pages/stations/index' },
        { label: '我的社区', url: '/packages/resident/pages/community/index' },
        { label: '家人代办', url: '/packages/resident/pages/family/index' },
        { label: '个人资料', url: '/packages/resident/pages/profile/index' },
        { label: '我的数据', url: '/packages/resident/pages/mydata/index' },
        { label: '注销账号', url: '/packages/resident/pages/delete-account/index' },
        { label: '证明核验', url: '/packages/resident/pages/verify/index' }
      ]}
    />
  )
}
