import RoleHome from '../../components/RoleHome'

export default function CoordinatorTab() {
  return (
    <RoleHome
      title='社区协调员'
      role='coordinator'
      entries={(me) => [
        { label: '审核列表', url: '/packages/coordinator/pages/review/index' },
        { label: '家人代办核实', url: '/packages/resident/pages/family/index' },
        { label: '调度台', url: '/packages/coordinator/pages/board/index' },
        { label: '项目库', url: '/packages/resident/pages/projects/index' },
        { label: '随手拍管理', url: '/packages/coordinator/pages/report-board/index' },
        { label: '服务站管理', url: '/packages/coordinator/pages/stations/index' },
        { label: '调账与记录', url: '/packages/coordinator/pages/ledger/index' },
        { label: '积分商城管理', url: '/packages/coordinator/pages/rewards/index' },
        { label: '导出', url: '/packages/coordinator/pages/exports/index' },
        { label: '工作台', url: '/packages/coordinator/pages/dashboard/index' },
        // 审计日志 names people across communities: shown to admins only (audit.list refuses everyone else too).
        ...(me?.roles.includes('admin') ? [{ label: '审计日志', url: '/packages/coordinator/pages/audit/index' }] : [])
      ]}
    />
  )
}
