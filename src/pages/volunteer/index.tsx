import RoleHome from '../../components/RoleHome'

const CENTER = { label: '志愿者中心', url: '/packages/volunteer/pages/home/index' }
const REGISTER = { label: '注册成为志愿者', url: '/packages/volunteer/pages/register/index' }
/** Someone a coordinator imported from the community's roster takes that record over instead of registering. */
const CLAIM = { label: '已在社区名册中？认领身份', url: '/packages/volunteer/pages/claim/index' }
const ORDERS = [
  { label: '抢单大厅', url: '/packages/volunteer/pages/pool/index' },
  { label: '我的服务', url: '/packages/volunteer/pages/tasks/index' },
  { label: '项目库', url: '/packages/resident/pages/projects/index' },
  { label: '我的团队', url: '/packages/volunteer/pages/teams/index' },
  { label: '随手拍整改', url: '/packages/resident/pages/reports/index?as=assigned' }
]
const ORDERS_LOCKED = ORDERS.map((e) => ({ label: e.label, hint: '审核通过后可用' }))
// Records and certificates need the volunteer role; the time bank and 积分商城 are every member's (spent hours show there too).
const RECORDS = [
  { label: '我的时间银行', url: '/packages/resident/pages/timebank/index' },
  { label: '积分商城', url: '/packages/resident/pages/rewards/index' },
  { label: '服务记录', url: '/packages/volunteer/pages/records/index' },
  { label: '申请证明', url: '/packages/volunteer/pages/certificate-new/index' },
  { label: '服务信息与状态', url: '/packages/volunteer/pages/profile/index' }
]
const RECORDS_LOCKED = RECORDS.slice(2).map((e) => ({ label: e.label, hint: '审核通过后可用' }))

export default function VolunteerTab() {
  return (
    <RoleHome
      title='志愿者'
      role='volunteer'
      note='您当前还不是志愿者。实名注册并经社区审核通过后，即可参与志愿服务。'
      // Approved volunteers take orders; everyone else starts with registration and sees what approval opens.
      entries={(me) => (me?.roles.includes('volunteer') ? [...ORDERS, ...RECORDS, CENTER] : [REGISTER, CLAIM, CENTER, ...ORDERS_LOCKED, ...RECORDS_LOCKED])}
    />
  )
}
