export default definePageConfig({ navigationBarTitleText: '调账与记录' })
