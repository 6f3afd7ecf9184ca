import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import { useTeamKinds } from '../../../../hooks/useTeams'

interface Row {
  key: string | null
  label: string
  retired: boolean
}

/** 服务队类型: rename, add, retire or restore the community's team kinds (kinds in use are retired, never deleted). */
export default function TeamKindsPage() {
  const { list, save, run } = useTeamKinds()
  const [rows, setRows] = useState<Row[]>([])
  const [added, setAdded] = useState('')
  useEffect(() => setRows(list.data?.kinds ?? []), [list.data])
  const change = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const add = () => {
    if (!added.trim()) return
    setRows((rs) => [...rs, { key: null, label: added.trim(), retired: false }])
    setAdded('')
  }
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={list.loading && !list.data} error={list.error} onRetry={list.reload} />
        {list.data && (
          <View className='cv-form' id='team-kinds-form'>
            <Text className='cv-form__title'>本社区的服务队类型</Text>
            <Text className='cv-form__intro'>可以改名、新增或停用；已停用的类型不能用于新建服务队，已有的队伍不受影响。</Text>
            {rows.map((r, i) => (
              <View key={r.key ?? `new-${i}`} className='cv-team-member'>
                <View style={{ flex: 1 }}>
                  <TextField
                    label={r.retired ? '类型（已停用）' : '类型'}
                    name={`kind-${i}`}
                    value={r.label}
                    maxLength={10}
                    onChange={(v) => change(i, { label: v })}
                  />
                </View>
                <Button
                  className={`cv-btn cv-btn--small${r.retired ? ' cv-btn--plain' : ' cv-btn--danger'}`}
                  onClick={() => change(i, { retired: !r.retired })}
                >
                  {r.retired ? '恢复' : '停用'}
                </Button>
              </View>
            ))}
            <TextField label='新增类型' name='kind-new' value={added} maxLength={10} placeholder='如：劳模志愿队' onChange={setAdded} />
            <Button className='cv-btn cv-btn--plain' onClick={add}>
              添加到列表
            </Button>
            <FormError message={save.formError ?? save.fieldErrors.kinds ?? null} fieldErrors={save.fieldErrors} />
            <SubmitBar text='保存类型' pending={save.pending} onSubmit={() => void run(rows.map((r) => ({ ...r, label: r.label.trim() })))} />
          </View>
        )}
      </View>
    </View>
  )
}
