export default definePageConfig({ navigationBarTitleText: '社区对比' })
