// What me.export shows of each stored document: the person's own fields, never another person's identifiers
// (openids of volunteers, coordinators, family members), never secrets (the ID cipher and hashes, phone hash).
// ID numbers only as stored masked (idMasked). One spec per exported collection: its section title, the fields
// the JSON file holds, and the lines of the readable page.
import { FAMILY_RELATION_LABELS, POINTS_ENTRY_LABELS, REDEMPTION_STATUS_LABELS, REPORT_STATUS_LABELS } from '../../../../../src/shared/contracts'
import { AUDIT_ACTION_LABELS } from '../../../../../src/shared/domain/audit'
import { ORDER_STATUS_LABELS, orderCategoryLabel } from '../../../../../src/shared/domain/order'
import { formatMinutes, formatShanghai } from '../../../../../src/shared/time'

// A stored document of any collection (the export walks them all), and a part of one (a history entry, a photo).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each Spec reads its own collection's fields
type Doc = Record<string, any> & { _id: string }
type Part = Record<string, unknown>
export interface Spec {
  title: string
  /** The document as the file holds it. */
  file: (d: Doc, me: string) => Record<string, unknown>
  /** The page's entry: a title and a few lines. */
  item: (d: Doc, me: string) => { title: string; lines: string[] }
}

const pick = (d: Doc, keys: string[]) => Object.fromEntries([['id', d._id], ...keys.filter((k) => k in d).map((k) => [k, d[k]])])
const when = (v: unknown) => (v ? formatShanghai(v as Date) : '—')
const mins = (n: unknown) => (typeof n === 'number' ? formatMinutes(n) : '—')
/** A stored code in Chinese (the code itself when the table lacks it). */
const label = (table: Record<string, string>, v: unknown) => (typeof v === 'string' ? (table[v] ?? v) : v)
const VOLUNTEER_STATUS: Record<string, string> = { pending: '待审核', approved: '已通过', rejected: '未通过' }
const LINK_STATUS: Record<string, string> = { pending_member: '待家人确认', pending_coordinator: '待社区核实', active: '已生效', rejected: '未通过' }
const SIGNUP_STATUS: Record<string, string> = { confirmed: '已确认', waitlisted: '候补', cancelled: '已取消' }
const DELETION_STATUS: Record<string, string> = { pending: '冷静期中', erasing: '执行中', erased: '已注销', cancelled: '已撤销' }
const line = (label: string, v: unknown) => `${label}：${v === null || v === undefined || v === '' ? '—' : String(v)}`

/** Timeline events: the person's own names; others only by role (their names and openids are theirs). */
const events = (list: unknown, me: string) =>
  Array.isArray(list)
    ? list.map((e) => ({
        kind: e.kind,
        at: e.at,
        from: e.from ?? null,
        to: e.to,
        byRole: e.byRole,
        byMe: e.byOpenid === me,
        byName: e.byOpenid === me ? e.byName : null,
        note: e.byOpenid === me ? e.note : null
      }))
    : []

const ORDER_OWNER = [
  'shortNo',
  'status',
  'category',
  'description',
  'area',
  'beneficiaryName',
  'address',
  'windowStart',
  'windowEnd',
  'urgency',
  'funding',
  'estimatedMinutes',
  'finalMinutes',
  'volunteerNo',
  'rating',
  'cancelReason',
  'createdAt',
  'updatedAt'
]
const ORDER_SERVED = [
  'shortNo',
  'status',
  'category',
  'area',
  'windowStart',
  'windowEnd',
  'checkInAt',
  'checkOutAt',
  'servedMinutes',
  'finalMinutes',
  'volunteerName',
  'volunteerNo',
  'createdAt'
]

/**
 * In which capacity the member appears on an order. A coordinator who recorded a request for a beneficiary
 * (orders.createFor) is one of its owners, but the beneficiary's name and address are not the coordinator's data:
 * they get the fields a volunteer gets, never the owner's.
 */
const orderRole = (d: Doc, me: string): 'resident' | 'coordinator' | 'volunteer' =>
  d.ownerOpenids?.includes(me) ? (d.beneficiaryId ? 'coordinator' : 'resident') : 'volunteer'
const ORDER_ROLE_TITLES = { resident: '我发起', coordinator: '代受助对象登记', volunteer: '我服务' } as const

export const EXPORT_SPECS: Record<string, Spec> = {
  users: {
    title: '个人资料',
    file: (d) => pick(d, ['nickname', 'avatarUrl', 'phone', 'roles', 'communityId', 'consent', 'createdAt', 'updatedAt']),
    item: (d) => ({ title: d.nickname, lines: [line('手机号', d.phone ?? '未绑定'), line('注册时间', when(d.createdAt))] })
  },
  volunteers: {
    title: '志愿者注册',
    file: (d) =>
      pick(d, [
        'communityId',
        'realName',
        'idMasked',
        'birthDate',
        'gender',
        'phone',
        'skills',
        'availability',
        'serviceArea',
        'serviceLocation',
        'guardian',
        'status',
        'volunteerNo',
        'previousVolunteerNos',
        'rejectReason',
        'reviewedAt',
        'insuredUntil',
        'createdAt',
        'updatedAt'
      ]),
    item: (d) => ({
      title: d.realName,
      lines: [
        line('证件号码', d.idMasked),
        line('电话', d.phone),
        line('志愿者编号', d.volunteerNo ?? '审核中'),
        line('状态', label(VOLUNTEER_STATUS, d.status))
      ]
    })
  },
  addresses: {
    title: '地址簿',
    file: (d) => pick(d, ['label', 'detail', 'contactName', 'contactPhone', 'location', 'createdAt']),
    item: (d) => ({ title: d.label, lines: [d.detail, `${d.contactName} ${d.contactPhone}`] })
  },
  team_members: {
    title: '服务队',
    file: (d) => pick(d, ['teamId', 'communityId', 'joinedAt']),
    item: (d) => ({ title: `服务队 ${d.teamId}`, lines: [line('加入时间', when(d.joinedAt))] })
  },
  family_links: {
    title: '家人代办',
    file: (d, me) => ({
      ...pick(d, ['relation', 'memberName', 'memberPhone', 'memberUsesPhone', 'status', 'createdAt']),
      iAm: d.requesterOpenid === me ? 'requester' : 'member'
    }),
    item: (d, me) => ({
      title: d.requesterOpenid === me ? `我代办：${d.memberName}` : '家人代办我',
      lines: [line('关系', label(FAMILY_RELATION_LABELS, d.relation)), line('状态', label(LINK_STATUS, d.status))]
    })
  },
  orders: {
    title: '订单',
    file: (d, me) => ({
      ...pick(d, orderRole(d, me) === 'resident' ? ORDER_OWNER : ORDER_SERVED),
      iAm: orderRole(d, me),
      events: events(d.events, me)
    }),
    item: (d, me) => ({
      title: `${d.shortNo} ${ORDER_ROLE_TITLES[orderRole(d, me)]}`,
      lines: [
        line('服务', orderCategoryLabel({ category: String(d.category), categoryLabel: d.categoryLabel })),
        line('状态', label(ORDER_STATUS_LABELS, d.status)),
        line('服务时间', when(d.windowStart)),
        line('时长', mins(d.finalMinutes ?? d.estimatedMinutes))
      ]
    })
  },
  ledger_accounts: {
    title: '时间银行账户',
    file: (d) => pick(d, ['balance', 'holds', 'totals', 'communityId', 'createdAt', 'updatedAt']),
    item: (d) => ({ title: '我的时间账户', lines: [line('余额', mins(d.balance)), line('累计获得', mins(d.totals?.earned))] })
  },
  ledger_entries: {
    title: '时间银行明细',
    file: (d) => pick(d, ['postingId', 'kind', 'minutes', 'balanceAfter', 'memo', 'at', 'month']),
    item: (d) => ({ title: `${d.minutes > 0 ? '+' : ''}${d.minutes} 分钟`, lines: [d.memo, when(d.at)] })
  },
  service_records: {
    title: '服务记录',
    file: (d) => ({
      ...pick(d, [
        'volunteerName',
        'volunteerNo',
        'organizer',
        'source',
        'category',
        'content',
        'place',
        'date',
        'startAt',
        'endAt',
        'minutes',
        'evaluation',
        'orderId',
        'note',
        'createdAt'
      ]),
      correction: d.correction ? { status: d.correction.status, reason: d.correction.reason, reply: d.correction.reply } : null,
      history: (d.history ?? []).map((h: Part) => ({ at: h.at, reason: h.reason, before: h.before, after: h.after }))
    }),
    item: (d) => ({ title: `${d.date} ${d.content}`, lines: [line('组织方', d.organizer), line('时长', mins(d.minutes))] })
  },
  record_totals: {
    title: '服务总时长',
    file: (d) => pick(d, ['minutes', 'records', 'updatedAt']),
    item: (d) => ({ title: '累计服务时长', lines: [mins(d.minutes), line('记录数', d.records)] })
  },
  certificates: {
    title: '记录证明',
    file: (d) => pick(d, ['verifyCode', 'volunteerName', 'idType', 'idMasked', 'volunteerNo', 'from', 'to', 'totalMinutes', 'services', 'issuer', 'issuedAt']),
    item: (d) => ({ title: `证明 ${d._id}`, lines: [line('期间', `${d.from} 至 ${d.to}`), line('时长', mins(d.totalMinutes)), line('证件号码', d.idMasked)] })
  },
  project_signups: {
    title: '项目报名',
    file: (d) => pick(d, ['projectId', 'volunteerName', 'volunteerNo', 'status', 'seq', 'attended', 'createdAt']),
    item: (d) => ({ title: `项目 ${d.projectId}`, lines: [line('状态', label(SIGNUP_STATUS, d.status)), line('报名时间', when(d.createdAt))] })
  },
  reports: {
    title: '随手拍',
    file: (d, me) => ({
      ...pick(d, ['category', 'description', 'place', 'location', 'status', 'rectifyNote', 'reopenReason', 'createdAt', 'updatedAt']),
      photos: (d.photos ?? []).map((p: Part) => ({ fileId: p.fileId, kind: p.kind, status: p.status })),
      events: events(d.events, me)
    }),
    item: (d) => ({ title: d.description, lines: [line('地点', d.place), line('状态', label(REPORT_STATUS_LABELS, d.status))] })
  },
  points_accounts: {
    title: '爱心积分账户',
    file: (d) => pick(d, ['communityId', 'lots', 'updatedAt']),
    item: (d) => ({
      title: `社区 ${d.communityId}`,
      lines: [line('批次', (d.lots ?? []).map((l: Part) => `${l.year}年 ${l.earned ?? 0}/${l.used ?? 0}`).join('，'))]
    })
  },
  points_entries: {
    title: '积分明细',
    file: (d) => pick(d, ['communityId', 'kind', 'points', 'lots', 'shortfall', 'memo', 'at']),
    item: (d) => ({ title: `${d.points > 0 ? '+' : ''}${d.points} 积分`, lines: [String(label(POINTS_ENTRY_LABELS, d.kind)), d.memo, when(d.at)] })
  },
  reward_redemptions: {
    title: '积分兑换',
    file: (d) => pick(d, ['communityId', 'rewardName', 'kind', 'cost', 'pickupCode', 'status', 'memberName', 'createdAt', 'fulfilledAt']),
    item: (d) => ({ title: d.rewardName, lines: [line('积分', d.cost), line('状态', label(REDEMPTION_STATUS_LABELS, d.status))] })
  },
  audit_logs: {
    title: '我的操作记录',
    file: (d) => pick(d, ['action', 'targetType', 'at']),
    item: (d) => ({ title: String(label(AUDIT_ACTION_LABELS, d.action)), lines: [when(d.at)] })
  },
  consents: {
    title: '隐私指引同意记录',
    file: (d) => pick(d, ['version', 'at']),
    item: (d) => ({ title: `版本 ${d.version}`, lines: [line('同意时间', when(d.at))] })
  },
  account_deletions: {
    title: '注销申请',
    file: (d) => pick(d, ['status', 'requestedAt', 'dueAt', 'disposal', 'erasedAt']),
    item: (d) => ({ title: `注销申请：${label(DELETION_STATUS, d.status)}`, lines: [line('申请时间', when(d.requestedAt)), line('执行时间', when(d.dueAt))] })
  }
}
