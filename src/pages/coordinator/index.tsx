import RoleHome from '../../components/RoleHome'

export default function CoordinatorTab() {
  return (
    <RoleHome
      title='社区协调员'
      role='coordinator'
      entries={[
        { label: '审核列表', url: '/packages/coordinator/pages/review/index' },
        { label: '家人代办核实', url: '/packages/resident/pages/family/index' },
        { label: '调度台', url: '/packages/coordinator/pages/board/index' },
        { label: '调账与记录', url: '/packages/coordinator/pages/ledger/index' },
        { label: '服务统计' }
      ]}
    />
  )
}
