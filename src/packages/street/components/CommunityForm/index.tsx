// 新建/编辑社区: name and code (street and platform admins; a coordinator sees them but cannot change them), address,
// map point (mini-program: picked on WeChat's map; H5: latitude and longitude typed in) and 常住人口.
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { CAN_LOCATE, choosePlace } from '../../../../hooks/location'
import type { useCommunityEdit } from '../../../../hooks/useCommunityEdit'

/** The first error under `prefix` (the server may name `location.latitude`). */
const under = (errors: Record<string, string>, prefix: string) => errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1]

interface Props {
  edit: ReturnType<typeof useCommunityEdit>
  isNew: boolean
  onSubmit: () => void
}

export default function CommunityForm({ edit, isNew, onSubmit }: Props) {
  const { values: v, setField } = edit.form
  const e = edit.fieldErrors
  const stored = edit.detail.data
  const codeChanged = !!stored && v.code.trim().toUpperCase() !== stored.code
  const pick = async () => {
    const place = await choosePlace()
    if (!place) return
    setField('latitude', String(place.location.latitude))
    setField('longitude', String(place.location.longitude))
    if (!v.address.trim()) setField('address', `${place.address}${place.name}`.slice(0, 100))
  }
  const identityHint = edit.canEditIdentity ? undefined : '社区名称和编码由街道管理员修改'
  return (
    <View className='cv-form' id='community-form'>
      <Text className='cv-form__title'>{isNew ? '新建社区' : '编辑社区'}</Text>
      <TextField
        label='社区名称'
        name='name'
        required
        value={v.name}
        onChange={(x) => setField('name', x)}
        error={e.name}
        placeholder='例如：文昌社区'
        maxLength={30}
        disabled={!edit.canEditIdentity}
        hint={identityHint}
      />
      <TextField
        label='社区编码'
        name='code'
        required
        value={v.code}
        onChange={(x) => setField('code', x.toUpperCase())}
        error={e.code}
        placeholder='4–8位大写字母或数字，例如 HZJB01'
        maxLength={8}
        disabled={!edit.canEditIdentity}
        hint={
          codeChanged ? '修改编码后，已张贴的入驻二维码将失效，请重新打印' : edit.canEditIdentity ? '居民输入或扫码加入时使用，不能与其他社区重复' : undefined
        }
      />
      <TextField
        label='社区地址'
        name='address'
        required
        value={v.address}
        onChange={(x) => setField('address', x)}
        error={e.address}
        placeholder='区、街道、路名或社区服务中心地址'
        maxLength={100}
      />
      {CAN_LOCATE ? (
        <View className='cv-field' id='field-location'>
          <Button className='cv-btn cv-btn--plain' onClick={() => void pick()}>
            在地图上选择位置（当前 {Number(v.latitude).toFixed(4)}, {Number(v.longitude).toFixed(4)}）
          </Button>
          {under(e, 'location') && <Text className='cv-field__error'>{under(e, 'location')}</Text>}
        </View>
      ) : (
        <>
          <Text className='cv-form__intro'>网页版无法在地图上选点，请输入社区中心的纬度和经度（用于“附近的社区”和签到范围）。</Text>
          <View className='cv-pair'>
            <TextField label='纬度' name='latitude' type='digit' value={v.latitude} onChange={(x) => setField('latitude', x)} error={under(e, 'location')} />
            <TextField label='经度' name='longitude' type='digit' value={v.longitude} onChange={(x) => setField('longitude', x)} />
          </View>
        </>
      )}
      <TextField
        label='常住人口'
        name='population'
        type='number'
        value={v.population}
        onChange={(x) => setField('population', x)}
        error={e.population}
        placeholder='选填，例如 5200'
        hint='工作台按常住人口计算志愿者占比；不填则按注册居民计算'
        maxLength={8}
      />
      <FormError message={edit.formError} fieldErrors={e} />
      <SubmitBar text={isNew ? '创建社区' : '保存修改'} pending={edit.pending} onSubmit={onSubmit} />
    </View>
  )
}
