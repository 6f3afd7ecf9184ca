import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { SingleChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import SubmitBar from '../../../../components/SubmitBar'
import TeamCard from '../../../../components/TeamCard'
import TextField from '../../../../components/TextField'
import { TEAM_PAGES, useCategoryLabels, useTeamAdmin } from '../../../../hooks/useTeams'
import type { MeView } from '../../../../shared/contracts'

function NewTeam({ admin }: { admin: ReturnType<typeof useTeamAdmin> }) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState('')
  const [slogan, setSlogan] = useState('')
  const kinds = (admin.list.data?.kinds ?? []).filter((k) => !k.retired)
  const { fieldErrors, formError, pending, clearField } = admin.create
  const submit = async () => {
    if (await admin.found({ name, kind, slogan })) {
      setName('')
      setSlogan('')
    }
  }
  return (
    <View className='cv-form' id='team-new'>
      <Text className='cv-form__title'>组建服务队</Text>
      <Text className='cv-form__intro'>您是新队的队长，队员加入后可把队长交给队员。</Text>
      <TextField
        label='队伍名称'
        name='name'
        required
        value={name}
        maxLength={30}
        error={fieldErrors.name}
        onChange={(v) => (setName(v), clearField('name'))}
      />
      <SingleChoiceField
        label='类型'
        name='kind'
        required
        value={kind}
        error={fieldErrors.kind}
        options={kinds.map((k) => ({ value: k.key, label: k.label }))}
        onChange={(v) => (setKind(v), clearField('kind'))}
      />
      <TextField label='口号（选填）' name='slogan' value={slogan} maxLength={50} error={fieldErrors.slogan} onChange={setSlogan} />
      <FormError message={formError} fieldErrors={fieldErrors} />
      <SubmitBar text='创建服务队' pending={pending} onSubmit={() => void submit()} />
    </View>
  )
}

function Teams({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator')
  const admin = useTeamAdmin()
  const { labelOf } = useCategoryLabels()
  if (!allowed) return <Text className='cv-notice'>团队管理需要社区协调员身份。</Text>
  const teams = admin.list.data?.teams ?? []
  return (
    <>
      <Button className='cv-btn cv-btn--plain' id='team-kinds' onClick={() => void Taro.navigateTo({ url: TEAM_PAGES.kinds })}>
        服务队类型设置
      </Button>
      <Text className='cv-form__title'>本社区的服务队（{teams.length}）</Text>
      <LoadState loading={admin.list.loading && !admin.list.data} error={admin.list.error} onRetry={admin.list.reload} />
      {admin.list.data && teams.length === 0 && <Text className='cv-empty'>还没有服务队，请在下方组建</Text>}
      {teams.map((t) => (
        <TeamCard key={t.id} team={t} labelOf={labelOf}>
          <Button className='cv-btn cv-btn--small' onClick={() => void Taro.navigateTo({ url: TEAM_PAGES.edit(t.id) })}>
            管理
          </Button>
        </TeamCard>
      ))}
      <NewTeam admin={admin} />
    </>
  )
}

/** 团队管理: found 志愿服务队, list them with what they serve, and open one to manage it. */
export default function TeamsAdminPage() {
  return <MePage>{(me) => <Teams me={me} />}</MePage>
}
