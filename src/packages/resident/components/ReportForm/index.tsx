// 随手拍 form: what kind of problem, a photo or three, what is wrong, where. The photo comes first after the kind:
// it is what the reporter has in hand. Location: the device's (mini-program, re-locate or pick on the map) or, on
// H5, the community centre's with the typed place saying where exactly.
import '../../../../components/OrderCard/index.css'
import { TextArea } from '@nutui/nutui-react-taro'
import { Button, Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { optionsOf } from '../../../../hooks/labels'
import type { useReportDraft } from '../../../../hooks/useReportDraft'
import { REPORT_CATEGORY_LABELS } from '../../../../shared/contracts'
import Photos from '../Photos'

function LocationField({ draft }: { draft: ReturnType<typeof useReportDraft> }) {
  if (!draft.canLocate) {
    return (
      <Field label='位置' name='location' error={draft.locateError ?? undefined}>
        <Text className='cv-form__intro'>网页版无法定位，将记录社区服务中心的位置，请在下方「具体位置」写清楚问题在哪里。</Text>
      </Field>
    )
  }
  const loc = draft.location
  return (
    <Field label='位置' name='location' required error={draft.locateError ?? undefined}>
      <Text className='cv-form__intro'>
        {draft.locating ? '正在定位…' : loc ? `已定位（${loc.latitude.toFixed(4)}, ${loc.longitude.toFixed(4)}）` : '尚未定位'}
      </Text>
      <View className='cv-order__actions'>
        <Button className='cv-btn cv-btn--plain cv-btn--small' onClick={() => void draft.locate()}>
          重新定位
        </Button>
        <Button className='cv-btn cv-btn--plain cv-btn--small' onClick={() => void draft.pickOnMap()}>
          在地图上选择
        </Button>
      </View>
    </Field>
  )
}

export default function ReportForm({ draft }: { draft: ReturnType<typeof useReportDraft> }) {
  const { values, setField, fieldErrors: errors } = draft
  return (
    <View className='cv-report-form'>
      <View className='cv-form'>
        <Text className='cv-form__intro'>发现环境卫生、占道经营、设施损坏、安全隐患等问题，拍照上报，社区派人整改，整改后可看到整改照片。</Text>
        <SingleChoiceField
          label='问题类别'
          name='category'
          required
          options={optionsOf(REPORT_CATEGORY_LABELS)}
          value={values.category}
          onChange={(c) => setField('category', c)}
          error={errors.category}
        />
        <Photos label='现场照片（1～3张）' name='photos' picker={draft.photos} error={errors.photos} />
        <Field label='问题描述' name='description' required error={errors.description}>
          <TextArea
            className='cv-textarea'
            value={values.description}
            maxLength={300}
            placeholder='例如：路灯不亮，晚上很黑'
            onChange={(v) => setField('description', v)}
          />
        </Field>
      </View>
      <View className='cv-form'>
        <LocationField draft={draft} />
        <TextField
          label='具体位置'
          name='place'
          value={values.place}
          onChange={(v) => setField('place', v)}
          error={errors.place}
          placeholder='例如：文昌一路12号楼下'
          maxLength={100}
        />
      </View>
      <FormError message={draft.formError} fieldErrors={errors} />
      <SubmitBar text='提交上报' pending={draft.pending} disabled={draft.photos.uploading} onSubmit={() => void draft.submit()} />
    </View>
  )
}
