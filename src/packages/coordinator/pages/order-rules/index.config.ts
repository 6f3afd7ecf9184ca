export default definePageConfig({ navigationBarTitleText: '订单规则' })
