// Main package: the three role tab pages only (plain Taro components, small).
// Each role has its own subpackage; NutUI pages live there so the main package stays small.
export default defineAppConfig({
  pages: ['pages/resident/index', 'pages/volunteer/index', 'pages/coordinator/index'],
  subPackages: [
    { root: 'packages/resident', pages: ['pages/profile/index', 'pages/community/index', 'pages/family/index'] },
    { root: 'packages/volunteer', pages: ['pages/home/index', 'pages/register/index'] },
    { root: 'packages/coordinator', pages: ['pages/home/index', 'pages/review/index'] }
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
  // 我的社区: nearby communities (getLocation) and an address's location picked on the map (chooseLocation).
  permission: { 'scope.userLocation': { desc: '用于查找您附近的社区' } },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  lazyCodeLoading: 'requiredComponents'
})
