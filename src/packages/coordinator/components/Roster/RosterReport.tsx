// The dry-run report of a roster file: how many rows, then either every bad row (row number as the spreadsheet
// shows it, the column, the reason) or what the import will create.
import { Text, View } from '@tarojs/components'
import type { RosterImportResult } from '../../../../shared/contracts'
import { formatMinutes } from '../../../../shared/time'

export default function RosterReport({ r }: { r: RosterImportResult }) {
  if (r.alreadyImported)
    return <Text className='cv-roster__summary cv-roster__summary--ok'>这个文件已经导入过本社区（{r.volunteers}名志愿者），再次导入不会重复添加。</Text>
  if (r.problemCount > 0)
    return (
      <View className='cv-roster__report' id='roster-problems'>
        <Text className='cv-roster__summary cv-roster__summary--bad'>
          共{r.rows}行，发现{r.problemCount}处错误。请在文件中改正后重新选择文件，改正前不会导入任何数据。
        </Text>
        {r.problems.map((p, i) => (
          <Text key={i} className='cv-roster__problem'>
            <Text className='cv-roster__row'>第{p.row}行</Text>
            {p.column ? ` · ${p.column}：` : '：'}
            {p.message}
          </Text>
        ))}
        {r.problems.length < r.problemCount && (
          <Text className='cv-roster__problem'>……其余{r.problemCount - r.problems.length}处错误请改正以上各行后再次预检。</Text>
        )}
      </View>
    )
  return (
    <Text className='cv-roster__summary cv-roster__summary--ok' id='roster-clean'>
      预检通过：共{r.rows}行，将导入{r.volunteers}名志愿者
      {r.pastRecords > 0 ? `，补录服务记录${r.pastRecords}条共${formatMinutes(r.pastMinutes)}` : ''}。
    </Text>
  )
}
