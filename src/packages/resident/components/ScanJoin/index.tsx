// 扫码加入: the page was opened from a community's join 小程序码 (weapp: options.scene, URL-encoded; H5: ?scene=).
// Someone in no community yet joins at once — that is what they scanned for. Someone already in a community is
// asked first: moving ends their volunteer and coordinator roles there (communities.join), which no scan should
// do by surprise. A scene that is not a community code is said so, and nothing is sent.
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import type { useCommunityJoin } from '../../../../hooks/useCommunity'
import type { MeView } from '../../../../shared/contracts'

interface Props {
  code: string | null
  me: MeView
  join: ReturnType<typeof useCommunityJoin>
}

export default function ScanJoin({ code, me, join }: Props) {
  const tried = useRef(false)
  const [done, setDone] = useState(false)
  const { joinByCode } = join
  const current = me.community
  useEffect(() => {
    if (!code || current || tried.current) return
    tried.current = true
    void joinByCode(code).then((c) => c && setDone(true))
  }, [code, current, joinByCode])

  if (!code)
    return (
      <View className='cv-form' id='scan-join'>
        <Text className='cv-form__title'>扫码加入</Text>
        <Text className='cv-notice'>这个二维码不是社区入驻码，请在下方输入社区编码加入。</Text>
      </View>
    )
  const joined = join.joined && join.joined.code === code ? join.joined : null
  return (
    <View className='cv-form' id='scan-join'>
      <Text className='cv-form__title'>扫码加入社区</Text>
      {joined || done ? (
        <Text className='cv-current' id='scan-joined'>
          已加入{joined?.name ?? current?.name ?? ''}（编码 {code}）
        </Text>
      ) : (
        <>
          <Text className='cv-form__intro'>
            {current
              ? `您扫描的是社区编码 ${code} 的入驻二维码。您目前属于「${current.name}」，如果这是另一个社区，加入后将离开原社区，志愿者和协调员身份需新社区重新审核或任命。`
              : `正在加入社区编码 ${code} 的社区…`}
          </Text>
          <FormError message={join.formError ?? join.fieldErrors.code ?? null} />
          {current && <SubmitBar text='加入该社区' pending={join.pending} onSubmit={() => void joinByCode(code)} />}
        </>
      )}
    </View>
  )
}
