import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/Roster/index.css'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import { useMe } from '../../../../hooks/useMe'
import { useRosterImport } from '../../../../hooks/useRosterImport'
import { ROSTER_COLUMNS, ROSTER_REQUIRED } from '../../../../shared/domain/roster'
import RosterReport from '../../components/Roster/RosterReport'

function RosterImport() {
  const x = useRosterImport()
  return (
    <>
      <Text className='cv-notice'>
        按全国志愿服务信息系统的名册列导入本社区志愿者（CSV 或 Excel
        .xlsx，第一行为表头）。先预检：每一处错误都会列出行号和原因；全部改正后才能导入，导入要么全部成功、要么一条也不写入。导入的志愿者直接审核通过并编号，本人首次登录小程序后核对姓名、身份证号和手机号即可认领。
      </Text>
      <View className='cv-form'>
        <Text className='cv-form__title'>名册的列</Text>
        <Text className='cv-roster__columns'>{ROSTER_COLUMNS.map((c) => (ROSTER_REQUIRED.includes(c) ? `${c}（必填）` : c)).join('、')}</Text>
        <Text className='cv-roster__columns'>补录：填写「补录服务时长（小时）」时，须同时填写补录服务日期和补录来源（如：纸质台账）。</Text>
        <SubmitBar
          text={x.file ? '重新选择文件' : '选择名册文件'}
          type={x.file ? 'default' : 'primary'}
          pending={x.uploading || x.check.pending}
          onSubmit={() => void x.choose()}
        />
        {x.pickError && <Text className='cv-field__error'>{x.pickError}</Text>}
        {x.file && <Text className='cv-roster__file'>已选择：{x.file.name}</Text>}
        <FormError message={x.check.formError} fieldErrors={x.check.fieldErrors} />
        {x.report && <RosterReport r={x.report} />}
      </View>
      {x.report && !x.report.alreadyImported && (
        <View className='cv-form' id='roster-import'>
          <FormError message={x.write.formError} fieldErrors={x.write.fieldErrors} />
          {x.result ? (
            <Text className='cv-roster__summary cv-roster__summary--ok' id='roster-result'>
              导入完成：{x.result.volunteers}名志愿者已审核通过，编号 {x.result.firstNo} 至 {x.result.lastNo}
              {x.result.pastRecords > 0 ? `；补录服务记录${x.result.pastRecords}条` : ''}。
            </Text>
          ) : (
            <SubmitBar
              text={x.canImport ? `导入${x.report.volunteers}名志愿者` : '改正全部错误后才能导入'}
              disabled={!x.canImport}
              pending={x.write.pending}
              onSubmit={() => void x.importNow()}
            />
          )}
        </View>
      )}
    </>
  )
}

/** 名册导入: a roster file, its dry-run report and the all-or-nothing import (coordinators and admins). */
export default function RosterPage() {
  const { me, loading, error, reload } = useMe()
  const allowed = !!me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {!me ? (
          <LoadState loading={loading} error={error} onRetry={reload} />
        ) : allowed ? (
          <RosterImport />
        ) : (
          <Text className='cv-notice'>名册导入需要社区协调员身份。</Text>
        )}
      </View>
    </View>
  )
}
