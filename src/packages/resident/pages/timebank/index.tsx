import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { TIMEBANK_PAGES } from '../../../../hooks/timebankRoutes'
import { useTimebank } from '../../../../hooks/useTimebank'
import BalanceCard from '../../components/BalanceCard'
import DonatePanel from '../../components/DonatePanel'
import Statement from '../../components/Statement'

/** 我的时间银行: balance card (可用 / 余额 / 冻结, totals, storage cap), 转赠 and 捐赠, and the statement. */
export default function TimebankPage() {
  const { account, statement, filter, setFilter, reloadAll } = useTimebank()
  const [donating, setDonating] = useState(false)
  const a = account.data
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!a && <LoadState loading={account.loading} error={account.error} onRetry={account.reload} />}
        {a && (
          <>
            <BalanceCard account={a} />
            <View className='cv-timebank__actions'>
              <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: TIMEBANK_PAGES.transfer })}>
                转赠家人
              </Button>
              <Button className='cv-btn cv-btn--plain' onClick={() => setDonating((d) => !d)}>
                {donating ? '收起捐赠' : '捐赠到公益池'}
              </Button>
            </View>
            {donating && (
              <DonatePanel
                account={a}
                onDone={(next) => {
                  account.setData(next)
                  statement.reload()
                }}
              />
            )}
          </>
        )}
        {(a || !account.loading) && <Statement statement={statement} filter={filter} onFilter={setFilter} />}
        {a && (
          <Button className='cv-btn cv-btn--plain' onClick={reloadAll}>
            刷新
          </Button>
        )}
      </View>
    </View>
  )
}
