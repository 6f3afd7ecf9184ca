// 添加/编辑服务站: name, type (站/岗/室/点), address and location (mini-program: picked on WeChat's map; H5: latitude and
// longitude typed in, starting at the community), opening hours, services and free tags, 运营中/暂停服务.
import '../../../../components/StationCard/index.css'
import { Button, Text, View } from '@tarojs/components'
import { MultiChoiceField, SingleChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { CAN_LOCATE, choosePlace } from '../../../../hooks/location'
import type { useStationsAdmin } from '../../../../hooks/useStationsAdmin'
import { useCatalog } from '../../../../hooks/useCatalog'
import { STATION_STATUS_LABELS, STATION_STATUSES, STATION_TYPE_LABELS, STATION_TYPES } from '../../../../shared/contracts'
import HoursEditor from './HoursEditor'

const TYPES = STATION_TYPES.map((value) => ({ value, label: STATION_TYPE_LABELS[value] }))
const STATUSES = STATION_STATUSES.map((value) => ({ value, label: STATION_STATUS_LABELS[value] }))

/** The first error under `prefix` (the server may name `hours.2.from`, `tags.0`, `location.latitude`). */
const under = (errors: Record<string, string>, prefix: string) => errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1]

export default function StationForm({ admin }: { admin: ReturnType<typeof useStationsAdmin> }) {
  const { values: v, setField } = admin.form
  const e = admin.fieldErrors
  // The community's categories in use, and any retired one the station still lists (so it can be unticked).
  const catalog = useCatalog()
  const SERVICES = (catalog.entries ?? []).filter((c) => !c.retired || v.services.includes(c.category)).map((c) => ({ value: c.category, label: c.label }))
  const pick = async () => {
    const place = await choosePlace()
    if (!place) return
    setField('latitude', String(place.location.latitude))
    setField('longitude', String(place.location.longitude))
    if (!v.address.trim()) setField('address', `${place.address}${place.name}`.slice(0, 100))
  }
  return (
    <View className='cv-form' id='station-form'>
      <Text className='cv-form__title'>{v.stationId ? '编辑服务站' : '添加服务站'}</Text>
      <TextField
        label='站点名称'
        name='name'
        required
        value={v.name}
        onChange={(x) => setField('name', x)}
        error={e.name}
        placeholder='例如：文昌社区新时代文明实践站'
        maxLength={30}
      />
      <SingleChoiceField label='站点类型' name='type' required options={TYPES} value={v.type} onChange={(x) => setField('type', x)} error={e.type} />
      <TextField
        label='地址'
        name='address'
        required
        value={v.address}
        onChange={(x) => setField('address', x)}
        error={e.address}
        placeholder='街道、门牌或地标'
        maxLength={100}
      />
      {CAN_LOCATE ? (
        <Button className='cv-btn cv-btn--plain' onClick={() => void pick()}>
          在地图上选择位置（当前 {Number(v.latitude).toFixed(4)}, {Number(v.longitude).toFixed(4)}）
        </Button>
      ) : (
        <>
          <Text className='cv-form__intro'>网页版无法在地图上选点，请输入站点的纬度和经度（默认是社区附近）。</Text>
          <View className='cv-station-pair'>
            <TextField label='纬度' name='latitude' type='digit' value={v.latitude} onChange={(x) => setField('latitude', x)} error={under(e, 'location')} />
            <TextField label='经度' name='longitude' type='digit' value={v.longitude} onChange={(x) => setField('longitude', x)} />
          </View>
        </>
      )}
      <HoursEditor rows={v.hours} onChange={(rows) => setField('hours', rows)} error={under(e, 'hours')} />
      <MultiChoiceField
        label='服务项目'
        name='services'
        options={SERVICES}
        value={v.services}
        onChange={(x) => setField('services', x)}
        error={under(e, 'services')}
      />
      <TextField
        label='其他标签'
        name='tags'
        value={v.tags}
        onChange={(x) => setField('tags', x)}
        error={under(e, 'tags')}
        placeholder='用空格分隔，例如：饮水 充电 借伞'
        hint='最多5个，每个不超过8个字'
      />
      <SingleChoiceField label='运营状态' name='status' required options={STATUSES} value={v.status} onChange={(x) => setField('status', x)} error={e.status} />
      <FormError message={admin.formError} fieldErrors={e} />
      <SubmitBar text={v.stationId ? '保存修改' : '添加服务站'} pending={admin.pending} onSubmit={() => void admin.submit()} />
      <Button className='cv-btn cv-btn--plain' onClick={admin.cancel}>
        取消
      </Button>
    </View>
  )
}
