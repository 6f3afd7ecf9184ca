// Stable string error codes shared by server and client. The code is the contract; the message is for people
// (Chinese, shown as-is in the UI). Never rename a code: clients branch on it.
export const ERROR_MESSAGES = {
  UNKNOWN_ACTION: '未知的操作',
  BAD_INPUT: '输入内容有误，请检查后重试',
  UNAUTHENTICATED: '未能识别您的身份，请重新进入小程序',
  FORBIDDEN: '您没有权限执行此操作',
  NOT_FOUND: '要找的内容不存在或已删除',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_RISKY: '内容含有不适宜的信息，请修改后再提交',
  INTERNAL: '系统繁忙，请稍后再试',
  NETWORK: '网络不给力，请检查网络后重试',
  BAD_RESPONSE: '服务返回的数据异常，请稍后再试',
  // Identity and registration
  ID_FORMAT: '身份证号码应为18位，最后一位可以是数字或X',
  ID_REGION_INVALID: '身份证号码的地区码不正确',
  ID_BIRTHDATE_INVALID: '身份证号码中的出生日期不正确',
  ID_CHECKSUM_INVALID: '身份证号码校验位不正确，请核对后重新输入',
  TOO_YOUNG: '未满14周岁暂不能注册为志愿者',
  GUARDIAN_REQUIRED: '未满18周岁需填写监护人信息并取得监护人同意',
  ALREADY_REGISTERED: '该身份证号码已注册为志愿者',
  REVIEW_NOT_PENDING: '该申请已审核，请刷新后查看',
  REASON_REQUIRED: '请填写不通过的原因',
  GUARDIAN_NOT_VERIFIED: '请先核实监护人同意后再通过',
  VOLUNTEER_MOVE_NOT_ALLOWED: '志愿者当前状态下不能进行此操作',
  VOLUNTEER_HAS_OPEN_ORDERS: '还有进行中的订单，请先完成或由协调员改派后再操作',
  PHONE_CODE_INVALID: '手机号授权已失效，请重新授权',
  // Communities, teams, family
  NOT_IN_COMMUNITY: '请先加入社区',
  COMMUNITY_CODE_TAKEN: '该社区编码已被使用',
  LAST_COORDINATOR: '这是社区唯一的协调员，请先任命新的协调员再解除',
  CONFIRM_CODE_INVALID: '确认码不正确或已失效',
  NOT_PENDING: '该申请已处理，请刷新后查看',
  LIMIT_REACHED: '已达到数量上限',
  TEAM_LEADER_MUST_HAND_OVER: '您是队长，请先把队长交给其他队员再退出',
  // Streets (街道)
  ALREADY_STREET_ADMIN: '该用户已是其他街道的管理员，请先解除原任命',
  // Orders
  ORDER_STATUS_CHANGED: '订单状态已变化，请刷新后查看',
  ORDER_MOVE_NOT_ALLOWED: '订单当前状态下不能进行此操作',
  ORDER_TAKEN: '手慢了，这单已被其他志愿者接走',
  NOT_ELIGIBLE: '您暂不符合该服务的要求',
  CATEGORY_UNAVAILABLE: '该服务暂不开放，请联系社区协调员',
  CATEGORY_UNKNOWN: '本社区没有这项服务，请刷新后重新选择',
  CATEGORY_LABEL_TAKEN: '已有同名的服务，请换一个名称',
  ADDRESS_REQUIRED: '请选择服务地址',
  WINDOW_INVALID: '服务时间不正确',
  OUT_OF_FENCE: '您不在服务地点附近，请到达后签到或输入居民提供的签到码',
  CHECKIN_CODE_INVALID: '签到码不正确',
  NOT_YOUR_ORDER: '这不是您的订单',
  // Time bank
  INSUFFICIENT_HOURS: '可用时间不足',
  SPEND_AGE: '未达到本社区使用时间的年龄',
  TRANSFER_NOT_ALLOWED: '只能转赠给已绑定的家人',
  DAILY_CAP_REACHED: '已超过今日转赠上限',
  ALREADY_REVERSED: '该笔记录已冲正',
  CANNOT_REVERSE: '该笔记录不能冲正',
  // Records and certificates
  CORRECTION_PENDING: '已有待处理的更正申请',
  NO_CORRECTION_REQUESTED: '没有待处理的更正申请',
  NO_RECORDS_IN_RANGE: '该时间段内没有服务记录',
  RANGE_INVALID: '日期范围不正确',
  // Civic reports (随手拍)
  REPORT_MOVE_NOT_ALLOWED: '该随手拍当前状态下不能进行此操作',
  REPORT_STATUS_CHANGED: '该随手拍状态已变化，请刷新后查看',
  NOT_YOUR_REPORT: '这不是您可处理的随手拍',
  // Project library
  PROJECT_MOVE_NOT_ALLOWED: '项目当前状态下不能进行此操作',
  NOT_SIGNED_UP: '您还没有报名该项目',
  SESSION_NOT_STARTED: '该场服务还没有开始，开始后才能登记到场情况',
  NOT_A_PARTICIPANT: '只能登记已报名的志愿者，请刷新后重试',
  PROJECT_NOT_FINISHED: '最后一场服务结束后才能结项',
  ATTENDANCE_MISSING: '请先登记各场次的到场情况',
  // Exports (导出)
  EXPORT_TOO_LARGE: '导出的数据超过20000行，请缩小时间范围后分次导出',
  // 名册导入与身份认领 (volunteers.importRoster, volunteers.claim)
  ROSTER_HAS_PROBLEMS: '名册中有错误行，请按预检结果改正后重新上传',
  ROSTER_CLAIM_NO_MATCH: '没有找到姓名、身份证号码和手机号都一致的名册记录，请核对或联系社区',
  ROSTER_ALREADY_CLAIMED: '该名册身份已被认领，如有疑问请联系社区',
  ROSTER_CLAIM_HAS_RECORD: '您已有志愿者登记，无需认领',
  ROSTER_CLAIM_OTHER_COMMUNITY: '您已加入其他社区，请联系名册所在社区的协调员',
  // Points (爱心积分) and the 积分商城
  INSUFFICIENT_POINTS: '积分不足，暂不能兑换',
  SOLD_OUT: '手慢了，该奖励已兑完',
  REWARD_UNAVAILABLE: '该奖励已下架',
  ALREADY_FULFILLED: '该兑换已领取',
  // Privacy consent (用户隐私保护指引)
  CONSENT_REQUIRED: '请先阅读并同意《用户隐私保护指引》',
  CONSENT_VERSION_OUTDATED: '《用户隐私保护指引》已更新，请阅读最新版本后再同意',
  // 注销账号
  DELETION_PENDING: '已申请注销账号，冷静期内可撤销',
  DELETION_NOT_PENDING: '没有进行中的注销申请',
  ACCOUNT_ERASED: '该账号已注销'
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export function messageFor(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL
}
