export default definePageConfig({ navigationBarTitleText: '选择志愿者' })
