export default definePageConfig({ navigationBarTitleText: '认领志愿者身份' })
