export default definePageConfig({ navigationBarTitleText: '社区协调员' })
