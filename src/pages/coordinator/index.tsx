import RoleHome from '../../components/RoleHome'
import { STREET_PAGES } from '../../hooks/streetRoutes'
import type { MeView } from '../../shared/contracts'

const STREET_DESK = { label: '街道工作台', url: STREET_PAGES.home() }
/** 全量名册导出 (unmasked) is the street's: street admins reach the exports page for it alone. */
const NATIONAL_EXPORT = { label: '全量名册导出', url: '/packages/coordinator/pages/exports/index' }
/** A street admin who coordinates no community and is no platform admin: this tab is their 街道 desk only. */
const streetOnly = (me: MeView | null) => !!me?.roles.includes('street_admin') && !me.roles.includes('coordinator') && !me.roles.includes('admin')

export default function CoordinatorTab() {
  return (
    <RoleHome
      title='社区协调员'
      role='coordinator'
      alsoFor={['street_admin']}
      only={(me) => (streetOnly(me) ? [STREET_DESK, NATIONAL_EXPORT] : null)}
      entries={(me) => [
        // 街道: platform admins run every street (街道工作台 picks one) and the streets themselves.
        ...(me?.roles.includes('admin') ? [STREET_DESK, { label: '街道管理', url: STREET_PAGES.streets }] : []),
        { label: '审核列表', url: '/packages/coordinator/pages/review/index' },
        { label: '志愿者管理', url: '/packages/coordinator/pages/volunteers/index' },
        { label: '保险登记', url: '/packages/coordinator/pages/volunteers/index?mode=insurance' },
        { label: '受助对象登记', url: '/packages/coordinator/pages/beneficiaries/index' },
        { label: '代下单', url: '/packages/coordinator/pages/order-for/index' },
        { label: '家人代办核实', url: '/packages/resident/pages/family/index' },
        { label: '调度台', url: '/packages/coordinator/pages/board/index' },
        { label: '项目库', url: '/packages/resident/pages/projects/index' },
        { label: '团队管理', url: '/packages/coordinator/pages/teams/index' },
        { label: '随手拍管理', url: '/packages/coordinator/pages/report-board/index' },
        { label: '服务站管理', url: '/packages/coordinator/pages/stations/index' },
        { label: '调账与记录', url: '/packages/coordinator/pages/ledger/index' },
        { label: '积分商城管理', url: '/packages/coordinator/pages/rewards/index' },
        { label: '名册导入', url: '/packages/coordinator/pages/roster/index' },
        { label: '导出', url: '/packages/coordinator/pages/exports/index' },
        { label: '工作台', url: '/packages/coordinator/pages/dashboard/index' },
        { label: '服务目录', url: '/packages/coordinator/pages/catalog/index' },
        { label: '订单规则', url: '/packages/coordinator/pages/order-rules/index' },
        { label: '限流设置', url: '/packages/coordinator/pages/rate-limits/index' },
        // 审计日志 names people across communities: shown to admins only (audit.list refuses everyone else too).
        ...(me?.roles.includes('admin') ? [{ label: '审计日志', url: '/packages/coordinator/pages/audit/index' }] : [])
      ]}
    />
  )
}
