export default definePageConfig({ navigationBarTitleText: '申报项目' })
