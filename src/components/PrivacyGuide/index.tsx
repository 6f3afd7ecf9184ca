// 《用户隐私保护指引》 as text, from its one source (src/shared/privacy/guide.ts): the consent screen and the guide
// page show the same words. Plain Taro components (the consent screen is in the main package).
import { Text, View } from '@tarojs/components'
import { PRIVACY_SECTIONS, PRIVACY_SUMMARY, PRIVACY_TITLE, PRIVACY_VERSION } from '../../shared/privacy/guide'
import './index.css'

export default function PrivacyGuide() {
  return (
    <View className='cv-guide'>
      <Text className='cv-guide__title'>《{PRIVACY_TITLE}》</Text>
      <Text className='cv-guide__version'>版本：{PRIVACY_VERSION}</Text>
      <Text className='cv-guide__p'>{PRIVACY_SUMMARY}</Text>
      {PRIVACY_SECTIONS.map((s) => (
        <View key={s.title} className='cv-guide__section'>
          <Text className='cv-guide__h'>{s.title}</Text>
          {s.paragraphs.map((p) => (
            <Text key={p} className='cv-guide__p'>
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
