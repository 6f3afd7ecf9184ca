export default definePageConfig({ navigationBarTitleText: '入驻二维码' })
