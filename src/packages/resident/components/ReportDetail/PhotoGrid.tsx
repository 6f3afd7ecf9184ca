// Photos of a report (before or after): each shown once its content check passed (tap to enlarge), 图片审核中
// while the check runs, 图片未通过审核 when it failed — the server sends no URL until it passes.
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { Report } from '../../../../hooks/useReports'

export default function PhotoGrid({ photos, name }: { photos: Report['photos']; name: string }) {
  const shown = photos.flatMap((p) => (p.url ? [p.url] : []))
  return (
    <View className='cv-detail-photos' id={`photos-${name}`}>
      {photos.map((p, i) =>
        p.url ? (
          <Image
            key={i}
            className='cv-detail-photo'
            src={p.url}
            mode='aspectFill'
            onClick={() => void Taro.previewImage({ urls: shown, current: p.url! }).catch(() => undefined)}
          />
        ) : (
          <Text key={i} className='cv-detail-photo cv-detail-photo--hidden'>
            {p.status === 'checking' ? '图片审核中' : '图片未通过审核'}
          </Text>
        )
      )}
    </View>
  )
}
