// Main package: the three role tab pages only (plain Taro components, small).
// Each role has its own subpackage; NutUI pages live there so the main package stays small.
export default defineAppConfig({
  pages: ['pages/resident/index', 'pages/volunteer/index', 'pages/coordinator/index'],
  subPackages: [
    // 订单详情 (pages/order) and 评价 (pages/rate) serve every role: volunteers and coordinators open them too; so do
    // 我的时间银行 and 转赠 (every member has an account) and the public 证明核验 (pages/verify).
    // 项目库 and 项目详情 (volunteers sign up, coordinators review, complete, evaluate) and 随手拍 (any member reports,
    // volunteers rectify, coordinators dispatch and close on the same detail page) likewise.
    {
      root: 'packages/resident',
      pages: [
        'pages/profile/index',
        'pages/community/index',
        'pages/family/index',
        'pages/order-new/index',
        'pages/orders/index',
        'pages/order/index',
        'pages/rate/index',
        'pages/timebank/index',
        'pages/transfer/index',
        'pages/verify/index',
        'pages/rewards/index',
        'pages/projects/index',
        'pages/project/index',
        'pages/report-new/index',
        'pages/reports/index',
        'pages/report/index',
        'pages/stations/index',
        'pages/mydata/index',
        'pages/delete-account/index',
        'pages/privacy/index'
      ]
    },
    {
      root: 'packages/volunteer',
      pages: [
        'pages/home/index',
        'pages/register/index',
        'pages/pool/index',
        'pages/tasks/index',
        'pages/records/index',
        'pages/certificate-new/index',
        'pages/certificate/index',
        'pages/teams/index',
        'pages/team/index',
        'pages/profile/index',
        'pages/claim/index'
      ]
    },
    {
      root: 'packages/coordinator',
      pages: [
        'pages/home/index',
        'pages/review/index',
        'pages/board/index',
        'pages/dispatch/index',
        'pages/ledger/index',
        'pages/rewards/index',
        'pages/exports/index',
        'pages/project-new/index',
        'pages/report-board/index',
        'pages/stations/index',
        'pages/dashboard/index',
        'pages/audit/index',
        'pages/teams/index',
        'pages/team-edit/index',
        'pages/team-kinds/index',
        'pages/catalog/index',
        'pages/order-rules/index',
        'pages/rate-limits/index',
        'pages/volunteers/index',
        'pages/beneficiaries/index',
        'pages/order-for/index',
        'pages/roster/index'
      ]
    },
    {
      // 街道管理员 (and platform admins): 街道工作台, 社区对比, 街道调度, 街道管理; the communities' own pages beside them.
      root: 'packages/street',
      pages: [
        'pages/home/index',
        'pages/compare/index',
        'pages/board/index',
        'pages/streets/index',
        'pages/community-edit/index',
        'pages/community-qr/index',
        'pages/coordinators/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '社区志愿服务',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8'
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#d9480f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/resident/index', text: '居民' },
      { pagePath: 'pages/volunteer/index', text: '志愿者' },
      { pagePath: 'pages/coordinator/index', text: '协调员' }
    ]
  },
  // 我的社区: nearby communities (getLocation) and an address's location picked on the map (chooseLocation);
  // 抢单大厅 sorts by distance and 到达签到 checks the volunteer is at the address (getLocation).
  permission: { 'scope.userLocation': { desc: '用于查找附近的社区、求助和志愿服务站，以及志愿者到达签到' } },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  lazyCodeLoading: 'requiredComponents',
  // WeChat's privacy authorization (用户隐私保护指引): privacy APIs wait for the user's agreement, which
  // wx.onNeedPrivacyAuthorization asks for through our consent screen (components/ConsentGate).
  __usePrivacyCheck__: true
})
