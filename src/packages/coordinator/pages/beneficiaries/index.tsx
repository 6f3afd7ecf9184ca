import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/ReviewCard/index.css'
import Taro from '@tarojs/taro'
import { Tabs } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import ListFooter from '../../../../components/ListFooter'
import MePage from '../../../../components/MePage'
import { useBeneficiaries } from '../../../../hooks/useBeneficiaries'
import { orderForPage } from '../../../../hooks/useOrderFor'
import type { MeView } from '../../../../shared/contracts'
import { BENEFICIARY_STATUS_LABELS, BENEFICIARY_STATUSES, type BeneficiaryStatus } from '../../../../shared/domain/beneficiaries'
import BeneficiaryCard from '../../components/Beneficiaries/BeneficiaryCard'
import BeneficiaryForm from '../../components/Beneficiaries/BeneficiaryForm'

function Register({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const reg = useBeneficiaries(allowed)
  if (!allowed) return <Text className='cv-notice'>受助对象登记需要社区协调员身份。</Text>
  if (reg.editing) return <BeneficiaryForm reg={reg} />
  const items = reg.list.items
  return (
    <>
      <Button className='cv-btn' id='beneficiary-add' onClick={() => reg.start()}>
        登记受助对象
      </Button>
      <Tabs className='cv-tabs' value={reg.status} onChange={(v) => reg.setStatus(v as BeneficiaryStatus)}>
        {BENEFICIARY_STATUSES.map((s) => (
          <Tabs.TabPane key={s} title={BENEFICIARY_STATUS_LABELS[s]} value={s} />
        ))}
      </Tabs>
      <View>
        {items.map((b) => (
          <BeneficiaryCard
            key={b.id}
            beneficiary={b}
            onOrder={() => void Taro.navigateTo({ url: orderForPage(b.id) })}
            onEdit={() => reg.start(b)}
            onArchived={reg.list.reload}
          />
        ))}
        <ListFooter
          list={reg.list}
          count={items.length}
          empty={reg.status === 'active' ? '还没有登记受助对象，点上方“登记受助对象”' : '没有已归档的受助对象'}
        />
      </View>
    </>
  )
}

/** 受助对象登记: people the community serves who may have no phone or WeChat — register, edit, archive, 代下单. */
export default function BeneficiariesPage() {
  return <MePage>{(me) => <Register me={me} />}</MePage>
}
