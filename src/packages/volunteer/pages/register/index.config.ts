export default definePageConfig({ navigationBarTitleText: '注册成为志愿者' })
