// 社区协调员: who coordinates the community; for street and platform admins, 解除 beside each (the server keeps the
// last one), and appointing a member found by nickname or named by user id (OPENID).
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import TextField from '../../../../components/TextField'
import type { useCoordinators } from '../../../../hooks/useCommunityAdmin'

interface Props {
  c: ReturnType<typeof useCoordinators>
  /** Street or platform admin: may appoint and remove (a coordinator only sees the list). */
  administers: boolean
}

function Appoint({ c }: { c: Props['c'] }) {
  const [query, setQuery] = useState('')
  const [userId, setUserId] = useState('')
  return (
    <View className='cv-form' id='appoint'>
      <Text className='cv-form__title'>任命协调员</Text>
      <Text className='cv-form__intro'>协调员须是本社区成员（已加入本社区）。按昵称查找，或输入其用户编号（对方在「居民 → 个人资料」可查看）。</Text>
      <TextField
        label='按昵称查找'
        name='query'
        value={query}
        onChange={(v) => {
          setQuery(v)
          c.search.clearField('query')
        }}
        error={c.search.fieldErrors.query}
        placeholder='输入昵称中的几个字'
        maxLength={20}
      />
      <Button className='cv-btn cv-btn--plain' id='member-search' disabled={c.search.pending || undefined} onClick={() => void c.find(query)}>
        查找成员
      </Button>
      <FormError message={c.search.formError} />
      {c.found && c.found.length === 0 && <Text className='cv-empty'>没有找到昵称包含“{query.trim()}”的本社区成员</Text>}
      {c.found?.map((m) => (
        <View key={m.userId} className='cv-person' id={`member-${m.userId}`}>
          <View className='cv-person__body'>
            <Text className='cv-person__name'>{m.nickname}</Text>
            <Text className='cv-person__id'>用户编号 {m.userId}</Text>
          </View>
          {m.isCoordinator ? (
            <Text className='cv-person__tag'>已是协调员</Text>
          ) : (
            <Button className='cv-btn cv-btn--small' disabled={c.appoint.pending || undefined} onClick={() => void c.appointUser(m.userId)}>
              任命
            </Button>
          )}
        </View>
      ))}
      <TextField
        label='或输入用户编号'
        name='userId'
        value={userId}
        onChange={(v) => {
          setUserId(v)
          c.appoint.clearField('userId')
        }}
        error={c.appoint.fieldErrors.userId}
        placeholder='用户编号（OPENID）'
        maxLength={64}
      />
      <FormError message={c.appoint.formError} />
      <Button
        className='cv-btn'
        id='appoint-by-id'
        disabled={c.appoint.pending || undefined}
        onClick={() => void c.appointUser(userId).then((ok) => ok && setUserId(''))}
      >
        任命为协调员
      </Button>
    </View>
  )
}

export default function Coordinators({ c, administers }: Props) {
  const people = c.list.data?.coordinators ?? []
  return (
    <>
      <View className='cv-form' id='coordinator-list'>
        <Text className='cv-form__title'>本社区协调员（{people.length}）</Text>
        <LoadState loading={c.list.loading && !c.list.data} error={c.list.error} onRetry={c.list.reload} />
        {c.list.data && people.length === 0 && <Text className='cv-empty'>还没有协调员，请在下方任命</Text>}
        {administers && people.length === 1 && <Text className='cv-form__intro'>社区至少保留一名协调员：要更换，请先任命新的协调员，再解除原来的。</Text>}
        <FormError message={c.removeError} />
      </View>
      {people.map((p) => (
        <View key={p.userId} className='cv-person' id={`coordinator-${p.userId}`}>
          <View className='cv-person__body'>
            <Text className='cv-person__name'>{p.nickname}</Text>
            <Text className='cv-person__id'>用户编号 {p.userId}</Text>
          </View>
          {administers && (
            <Button
              className='cv-btn cv-btn--small cv-btn--plain'
              disabled={c.removing === p.userId || undefined}
              onClick={() => void c.remove(p.userId, p.nickname)}
            >
              解除
            </Button>
          )}
        </View>
      ))}
      {administers && <Appoint c={c} />}
    </>
  )
}
