export default definePageConfig({ navigationBarTitleText: '受助对象登记' })
