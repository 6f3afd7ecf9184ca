// 照片（选填）: up to 3, uploaded as soon as they are picked; tap × to drop one.
import { Image, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import type { usePhotoPicker } from '../../../../hooks/usePhotoPicker'

export default function PhotoField({ picker, error }: { picker: ReturnType<typeof usePhotoPicker>; error?: string }) {
  return (
    <Field label='照片（选填，最多3张）' name='photos' error={error ?? picker.error ?? undefined}>
      <View className='cv-photos'>
        {picker.photos.map((p) => (
          <View key={p.fileId} className='cv-photos__item'>
            <Image className='cv-photos__img' src={p.localPath} mode='aspectFill' />
            <Text className='cv-photos__remove' onClick={() => picker.remove(p.fileId)}>×</Text>
          </View>
        ))}
        {!picker.full && (
          <View className='cv-photos__add' onClick={() => void picker.pick()}>
            <Text>{picker.uploading ? '上传中…' : '＋ 拍照/相册'}</Text>
          </View>
        )}
      </View>
    </Field>
  )
}
