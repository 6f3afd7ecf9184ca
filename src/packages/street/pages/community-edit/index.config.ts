export default definePageConfig({ navigationBarTitleText: '编辑社区' })
