import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/street.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import TextField from '../../../../components/TextField'
import { STREET_PAGES } from '../../../../hooks/streetRoutes'
import { useStreetsAdmin } from '../../../../hooks/useStreetsAdmin'
import type { StreetView } from '../../../../shared/contracts'

type Admin = ReturnType<typeof useStreetsAdmin>

function NewStreet({ a }: { a: Admin }) {
  const [name, setName] = useState('')
  const [minutes, setMinutes] = useState('')
  const submit = async () => {
    if (await a.createStreet(name, minutes)) {
      setName('')
      setMinutes('')
    }
  }
  return (
    <View className='cv-form' id='street-new'>
      <Text className='cv-form__title'>新建街道</Text>
      <TextField
        label='街道名称'
        name='name'
        required
        value={name}
        maxLength={30}
        placeholder='例如：江北街道'
        error={a.createErrors.name}
        onChange={(v) => {
          setName(v)
          a.clearCreateField('name')
        }}
      />
      <TextField
        label='上报街道时限（分钟）'
        name='escalationMinutes'
        type='number'
        value={minutes}
        placeholder='默认30分钟'
        hint='社区超时后仍无人接单，再过这么久上报到街道'
        error={a.createErrors.escalationMinutes}
        onChange={(v) => {
          setMinutes(v)
          a.clearCreateField('escalationMinutes')
        }}
      />
      <FormError message={a.createError} fieldErrors={a.createErrors} />
      <Button className='cv-btn' disabled={a.creating || undefined} onClick={() => void submit()}>
        {a.creating ? '正在创建…' : '创建街道'}
      </Button>
    </View>
  )
}

function StreetCard({ s, a }: { s: StreetView; a: Admin }) {
  const [userId, setUserId] = useState('')
  const mine = a.appointingIn === s.id
  return (
    <View className='cv-street__card' id={`street-${s.id}`}>
      <View className='cv-street__card-head'>
        <Text className='cv-street__card-title'>{s.name}</Text>
        <Text className='cv-street__code'>上报时限{s.escalationMinutes}分钟</Text>
      </View>
      <Text className='cv-street__label'>社区：{s.communities.length ? s.communities.map((c) => c.name).join('、') : '暂无'}</Text>
      <Text className='cv-street__label'>街道管理员</Text>
      {s.admins.length === 0 && <Text className='cv-street__meta'>尚未任命</Text>}
      {s.admins.map((u) => (
        <View key={u.userId} className='cv-street-admin'>
          <Text className='cv-street-admin__name'>{u.nickname}</Text>
          <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => void a.removeAdmin(s.id, u.userId, u.nickname)}>
            解除
          </Button>
        </View>
      ))}
      <TextField
        label='任命街道管理员（用户编号）'
        name={`userId-${s.id}`}
        value={userId}
        placeholder='请输入对方的用户编号'
        hint='对方在「居民 → 个人资料」可查看并复制自己的用户编号'
        error={mine ? a.appointErrors.userId : undefined}
        onChange={setUserId}
      />
      {mine && <FormError message={a.appointError} />}
      <View className='cv-street__links'>
        <Button
          className='cv-btn'
          disabled={(a.appointing && mine) || !userId.trim() || undefined}
          onClick={() => void a.appointAdmin(s.id, userId).then((ok) => ok && setUserId(''))}
        >
          {a.appointing && mine ? '正在任命…' : '任命'}
        </Button>
        <Button className='cv-btn cv-btn--plain' onClick={() => void Taro.navigateTo({ url: STREET_PAGES.home(s.id) })}>
          查看工作台
        </Button>
      </View>
    </View>
  )
}

function Streets() {
  const a = useStreetsAdmin(true)
  return (
    <>
      <LoadState loading={a.loading && !a.streets} error={a.error} onRetry={a.reload} />
      <FormError message={a.removeError} />
      {a.streets?.map((s) => (
        <StreetCard key={s.id} s={s} a={a} />
      ))}
      {a.streets && a.streets.length === 0 && <Text className='cv-empty'>还没有街道</Text>}
      <NewStreet a={a} />
    </>
  )
}

/** 街道管理 (platform admins): the streets, a new one, and who runs each (街道管理员). */
export default function StreetsPage() {
  return <MePage>{(me) => (me.roles.includes('admin') ? <Streets /> : <Text className='cv-notice'>街道管理需要平台管理员身份。</Text>)}</MePage>
}
