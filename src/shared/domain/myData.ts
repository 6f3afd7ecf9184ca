// 我的数据 and 注销: for EVERY collection of the database manifest, ONE decision — does it hold the caller's data
// (then me.export includes their documents), and what account erasure does to it. A test checks this table names
// exactly the manifest's collections, so a new collection cannot be forgotten by the export or the erasure.
// `owns(doc, openid)` says whether a stored document is the person's (the test scans the raw store with it; the
// repos find the same documents through indexes: repos/myData.ts).
// Erasure rules (《个人信息保护法》 art 47 deletion; 《志愿服务记录与证明出具办法》 谁组织谁记录): what the community must keep
// (service records, certificates, ledger postings, audit entries) stays, with the person's name, ID, phone and
// address removed — only the masked volunteer number (志愿者编号) remains to tie a record to the organization's books.

export type Erase =
  /** Personal fields replaced by placeholders; the document stays (the community's record). */
  | 'anonymize'
  /** The documents are deleted. */
  | 'remove'
  /** Kept as is: holds no name, phone, ID or address (minutes, points, versions, times). */
  | 'keep'
  /** Not the person's data. */
  | 'none'

export interface CollectionPolicy {
  /** In me.export? */
  exported: boolean
  erase: Erase
  /** Why (shown nowhere; the reason for the decision). */
  why: string
  /** Is this stored document the person's (or about them)? Only for exported collections. */
  owns?: (doc: Record<string, unknown>, openid: string) => boolean
}

const field =
  (...names: string[]) =>
  (doc: Record<string, unknown>, openid: string) =>
    names.some((n) => {
      const v = doc[n]
      return Array.isArray(v) ? v.includes(openid) : v === openid
    })

export const MY_DATA_POLICY: Record<string, CollectionPolicy> = {
  users: { exported: true, erase: 'anonymize', why: '本人资料：昵称、头像、手机号', owns: field('_id') },
  communities: { exported: false, erase: 'none', why: '社区资料，不属于个人' },
  streets: { exported: false, erase: 'none', why: '街道资料，不属于个人（创建人是平台管理员）' },
  volunteers: { exported: true, erase: 'anonymize', why: '实名注册：姓名、身份证号（加密）、电话、监护人；保留志愿者编号', owns: field('openid') },
  counters: { exported: false, erase: 'none', why: '编号计数器' },
  insurance_policies: { exported: false, erase: 'keep', why: '保单属于社区：只含志愿者记录编号，不含姓名电话证件号；本人的保险到期日随志愿者注册导出' },
  addresses: { exported: true, erase: 'remove', why: '地址簿：详细地址、联系人、电话、位置', owns: field('ownerOpenid') },
  teams: { exported: false, erase: 'none', why: '服务队属于社区（创建人为协调员）；队员注销或迁出时不再担任队长' },
  team_members: { exported: true, erase: 'remove', why: '所在服务队（注销即退出）', owns: field('openid') },
  family_links: { exported: true, erase: 'remove', why: '家人代办关系：亲属姓名、电话', owns: field('requesterOpenid', 'memberOpenid') },
  orders: {
    exported: true,
    erase: 'anonymize',
    why: '发起或服务的订单：地址与联系人快照、姓名；订单本身是社区的服务记录',
    owns: field('ownerOpenids', 'volunteerOpenid')
  },
  ledger_accounts: { exported: true, erase: 'keep', why: '时间银行账户：余额在注销时捐出或转给家人，账户只剩分钟数', owns: field('ownerOpenid') },
  ledger_postings: { exported: false, erase: 'keep', why: '记账凭证不可修改（账目平衡）；本人分录已在 ledger_entries 导出' },
  ledger_entries: { exported: true, erase: 'keep', why: '本人账户的分录：分钟、余额、时间（不可修改）', owns: (d, o) => d.account === `member:${o}` },
  service_records: { exported: true, erase: 'anonymize', why: '服务记录：谁组织谁记录，社区保留，仅留志愿者编号', owns: field('volunteerOpenid') },
  record_totals: { exported: true, erase: 'keep', why: '服务总时长（分钟）', owns: field('_id') },
  certificates: { exported: true, erase: 'anonymize', why: '记录证明：社区存档，去除姓名与证件号', owns: field('volunteerOpenid') },
  projects: { exported: false, erase: 'none', why: '项目属于社区（申报人为协调员）' },
  project_signups: { exported: true, erase: 'anonymize', why: '项目报名：报名人姓名', owns: field('openid') },
  reports: { exported: true, erase: 'anonymize', why: '随手拍：描述、照片属于上报人；事件位置是公共场所', owns: field('reporterOpenid') },
  report_stats: { exported: false, erase: 'none', why: '社区计数' },
  points_accounts: { exported: true, erase: 'keep', why: '爱心积分账户：积分批次', owns: field('openid') },
  points_settings: { exported: false, erase: 'none', why: '社区设置' },
  points_entries: { exported: true, erase: 'keep', why: '积分明细：积分与时间', owns: field('openid') },
  rewards: { exported: false, erase: 'none', why: '积分商城商品属于社区' },
  reward_redemptions: { exported: true, erase: 'anonymize', why: '兑换记录：兑换人姓名', owns: field('openid') },
  stations: { exported: false, erase: 'none', why: '服务站属于社区' },
  stats_rollups: { exported: false, erase: 'none', why: '工作台计数，不含姓名' },
  stats_drift: { exported: false, erase: 'none', why: '统计核对记录，不含姓名' },
  rate_limits: { exported: false, erase: 'none', why: '频率计数：只含OPENID与次数，时间窗结束后删除' },
  audit_logs: { exported: true, erase: 'anonymize', why: '本人的操作记录；关于本人的记录去除前后值中的个人信息', owns: field('actorOpenid') },
  consents: { exported: true, erase: 'keep', why: '同意隐私指引的版本与时间（同意的证明）', owns: field('openid') },
  account_deletions: { exported: true, erase: 'keep', why: '注销申请：状态、冷静期、余额去向（不含个人信息）', owns: field('_id') },
  // A beneficiary is not an app user (no OPENID): nobody's me.export or erasure reaches the record. It is the
  // community's, kept by its coordinators; beneficiaries.archive takes a person off the register.
  beneficiaries: { exported: false, erase: 'none', why: '社区登记的受助对象（没有微信，不是本应用用户）：由社区协调员保管和归档，不属于任何用户的个人数据' }
}

/** Collections the export reads, in the order the 我的数据 page shows them. */
export const EXPORTED_COLLECTIONS = Object.keys(MY_DATA_POLICY).filter((c) => MY_DATA_POLICY[c].exported)

/** Placeholders written in place of personal values. */
export const ERASED = { name: '已注销用户', volunteerName: '已注销志愿者', text: '（已注销）', mask: '***' } as const

/**
 * A copy of `value` with every occurrence of the person's values (names, phones, ID forms, addresses) inside any
 * string replaced by ***. Values shorter than 2 characters are ignored (they would hit unrelated text).
 */
export function scrubValues<T>(value: T, secrets: readonly string[]): T {
  const needles = [...new Set(secrets.filter((s) => typeof s === 'string' && s.trim().length >= 2))].sort((a, b) => b.length - a.length)
  if (!needles.length) return value
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return needles.reduce((s, n) => (s.includes(n) ? s.split(n).join(ERASED.mask) : s), v)
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object' && !(v instanceof Date) && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    }
    return v
  }
  return walk(value) as T
}

/** Does any string inside `value` contain one of the secrets (same rule as scrubValues)? */
export function holdsValues(value: unknown, secrets: readonly string[]): boolean {
  return JSON.stringify(scrubValues(value, secrets)) !== JSON.stringify(value)
}

/** Cooling-off before an account is erased (days), unless the community sets its own. */
export const DELETION_COOLING_OFF_DAYS = 7
/** What the user types to confirm. */
export const DELETION_CONFIRM_TEXT = '确认注销'
