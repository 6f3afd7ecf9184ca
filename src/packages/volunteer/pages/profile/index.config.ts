export default definePageConfig({ navigationBarTitleText: '服务信息与状态' })
