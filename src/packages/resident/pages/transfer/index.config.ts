export default definePageConfig({ navigationBarTitleText: '转赠家人' })
