// 加入社区: type the community's code (on the notice board or from the coordinator) and join.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import SubmitBar from '../../../../components/SubmitBar'
import TextField from '../../../../components/TextField'
import type { useCommunityJoin } from '../../../../hooks/useCommunity'

export default function JoinCommunity({ join, inCommunity }: { join: ReturnType<typeof useCommunityJoin>; inCommunity: boolean }) {
  const [code, setCode] = useState('')
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>{inCommunity ? '更换社区' : '加入社区'}</Text>
      <Text className='cv-form__intro'>
        {inCommunity ? '搬家了？输入新社区的编码即可更换，每人同一时间只属于一个社区。' : '输入社区编码加入社区。编码可在社区公告栏或向社区工作人员询问。'}
      </Text>
      <TextField
        label='社区编码'
        name='code'
        value={code}
        onChange={(v) => {
          setCode(v.toUpperCase())
          join.clearField('code')
        }}
        error={join.fieldErrors.code}
        placeholder='例如：HZJB01'
        maxLength={8}
      />
      <FormError message={join.formError} />
      <SubmitBar text='加入社区' pending={join.pending} onSubmit={() => void join.joinByCode(code).then((c) => c && setCode(''))} />
    </View>
  )
}
