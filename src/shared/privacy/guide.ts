// 《用户隐私保护指引》: the one source of its text and version. The guide page, the first-launch consent screen and
// the server (which records consent to PRIVACY_VERSION and refuses `personal` actions without it) all read it.
// Invariant: every sentence states what the code does today (repos, views, contracts); change the text and the
// code together, and bump PRIVACY_VERSION when the substance changes, so every user is asked again.
// Pure data: imported by the client and the cloud functions alike (no Taro, no wx-server-sdk).

/** The current guide's version (its effective date). A user who agreed to an older one is asked again. */
export const PRIVACY_VERSION = '2026-11-23'
export const PRIVACY_TITLE = '用户隐私保护指引'

export interface GuideSection {
  title: string
  /** One paragraph each, read in order. */
  paragraphs: string[]
}

/** The in-app pages where the rights below are exercised; `url` is null until that page exists. */
export const PRIVACY_RIGHT_PAGES: Array<{ label: string; url: string | null }> = [
  { label: '个人资料', url: '/packages/resident/pages/profile/index' },
  { label: '我的数据：查看与导出', url: '/packages/resident/pages/mydata/index' },
  { label: '注销账号', url: '/packages/resident/pages/delete-account/index' }
]

export const PRIVACY_SUMMARY =
  '社区志愿服务小程序由所在社区组织运营。为了帮您发布求助、注册志愿者并记录服务时长，我们需要收集和使用您的部分个人信息。请您仔细阅读本指引；同意后方可提交个人信息，不同意也可以继续浏览公开内容。'

export const PRIVACY_SECTIONS: GuideSection[] = [
  {
    title: '一、我们收集哪些信息',
    paragraphs: [
      '微信身份：微信提供的用户标识（OpenID），用于识别您的账号；您设置的昵称和头像。',
      '实名信息：注册志愿者时填写的真实姓名、身份证号码（由此得出年龄和性别）、手机号、服务技能、可服务时段和服务区域；未满18周岁的，还有监护人的姓名、电话和关系。',
      '手机号：您在“个人资料”中通过微信授权绑定的手机号。',
      '住址：您在“我的社区”保存的服务地址（详细地址、联系人、联系电话，以及您在地图上选定的位置）。',
      '位置：志愿者注册时可选填的服务位置；随手拍所报问题的位置。查找附近的社区、服务站和求助，以及到达签到时，我们只用您当时的位置计算距离，不保存。',
      '照片：求助和随手拍中您上传的照片、整改后的照片，以及您设置的头像。',
      '服务记录：求助订单及其进度、评价和申诉，志愿服务记录与证明，时间银行和爱心积分的流水，项目报名与签到，家人代办关系，以及您同意本指引的版本和时间。'
    ]
  },
  {
    title: '二、为何收集',
    paragraphs: [
      '实名信息用于《志愿服务条例》要求的实名注册、社区审核、一人一档（同一身份证号只能注册一次），以及出具志愿服务证明。',
      '住址、联系电话和照片用于让接单的志愿者找到您、联系您并了解需求；位置用于就近派单、排序和到达签到。',
      '服务记录用于计算服务时长、时间银行“存取”、星级评定、开具证明和社区统计。',
      '您提交的文字和图片会经微信内容安全接口检测，以防违法违规内容；检测不通过的图片不会展示给他人。'
    ]
  },
  {
    title: '三、保存多久',
    paragraphs: [
      '在您使用本服务期间，我们保存上述信息，以便您和社区随时查阅。',
      '为防止刷单和骚扰，我们按微信用户标识记录提交次数，计数在时间窗结束一天后删除。',
      '您申请注销后，账号将进入冷静期（默认7天），其间可以撤销；冷静期满后，您的姓名、电话、身份证号、住址和昵称等个人信息将被删除或匿名化，时间银行余额按您的选择捐入社区公益池或转给家人。',
      '按照“谁组织谁记录”的要求，社区须保留的志愿服务记录和时间银行流水将在匿名化后继续保存，仅保留掩码后的志愿者编号。'
    ]
  },
  {
    title: '四、谁能看到',
    paragraphs: [
      '您本人可以看到自己的全部资料；身份证号在任何页面都只显示掩码（如 4413**********1234）。',
      '身份证号加密存储（AES-256-GCM），页面、证明和导出中一律只使用掩码；查重使用不可逆的带密钥哈希。',
      '您的地址和电话仅在订单进行中对接单志愿者可见（从接单到您确认完成）；其他志愿者在抢单大厅只能看到街道级区域和距离，看不到姓名。',
      '所在社区的协调员可以看到本社区志愿者的注册资料（含完整手机号，身份证号仅掩码）以便审核和调度，也可以看到本社区的订单和随手拍以便派单；协调员导出的名册中身份证号和手机号均为掩码。',
      '家人代办：您同意绑定的家人可以代您发布和查看求助。',
      '协调员和管理员的审核、派单、调账等操作会记入审计日志（谁、何时、改了什么），仅管理员可以查看。',
      '证明核验：任何人凭证明编号和校验码核验时，只能看到掩码后的信息。',
      '除法律法规要求外，我们不会向社区以外的任何人提供您的个人信息。'
    ]
  },
  {
    title: '五、您的权利',
    paragraphs: [
      '您可以随时查看本指引，并在“个人资料”中修改昵称、头像和手机号；志愿者注册信息被驳回后可修改后重新提交，服务记录有误可申请更正。',
      '您可以查看并导出我们保存的与您有关的全部信息，也可以申请注销账号（入口在本指引页面末尾的“行使您的权利”）。',
      '您可以不同意本指引：仍可浏览公开内容，但无法提交求助、随手拍、志愿者注册等需要个人信息的内容。'
    ]
  },
  {
    title: '六、联系我们',
    paragraphs: ['如对本指引或您的个人信息有任何疑问、意见或投诉，请联系所在社区的协调员（社区服务站），或在小程序“我的社区”中查看社区地址，我们会及时答复。']
  }
]
