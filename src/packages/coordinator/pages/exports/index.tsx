import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/Exports/index.css'
import type { ReactNode } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import { useExports, type RecordsMode } from '../../../../hooks/useExports'
import { useMe } from '../../../../hooks/useMe'
import type { UseAction } from '../../../../hooks/useAction'
import type { ActionName, ExportKind } from '../../../../shared/contracts'
import ExportResult from '../../components/Exports/ExportResult'
import TextField from '../../../../components/TextField'
import type { MeView } from '../../../../shared/contracts'

type Exports = ReturnType<typeof useExports>
const MODES: { value: RecordsMode; label: string }[] = [
  { value: 'month', label: '按月' },
  { value: 'range', label: '按日期范围' }
]

function PickRow({
  value,
  name,
  error,
  label,
  mode,
  fields,
  onChange
}: {
  value: string
  name: string
  error?: string
  label: string
  mode: 'date'
  fields?: 'year' | 'month' | 'day'
  onChange: (v: string) => void
}) {
  return (
    <Field label={label} name={name} error={error}>
      <Picker mode={mode} fields={fields} value={value} start='2000-01-01' end='2100-12-31' onChange={(e) => onChange(String(e.detail.value))}>
        <View className='cv-export__pick'>
          <Text className='cv-export__value'>{value}</Text>
          <Text className='cv-export__change'>修改 ›</Text>
        </View>
      </Picker>
    </Field>
  )
}

function Card<A extends ActionName>({
  kind,
  title,
  intro,
  button,
  action,
  x,
  run,
  children
}: {
  kind: ExportKind
  title: string
  intro: string
  button: string
  action: UseAction<A>
  x: Exports
  run: () => void
  children?: ReactNode
}) {
  return (
    <View className='cv-form' id={`export-${kind}`}>
      <Text className='cv-form__title'>{title}</Text>
      <Text className='cv-form__intro'>{intro}</Text>
      {children}
      <FormError message={action.formError} fieldErrors={action.fieldErrors} />
      <SubmitBar text={button} pending={action.pending} onSubmit={run} />
      <ExportResult kind={kind} r={x.results[kind]} onAgain={() => void x.again(kind)} onCopy={() => void x.copyLink(kind)} />
    </View>
  )
}

/** 全量名册: unmasked ID numbers and phones — street admins (their street) and platform admins (their community). */
function NationalCard({ x, me }: { x: Exports; me: MeView }) {
  const street = me.roles.includes('street_admin')
  const communityId = street ? undefined : me.community?.id
  return (
    <Card
      kind='nationalRoster'
      title='全量名册（报送用）'
      intro={`按全国志愿服务信息系统导入格式导出${street ? '本街道各社区' : '本社区'}志愿者的全部字段，证件号码和手机号不打码。仅供报送使用，请写明用途；导出记入审计日志，下载链接1小时内有效。`}
      button='导出全量名册'
      action={x.national}
      x={x}
      run={() => void x.exportNational(communityId)}
    >
      <TextField
        label='导出用途'
        name='purpose'
        required
        value={x.purpose}
        error={x.national.fieldErrors.purpose}
        placeholder='如：报送全国志愿服务信息系统'
        maxLength={100}
        onChange={x.setPurpose}
      />
    </Card>
  )
}

function Exports({ me }: { me: MeView }) {
  const x = useExports()
  const community = me.roles.includes('coordinator') || me.roles.includes('admin')
  const national = me.roles.includes('street_admin') || me.roles.includes('admin')
  if (!community) return national ? <NationalCard x={x} me={me} /> : null
  return (
    <>
      <Text className='cv-notice'>导出 CSV 文件，列名与全国志愿服务信息系统一致，可用 Excel 打开。证件号码、电话均已打码；每次导出都会留存记录。</Text>
      <Card
        kind='volunteers'
        title='志愿者名册'
        intro='本社区审核通过的志愿者，按志愿者编号排列，含累计服务时长。'
        button='导出志愿者名册'
        action={x.volunteers}
        x={x}
        run={() => void x.exportVolunteers()}
      />
      <Card
        kind='records'
        title='服务记录'
        intro='按服务日期导出本社区的志愿服务记录：服务内容、地点、起止时间与时长。'
        button='导出服务记录'
        action={x.records}
        x={x}
        run={() => void x.exportRecords()}
      >
        <Field label='时间范围' name='records-mode'>
          <Chips name='records-mode' options={MODES} value={x.mode} onChange={x.setMode} />
        </Field>
        {x.mode === 'month' ? (
          <PickRow
            label='月份'
            name='month'
            mode='date'
            fields='month'
            value={x.month}
            error={x.records.fieldErrors.month}
            onChange={(v) => x.setMonth(v.slice(0, 7))}
          />
        ) : (
          <>
            <PickRow label='开始日期' name='from' mode='date' value={x.range.from} error={x.records.fieldErrors.from} onChange={(v) => x.setDay('from', v)} />
            <PickRow label='结束日期' name='to' mode='date' value={x.range.to} error={x.records.fieldErrors.to} onChange={(v) => x.setDay('to', v)} />
          </>
        )}
      </Card>
      <Card
        kind='monthlySummary'
        title='月度汇总'
        intro='一年中每月的服务人数、服务记录数和服务时长，另按服务内容分列，末行为全年合计。'
        button='导出月度汇总'
        action={x.summary}
        x={x}
        run={() => void x.exportSummary()}
      >
        <PickRow
          label='年份'
          name='year'
          mode='date'
          fields='year'
          value={String(x.year)}
          error={x.summary.fieldErrors.year}
          onChange={(v) => x.setYear(Number(v.slice(0, 4)))}
        />
      </Card>
      {national && <NationalCard x={x} me={me} />}
    </>
  )
}

/** 导出: volunteer roll, service records and the monthly summary as CSV (coordinators and admins). */
export default function ExportsPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = !!me && (me.roles.includes('coordinator') || me.roles.includes('admin') || me.roles.includes('street_admin'))
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me ? (
          <LoadState loading={loading} error={error} onRetry={reload} />
        ) : allowed ? (
          <Exports me={me} />
        ) : (
          <Text className='cv-notice'>导出需要社区协调员身份。</Text>
        )}
      </View>
    </View>
  )
}
