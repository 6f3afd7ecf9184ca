export default definePageConfig({ navigationBarTitleText: '代下单' })
