// The database manifest: every collection, its indexes and its security rule, in one place.
// The local cloud creates collections and indexes from it; `npm run db:plan` prints it as a CloudBase deploy plan.
// Every query the repos make must be covered by an index declared here.
// Security: clients never read or write the database directly; everything goes through the `api` function
// (cloud functions bypass security rules), so every collection's rule denies both.

export type IndexOrder = 1 | -1 | '2dsphere'
export interface IndexDecl {
  name: string
  fields: Array<{ field: string; order: IndexOrder }>
  unique?: boolean
}
export interface CollectionDecl {
  name: string
  purpose: string
  indexes: IndexDecl[]
  rule: { read: boolean; write: boolean }
}

const DENY = { read: false, write: false }
const idx = (name: string, spec: Record<string, IndexOrder>, unique = false): IndexDecl => ({
  name,
  fields: Object.entries(spec).map(([field, order]) => ({ field, order })),
  ...(unique ? { unique: true } : {})
})

export const MANIFEST: CollectionDecl[] = [
  {
    name: 'users',
    purpose: '用户（_id = OPENID）：昵称、角色、所属社区',
    indexes: [
      idx('community_roles', { communityId: 1, roles: 1 }),
      idx('phone_hash', { phoneHash: 1 }),
      // A street's admins (escalations to the street, streets.list): users with streetId and role street_admin.
      idx('street_roles', { streetId: 1, roles: 1 })
    ],
    rule: DENY
  },
  {
    name: 'streets',
    purpose: '街道（_id 由创建人和 requestId 决定，重试不会重复创建）：名称、街道升级时限（escalationMinutes）',
    indexes: [idx('created', { createdAt: 1 })],
    rule: DENY
  },
  {
    name: 'communities',
    purpose: '社区：名称、社区编码、位置、所属街道（streetId）、常住人口（population）、服务目录（catalog）、订单规则（orderRules）、时间银行规则',
    indexes: [
      idx('code_unique', { code: 1 }, true),
      idx('location_geo', { location: '2dsphere' }),
      // The communities of one street (street board, comparison, street dispatch).
      idx('street', { streetId: 1, createdAt: 1 })
    ],
    rule: DENY
  },
  {
    name: 'volunteers',
    purpose: '志愿者实名注册：身份证号加密存储（AES-256-GCM）与带密钥哈希，审核状态，志愿者编号',
    indexes: [
      idx('openid_unique', { openid: 1 }, true),
      idx('idhash_unique', { idHash: 1 }, true),
      idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 }),
      idx('community_number', { communityId: 1, volunteerNo: 1 }),
      // Dispatch candidates: nearest eligible volunteers of a community ($geoNear with the eligibility filter).
      idx('service_location_geo', { serviceLocation: '2dsphere' }),
      // 双报到 statistics (teams.stats): a community's volunteers by 政治面貌.
      idx('community_political', { communityId: 1, politicalStatus: 1 })
    ],
    rule: DENY
  },
  {
    name: 'insurance_policies',
    purpose: '志愿者意外保险保单（只增不改；_id 由登记的协调员与 requestId 决定）：保险公司、保单号、起止日期、被保志愿者记录编号；不含姓名电话证件号',
    // volunteer_to: a volunteer's policies, latest end first (their insuredUntil is derived from it).
    indexes: [idx('volunteer_to', { volunteerIds: 1, to: -1 }), idx('community_created', { communityId: 1, createdAt: -1 })],
    rule: DENY
  },
  {
    name: 'counters',
    purpose: '按社区递增的编号（志愿者编号等），_id = <用途>:<社区id>',
    indexes: [],
    rule: DENY
  },
  {
    name: 'addresses',
    purpose: '居民地址簿（详细地址、联系人、位置）；只对本人、接单志愿者和社区协调员可见',
    // owner_slot_unique: each address takes one of the owner's 10 slots, so the cap holds under concurrent adds.
    indexes: [idx('owner_created', { ownerOpenid: 1, createdAt: -1 }), idx('owner_slot_unique', { ownerOpenid: 1, slot: 1 }, true)],
    rule: DENY
  },
  {
    name: 'teams',
    purpose: '志愿服务队（_id 由创建人和 requestId 决定）：名称、类型（社区自定的 teamKinds）、口号、成员数、队长、承接的服务类别',
    indexes: [idx('community_name_unique', { communityId: 1, name: 1 }, true)],
    rule: DENY
  },
  {
    name: 'team_members',
    purpose: '队员关系，_id = <队伍id>:<openid>',
    // team_joined: a team's members (teams.get, candidates' serving-team members); community_team: teams.stats.
    indexes: [
      idx('openid_team', { openid: 1, teamId: 1 }),
      idx('team_joined', { teamId: 1, joinedAt: 1 }),
      idx('community_team', { communityId: 1, teamId: 1 })
    ],
    rule: DENY
  },
  {
    name: 'family_links',
    purpose: '家人代办关系：申请人、被代办人、关系、状态、确认码',
    indexes: [
      idx('requester', { requesterOpenid: 1 }),
      idx('member', { memberOpenid: 1 }),
      idx('code_status', { confirmCode: 1, status: 1 }),
      idx('community_status', { communityId: 1, status: 1 })
    ],
    rule: DENY
  },
  {
    name: 'orders',
    purpose: '服务订单（_id 由下单人和 requestId 决定，重试不会重复下单）：状态、时间线、地址快照（仅本人、接单志愿者、协调员可见）',
    indexes: [
      idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 }),
      idx('owners_status_created', { ownerOpenids: 1, status: 1, createdAt: -1 }),
      idx('volunteer_status_updated', { volunteerOpenid: 1, status: 1, updatedAt: -1 }),
      idx('location_geo', { location: '2dsphere' }),
      idx('status_sla', { status: 1, escalated: 1, slaDueAt: 1 }),
      // The second escalation level (cron escalateStreet): escalated to the community, not yet to its street.
      idx('status_street_sla', { status: 1, streetEscalated: 1, streetDueAt: 1 }),
      // 街道调度 (repos/streetOrders.ts): a street's orders escalated to it and still waiting, oldest first.
      idx('street_escalated', { streetId: 1, streetEscalated: 1, status: 1, createdAt: 1 }),
      idx('status_autoconfirm', { status: 1, autoConfirmAt: 1 }),
      idx('status_settled', { status: 1, settledAt: 1, updatedAt: 1 }),
      // The settle worker counts new orders on the 工作台 (repos/orders.ts untallied): tally 'due', oldest first.
      idx('tally_created', { tally: 1, createdAt: 1 }),
      idx('photo_trace', { 'photos.traceId': 1 }),
      // The nightly 工作台 rebuild walks a community's orders in _id order (repos/statsRebuild.ts).
      idx('community_id', { communityId: 1, _id: 1 }),
      // The nightly volunteerStats job counts withdrawals: orders with a 'withdraw' event (repos/orderStats.ts,
      // $match on events.kind; multikey). Found uncovered by the local store's strict index check (issue 7).
      idx('event_kind', { 'events.kind': 1 }),
      // Account erasure (repos/erasure.ts) finds every order whose timeline names the person (e.g. a withdrawal).
      idx('event_by', { 'events.byOpenid': 1 })
    ],
    rule: DENY
  },
  {
    name: 'ledger_accounts',
    purpose: '时间银行账户（_id = 账户编号：member:<openid>、issuing|pool|donation:<社区id>）：余额、冻结、累计、当日转赠，单位分钟',
    // Written only by _id (ledger transactions, hold updates); owner_unique serves the router's caller read, which
    // joins the caller's own account by ownerOpenid. Not unique: pool accounts all have ownerOpenid null (one
    // member account per person holds by construction: its _id is member:<openid>).
    indexes: [idx('owner', { ownerOpenid: 1 })],
    rule: DENY
  },
  {
    name: 'ledger_postings',
    purpose: '时间银行记账凭证（_id 由来源决定，如 transfer:<openid>:<requestId>，重放不会重复记账）；不可修改，冲正另记 reverse:<原凭证id>',
    // Read by _id only ("was it reversed?" = does reverse:<id> exist, one `_id in [...]` query per statement page).
    indexes: [],
    rule: DENY
  },
  {
    name: 'ledger_entries',
    purpose: '时间银行分录（_id = <凭证id>#<序号>）：账户、分钟（±）、记账后余额、月份（北京时间），不可修改',
    // The statement: one account's entries newest first, optionally of one kind or one month.
    indexes: [
      idx('account_at', { account: 1, at: -1 }),
      idx('account_kind_at', { account: 1, kind: 1, at: -1 }),
      idx('account_month_at', { account: 1, month: 1, at: -1 })
    ],
    rule: DENY
  },
  {
    name: 'service_records',
    purpose:
      '志愿服务记录（_id 由来源决定：order-<订单id>、honorary-<哈希>，重放不会重复记录）：志愿者、组织方、内容、地点、日期（北京时间）、时长、评价、更正申请与更正历史',
    // records.list: one volunteer's records newest first (optionally one year).
    // volunteer_community_date: certificates.issue sums one volunteer's records of ONE community in a date range —
    // with volunteer_date and community_date alone the two tie and the community's whole range may be read.
    // community_correction: a community's pending correction requests (the coordinator's queue).
    // community_date: exports.records pages a community's records of a date range in (date, _id) order, and
    // exports.monthlySummary groups a community's year by month (both match communityId + a date range).
    indexes: [
      idx('volunteer_date', { volunteerOpenid: 1, date: -1, createdAt: -1 }),
      idx('volunteer_community_date', { volunteerOpenid: 1, communityId: 1, date: 1 }),
      idx('community_correction', { communityId: 1, 'correction.status': 1 }),
      idx('community_date', { communityId: 1, date: 1, _id: 1 }),
      idx('community_id', { communityId: 1, _id: 1 })
    ],
    rule: DENY
  },
  {
    name: 'record_totals',
    purpose: '每位志愿者的服务记录总时长（_id = OPENID），与记录在同一事务中更新：星级不必每次汇总全部记录',
    // Read and written only by _id.
    indexes: [],
    rule: DENY
  },
  {
    name: 'certificates',
    purpose: '志愿服务记录证明（_id = 证明编号）：证明内容（身份证号仅存打码）、校验码；同一申请（requestId）只出一份',
    indexes: [idx('volunteer_request_unique', { volunteerOpenid: 1, requestId: 1 }, true), idx('volunteer_issued', { volunteerOpenid: 1, issuedAt: -1 })],
    rule: DENY
  },
  {
    name: 'projects',
    purpose:
      '志愿服务项目库（_id 由申报人和 requestId 决定，重试不会重复申报）：状态（待审核/已发布/未通过/已结项）、场次与时长、招募人数、已确认与候补人数、报名序号、评价',
    // projects.list: a community's projects in some statuses, newest first. Everything else reads by _id.
    indexes: [
      idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 }),
      // teams.get: the projects assigned to a team (projects.teamId, teams.assignProject).
      idx('team_created', { teamId: 1, createdAt: -1 })
    ],
    rule: DENY
  },
  {
    name: 'project_signups',
    purpose: '项目报名（_id = <项目id>:<openid>，同一人只有一份报名）：状态（已确认/候补/已取消）、报名序号（在项目事务中分配，决定候补顺序）',
    // Participants in arrival order, the head of the waitlist, a waitlist position (count of earlier waitlisted).
    // openid_created: a person's sign-ups (我的数据 export, account erasure).
    indexes: [idx('project_status_seq', { projectId: 1, status: 1, seq: 1 }), idx('openid_created', { openid: 1, createdAt: -1 })],
    rule: DENY
  },
  {
    name: 'reports',
    purpose: '随手拍（_id 由上报人和 requestId 决定，重试不会重复上报）：类别、描述、位置、照片（审核通过前不展示）、派单对象、整改照片与说明、状态与时间线',
    // reports.list mine / assigned / community (by status); photo verdicts find the photo by its trace id.
    indexes: [
      idx('reporter_created', { reporterOpenid: 1, createdAt: -1 }),
      idx('assignee_status_updated', { assigneeOpenid: 1, status: 1, updatedAt: -1 }),
      idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 }),
      idx('photo_trace', { 'photos.traceId': 1 }),
      // The nightly 工作台 rebuild walks a community's reports in _id order.
      idx('community_id', { communityId: 1, _id: 1 }),
      // Account erasure finds every report whose timeline names the person.
      idx('event_by', { 'events.byOpenid': 1 })
    ],
    rule: DENY
  },
  {
    name: 'report_stats',
    purpose: '每个社区的随手拍计数（_id = 社区id）：上报数、整改次数、已办结数；与状态变化在同一事务中更新',
    // Read and written only by _id.
    indexes: [],
    rule: DENY
  },
  {
    name: 'points_accounts',
    purpose:
      '爱心积分账户（_id = <社区id>:<openid>）：按获得年份分批（lots：获得、已用），次年年底到期，余额按当前日期计算；每条服务记录已得积分（sources，更正时据此增减）',
    // Read and written by _id (inside the earning and redemption transactions); openid: a person's accounts in
    // every community (我的数据 export).
    indexes: [idx('openid', { openid: 1 })],
    rule: DENY
  },
  {
    name: 'points_settings',
    purpose: '社区爱心积分设置（_id = 社区id）：每服务1小时获得的积分',
    // Read by _id (inside the record transaction) and written by points.updateRate.
    indexes: [],
    rule: DENY
  },
  {
    name: 'points_entries',
    purpose: '爱心积分明细（不可修改）：服务获得、更正扣回、兑换；到期不写明细，按批次计算',
    // points.account: an account's latest entries, newest first.
    // openid_at: a person's entries of every community (我的数据 export).
    indexes: [idx('account_at', { accountId: 1, at: -1 }), idx('openid_at', { openid: 1, at: -1 })],
    rule: DENY
  },
  {
    name: 'rewards',
    purpose: '积分商城（_id 由协调员和 requestId 决定，重试不会重复新增）：特权或物品、所需积分、库存（条件更新扣减，不会超兑）、已兑数量、上下架',
    // rewards.list: a community's rewards (active only for members, both for coordinators), newest first.
    indexes: [idx('community_active_created', { communityId: 1, active: 1, createdAt: -1 })],
    rule: DENY
  },
  {
    name: 'reward_redemptions',
    purpose: '积分兑换记录（_id 由兑换人和 requestId 决定，重试只兑换一次）：奖励、积分、领取码、状态（待领取/已领取）',
    // rewards.redemptions mine (by member) and community (by status), newest first.
    indexes: [idx('openid_created', { openid: 1, createdAt: -1 }), idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 })],
    rule: DENY
  },
  {
    name: 'stations',
    purpose: '志愿服务站、岗、室、点（_id 由创建人和 requestId 决定，重试不会重复创建）：类型、地址、位置、开放时间、服务项目、运营状态、版本号',
    // stations.nearby: $geoNear on location_geo; stations.list: a community's stations (community_status_created);
    // stations.coverage: a community's open stations (the same index, communityId + status).
    indexes: [idx('location_geo', { location: '2dsphere' }), idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 })],
    rule: DENY
  },
  {
    name: 'stats_rollups',
    purpose:
      '工作台统计汇总（_id = <社区id>:now 为当前量：注册志愿者、居民、未处理的超时升级；<社区id>:<年> 为该年各月计数）：由引起变化的写入同步累加，每晚由原始数据重算核对',
    // The dashboard reads two documents by _id; the nightly rebuild reads all of a community's (community_key).
    indexes: [idx('community_key', { communityId: 1, key: 1 })],
    rule: DENY
  },
  {
    name: 'stats_drift',
    purpose: '工作台统计每晚核对的偏差记录（不可修改）：社区、核对时间、偏差项与存量值/重算值',
    indexes: [idx('community_checked', { communityId: 1, checkedAt: -1 })],
    rule: DENY
  },
  {
    name: 'audit_logs',
    purpose: '审计日志（不可修改）：谁、做了什么、何时、前后变化',
    indexes: [
      idx('target_at', { targetType: 1, targetId: 1, at: -1 }),
      idx('actor_at', { actorOpenid: 1, at: -1 }),
      // audit.list (repos/auditQueries.ts), newest first: by community, by action, or everything (each with an
      // optional time range and the other filters applied to the index's candidates); by actor uses actor_at.
      idx('community_at', { communityId: 1, at: -1 }),
      idx('action_at', { action: 1, at: -1 }),
      idx('at', { at: -1 })
    ],
    rule: DENY
  },
  {
    name: 'rate_limits',
    purpose: '频率限制计数：每个社区、每种操作、每个时间窗一条（_id = 社区:操作:窗口开始），记总次数与每个OPENID的次数；只含OPENID，不含其他个人信息',
    // Counting reads and writes by _id only; window_end serves the nightly removal of ended windows.
    indexes: [idx('window_end', { windowEnd: 1 })],
    rule: DENY
  },
  {
    name: 'consents',
    purpose: '隐私指引同意记录（只增不改）：谁（OPENID）、同意了哪一版《用户隐私保护指引》、何时；_id 由 OPENID 与版本派生',
    // A user's consents, newest first (the user's own data: 我的数据 export).
    indexes: [idx('openid_at', { openid: 1, at: -1 })],
    rule: DENY
  },
  {
    name: 'account_deletions',
    purpose: '注销申请（_id = OPENID）：状态（冷静期/执行中/已注销/已撤销）、申请与执行时间、余额去向；不含姓名电话等个人信息',
    // status_due: the eraseAccounts job takes the requests whose cooling-off has ended (pending/erasing, dueAt ≤ now).
    indexes: [idx('status_due', { status: 1, dueAt: 1 })],
    rule: DENY
  },
  {
    name: 'beneficiaries',
    purpose:
      '受助对象登记（社区为没有手机或微信的居民登记；_id 由登记的协调员与 requestId 决定，重试不会重复登记）：姓名、电话、详细地址、位置、类别（独居/空巢/高龄/残疾/留守儿童/低保）、状态、版本号；只有本社区协调员可见，接单志愿者只在服务期间从订单看到地址电话',
    // beneficiaries.list: a community's register by status, newest first (community_status_created).
    indexes: [idx('community_status_created', { communityId: 1, status: 1, createdAt: -1 })],
    rule: DENY
  }
]
