// A form's photos (一键求助's optional 1–3, 随手拍 1–3, 整改后照片 1–3): uploaded as soon as they are picked, shown
// from the local file; tap × to drop one. Tiles styled in OrderForm/index.css.
import '../OrderForm/index.css'
import { Image, Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import type { usePhotoPicker } from '../../../../hooks/usePhotoPicker'

interface Props {
  label: string
  name: string
  picker: ReturnType<typeof usePhotoPicker>
  error?: string
  /** Optional photos (一键求助) carry no required mark. */
  required?: boolean
}

export default function Photos({ label, name, picker, error, required = true }: Props) {
  return (
    <Field label={label} name={name} required={required} error={error ?? picker.error ?? undefined}>
      <View className='cv-photos'>
        {picker.photos.map((p) => (
          <View key={p.fileId} className='cv-photos__item'>
            <Image className='cv-photos__img' src={p.localPath} mode='aspectFill' />
            <Text className='cv-photos__remove' onClick={() => picker.remove(p.fileId)}>
              ×
            </Text>
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
