export default definePageConfig({ navigationBarTitleText: '限流设置' })
