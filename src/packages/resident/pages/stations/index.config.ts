export default definePageConfig({ navigationBarTitleText: '服务站地图' })
