// 评价 form: big stars (tap the 4th for four), tag chips, an optional comment, 提交评价.
import './index.css'
import { TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import { MultiChoiceField } from '../../../../components/ChoiceField'
import SubmitBar from '../../../../components/SubmitBar'
import { RATING_TAGS } from '../../../../shared/contracts'
import type { useRating } from '../../../../hooks/useRating'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

export default function RatingForm({ rating: r }: { rating: ReturnType<typeof useRating> }) {
  return (
    <View className='cv-form'>
      <Field label='服务评分' name='stars' required error={r.fieldErrors.stars}>
        <View className='cv-stars'>
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} className={`cv-stars__star${n <= r.stars ? ' cv-stars__star--on' : ''}`} onClick={() => r.setStars(n)}>
              {n <= r.stars ? '★' : '☆'}
            </Text>
          ))}
        </View>
        <Text className='cv-stars__words'>{WORDS[r.stars] || '请点星星评分'}</Text>
      </Field>
      <MultiChoiceField
        label='印象（可多选）'
        name='tags'
        options={RATING_TAGS.map((t) => ({ value: t, label: t }))}
        value={r.tags}
        onChange={r.setTags}
        error={r.fieldErrors.tags}
      />
      <Field label='想说的话（选填）' name='comment' error={r.fieldErrors.comment}>
        <TextArea className='cv-textarea' value={r.comment} maxLength={200} placeholder='例如：小伙子很耐心，谢谢！' onChange={r.setComment} />
      </Field>
      <FormError message={r.formError} fieldErrors={r.fieldErrors} />
      <SubmitBar text='确认完成并评价' pending={r.pending} onSubmit={() => void r.submit()} />
    </View>
  )
}
