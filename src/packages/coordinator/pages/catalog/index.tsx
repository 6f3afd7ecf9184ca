import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useCatalogAdmin } from '../../../../hooks/useCatalogAdmin'
import { useMe } from '../../../../hooks/useMe'
import { CatalogForm, CatalogList } from '../../components/Settings/CatalogPanels'

function Catalog() {
  const a = useCatalogAdmin()
  return (
    <>
      <CatalogForm a={a} />
      <CatalogList a={a} />
    </>
  )
}

/** 服务目录 (coordinators): add the community's own categories, change the terms of any, retire and restore them. */
export default function CatalogPage() {
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me && <LoadState loading={loading} error={error} onRetry={reload} />}
        {me && !me.roles.includes('coordinator') && <Text className='cv-notice'>服务目录需要社区协调员身份。</Text>}
        {me?.roles.includes('coordinator') && <Catalog />}
      </View>
    </View>
  )
}
