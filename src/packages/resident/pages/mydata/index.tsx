import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/MyData/index.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { formatBytes } from '../../../../hooks/exportFile'
import { useMyData } from '../../../../hooks/useMyData'
import type { MyDataSection } from '../../../../shared/contracts'
import { formatShanghai } from '../../../../shared/time'

function Section({ s }: { s: MyDataSection }) {
  return (
    <View className='cv-card' id={`mydata-${s.key}`}>
      <View className='cv-mydata__section-head'>
        <Text className='cv-mydata__title'>{s.title}</Text>
        <Text className='cv-mydata__count'>{s.count} 条</Text>
      </View>
      {s.count === 0 && <Text className='cv-mydata__empty'>没有数据</Text>}
      {s.items.map((item) => (
        <View className='cv-mydata__item' key={item.id}>
          <Text className='cv-mydata__item-title'>{item.title}</Text>
          {item.lines.map((l, i) => (
            <Text className='cv-mydata__line' key={i}>
              {l}
            </Text>
          ))}
        </View>
      ))}
      {s.count > s.items.length && <Text className='cv-mydata__empty'>另有 {s.count - s.items.length} 条，见下载的文件</Text>}
    </View>
  )
}

/** 我的数据: everything the app stores about the user, to read here and to keep as a JSON file (个人信息保护法 art 45). */
export default function MyDataPage() {
  const m = useMyData()
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <Text className='cv-notice'>这里是本应用保存的关于您的全部数据。身份证号只显示打码后的号码；下载的文件链接1小时内有效。</Text>
        {!m.data && <LoadState loading={!m.error} error={m.error ? { message: m.error } : null} onRetry={() => void m.reload()} />}
        {m.data && (
          <>
            <View className='cv-card' id='mydata-file'>
              <Text className='cv-mydata__head'>
                生成于 {formatShanghai(m.data.generatedAt)} · 共 {m.data.file.rows} 条 · {formatBytes(m.data.file.bytes)}
              </Text>
              <View className='cv-mydata__actions'>
                <Button className='cv-btn cv-btn--small' id='mydata-download' onClick={() => void m.download()}>
                  {h5 ? '下载 JSON 文件' : '保存/发送文件'}
                </Button>
                <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => void m.copyLink()}>
                  复制链接
                </Button>
              </View>
            </View>
            {m.data.sections.map((s) => (
              <Section key={s.key} s={s} />
            ))}
            <Button
              className='cv-btn cv-btn--plain cv-btn--top'
              id='mydata-delete'
              onClick={() => void Taro.navigateTo({ url: '/packages/resident/pages/delete-account/index' })}
            >
              注销账号 ›
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
