// The audit log as people read it: each audited action, target and changed field in Chinese, and a before/after
// diff as short display strings. Pure; shared by audit.list (server) and the admin page.
import { formatShanghai } from '../time'
import { PROJECT_STATUS_LABELS } from '../contracts/projects'
import { REPORT_STATUS_LABELS } from '../contracts/reports'
import { REDEMPTION_STATUS_LABELS, REWARD_KIND_LABELS } from '../contracts/rewards'
import { STATION_STATUS_LABELS, STATION_TYPE_LABELS } from '../contracts/stations'
import { TEAM_KIND_LABELS } from '../contracts/teams'
import { SERVICE_CATEGORY_LABELS } from '../contracts/fields'
import { ORDER_STATUS_LABELS } from './order/status'
import { ROLE_LABELS } from './roles'
import { WEEKDAY_LABELS, type Weekday } from './stations'

/** Every action that writes an audit entry (coordinator and admin actions, plus the few member actions the log keeps). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'volunteers.review': '审核志愿者注册',
  'volunteers.setInsurance': '登记志愿者保险',
  'volunteers.addInsurance': '登记保险保单',
  'volunteers.suspend': '暂停志愿者服务',
  'volunteers.reinstate': '恢复志愿者服务',
  'volunteers.revoke': '取消志愿者资格',
  'orders.dispatch': '派单',
  'orders.reassign': '改派订单',
  'orders.cancel': '协调员取消订单',
  'orders.resolve': '裁定申诉',
  'timebank.adjust': '调整时长',
  'timebank.reverse': '冲正记账',
  'records.correct': '更正服务记录',
  'records.addHonorary': '补录荣誉时长',
  'communities.create': '创建社区',
  'communities.appointCoordinator': '任命协调员',
  'communities.updateRules': '修改时间银行规则',
  'communities.updateOrderRules': '修改订单规则',
  'communities.updateCertificateInfo': '修改证明签章信息',
  'communities.join': '加入社区',
  'streets.create': '创建街道',
  'streets.appointAdmin': '任命街道管理员',
  'streets.removeAdmin': '解除街道管理员',
  'streets.assignCommunity': '社区划入街道',
  'communities.updatePopulation': '修改常住人口',
  'communities.update': '修改社区信息',
  'communities.removeCoordinator': '解除协调员',
  'communities.joinQr': '生成入驻二维码',
  'catalog.upsert': '修改服务目录',
  'catalog.add': '新增服务类别',
  'catalog.retire': '停用/恢复服务类别',
  'communities.updateRateLimits': '修改限流设置',
  'teams.create': '创建志愿服务队',
  'teams.update': '修改志愿服务队',
  'teams.handOver': '更换服务队队长',
  'teams.assignCategories': '指派服务队承接服务类别',
  'teams.assignProject': '指派项目给服务队',
  'teams.saveKinds': '修改服务队类型',
  'family.approve': '审核家人代办',
  'projects.declare': '申报项目',
  'projects.review': '审核项目',
  'projects.attendance': '登记项目到场',
  'projects.complete': '项目结项',
  'projects.evaluate': '评价项目',
  'reports.dispatch': '派发随手拍',
  'reports.close': '随手拍结案',
  'reports.reopen': '重新打开随手拍',
  'points.updateRate': '修改积分比例',
  'rewards.upsert': '维护积分商城奖励',
  'rewards.fulfil': '核销积分兑换',
  'stations.upsert': '维护服务站点',
  'exports.volunteers': '导出志愿者名册',
  'exports.records': '导出服务记录',
  'exports.monthlySummary': '导出月度汇总',
  'exports.nationalRoster': '导出全量名册（报送）',
  'volunteers.importRoster': '导入志愿者名册',
  'volunteers.claim': '认领志愿者档案',
  'me.export': '导出个人数据',
  'beneficiaries.add': '登记受助对象',
  'beneficiaries.update': '修改受助对象',
  'beneficiaries.archive': '归档受助对象',
  'orders.createFor': '代受助对象下单',
  'orders.confirm': '代受助对象确认完成',
  'orders.dispute': '代受助对象申诉'
}

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  volunteer: '志愿者',
  order: '订单',
  ledger_account: '时间银行账户',
  ledger_posting: '记账凭证',
  service_record: '服务记录',
  community: '社区',
  user: '用户',
  team: '志愿服务队',
  family_link: '家人代办',
  project: '项目',
  report: '随手拍',
  reward: '奖励',
  redemption: '兑换',
  station: '服务站点',
  street: '街道',
  beneficiary: '受助对象'
}

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  status: '状态',
  reason: '原因',
  rejectReason: '不通过原因',
  volunteerId: '志愿者',
  volunteerNo: '志愿者编号',
  volunteerOpenid: '志愿者',
  minutes: '时长（分钟）',
  finalMinutes: '结算时长（分钟）',
  postingId: '凭证号',
  insuredUntil: '保险有效期至',
  roles: '角色',
  communityId: '社区',
  entry: '服务目录项',
  certificateInfo: '证明签章信息',
  pointsPerHour: '每小时积分',
  grade: '评价等级',
  notes: '评价说明',
  title: '标题',
  capacity: '招募人数',
  totalMinutes: '总时长（分钟）',
  confirmedCount: '确认人数',
  session: '场次',
  present: '到场人数',
  content: '服务内容',
  correction: '更正申请',
  name: '名称',
  code: '社区编码',
  kind: '类型',
  cost: '所需积分',
  stock: '库存',
  active: '上架',
  assigneeKind: '承办方',
  assigneeTeamId: '服务队',
  leaderName: '队长',
  slogan: '口号',
  categories: '承接的服务类别',
  teamId: '服务队',
  teamKinds: '服务队类型',
  fileName: '文件名',
  rows: '行数',
  bytes: '大小（字节）',
  storageCapMinutes: '存储上限（分钟）',
  dailyTransferCapMinutes: '每日转赠上限（分钟）',
  spendFromAge: '使用年龄',
  slaMinutes: '普通订单响应时限（分钟）',
  urgentSlaMinutes: '紧急订单响应时限（分钟）',
  fenceMeters: '签到范围（米）',
  autoConfirmHours: '自动确认（小时）',
  streetEscalationMinutes: '上报街道时限（分钟）',
  rounding: '时长取整',
  insurer: '保险公司',
  policyNo: '保单号',
  volunteers: '志愿者',
  lifecycle: '服务状态',
  lifecycleReason: '状态原因',
  location: '位置',
  type: '类型',
  address: '地址',
  hours: '开放时间',
  services: '服务项目',
  tags: '标签',
  description: '说明',
  place: '地点',
  month: '月份',
  year: '年份',
  from: '起始',
  to: '截止',
  note: '备注',
  phone: '电话',
  funding: '支付方式',
  stars: '评价星级',
  streetId: '所属街道',
  population: '常住人口',
  escalationMinutes: '街道升级时限（分钟）'
}

/** Enumerated values in Chinese: `status` by the target's type, other fields by name. */
const STATUS_LABELS: Record<string, Record<string, string>> = {
  order: ORDER_STATUS_LABELS,
  report: REPORT_STATUS_LABELS,
  project: PROJECT_STATUS_LABELS,
  station: STATION_STATUS_LABELS,
  redemption: REDEMPTION_STATUS_LABELS,
  volunteer: { pending: '待审核', approved: '已通过', rejected: '未通过' },
  family_link: { pending_member: '待家人确认', pending_coordinator: '待社区核实', active: '已生效', rejected: '未通过' }
}
const VALUE_LABELS: Record<string, Record<string, string>> = {
  type: STATION_TYPE_LABELS,
  kind: { ...REWARD_KIND_LABELS, ...TEAM_KIND_LABELS },
  roles: ROLE_LABELS,
  services: SERVICE_CATEGORY_LABELS,
  category: SERVICE_CATEGORY_LABELS,
  assigneeKind: { volunteer: '志愿者', team: '服务队' }
}
const labelsFor = (field: string, targetType: string) => (field === 'status' ? STATUS_LABELS[targetType] : VALUE_LABELS[field])

export const actionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action
export const targetLabel = (type: string): string => AUDIT_TARGET_LABELS[type] ?? type

const MAX = 120
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/**
 * One value as display text: enumerated values in Chinese (`labels`), times in China time, booleans 是/否, lists
 * joined with 、, points as 经度/纬度; ID and phone numbers masked as a safety net.
 */
export function formatAuditValue(v: unknown, labels?: Record<string, string>): string | null {
  if (v === null || v === undefined) return null
  const one = (x: unknown): string =>
    typeof x === 'string' ? (labels?.[x] ?? (ISO.test(x) ? formatShanghai(x) : x)) : typeof x === 'number' ? String(x) : JSON.stringify(x)
  let s: string
  const point = v as { longitude?: unknown; latitude?: unknown }
  if (v instanceof Date) s = formatShanghai(v)
  else if (typeof v === 'boolean') s = v ? '是' : '否'
  else if (typeof v === 'string' || typeof v === 'number') s = one(v)
  else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) s = v.length ? v.map(one).join('、') : '（无）'
  else if (typeof point.longitude === 'number' && typeof point.latitude === 'number') s = `经度${point.longitude}，纬度${point.latitude}`
  else if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && 'day' in x && 'from' in x && 'to' in x)) {
    // Opening hours (stations): 周一 09:00–17:00、…
    s = (v as Array<{ day: Weekday; from: string; to: string }>).map((h) => `${WEEKDAY_LABELS[h.day] ?? h.day} ${h.from}–${h.to}`).join('、')
  } else s = JSON.stringify(v, (_k, x) => (typeof x === 'string' && ISO.test(x) ? formatShanghai(x) : x))
  s = s.replace(/\b(\d{4})\d{10}(\d{3}[\dXx])\b/g, '$1**********$2').replace(/\b(1[3-9]\d)\d{4}(\d{4})\b/g, '$1****$2')
  return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s
}

export interface AuditChange {
  field: string
  label: string
  before: string | null
  after: string | null
}

/** The fields either side names, before and after (an unchanged field is left out unless it is the only one). */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null, targetType = ''): AuditChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  const rows = keys.map((field) => {
    const labels = labelsFor(field, targetType)
    return {
      field,
      label: AUDIT_FIELD_LABELS[field] ?? field,
      before: formatAuditValue(before?.[field], labels),
      after: formatAuditValue(after?.[field], labels)
    }
  })
  const changed = rows.filter((r) => r.before !== r.after)
  return changed.length ? changed : rows
}
