// The caller's proxy links: ones they asked for (with the code to pass on while waiting), ones where they are the
// member, and — for a coordinator — links waiting for in-person verification, with 核实通过 / 不通过.
// (Taro's H5 Button keeps a disabled="false" attribute, which the .cv-btn[disabled] style greys out: pass
// `disabled` only when true.)
import '../resident.css'
import { Button, Text, View } from '@tarojs/components'
import { FAMILY_RELATION_LABELS, FAMILY_STATUS_LABELS, type FamilyLink } from '../../../../hooks/labels'
import { useFamilyApproval } from '../../../../hooks/useFamily'

function LinkRow({ link }: { link: FamilyLink }) {
  const who = link.iAm === 'member' ? `${link.memberName}（您本人）由家人代办` : `${FAMILY_RELATION_LABELS[link.relation]}：${link.memberName}`
  return (
    <View className='cv-item cv-item--column'>
      <Text className='cv-item__title'>{who}</Text>
      <Text className={`cv-item__badge cv-item__badge--${link.status}`}>{FAMILY_STATUS_LABELS[link.status]}</Text>
      {link.status === 'pending_member' && link.confirmCode && (
        <Text className='cv-item__meta'>
          确认码 <Text className='cv-code'>{link.confirmCode}</Text>，请告诉{link.memberName}，在其微信的「家人代办」中输入。
        </Text>
      )}
      {link.status === 'pending_coordinator' && link.iAm === 'requester' && (
        <Text className='cv-item__meta'>社区协调员会电话或上门与家人核实，核实后生效。</Text>
      )}
    </View>
  )
}

export function FamilyLinkList({ links }: { links: FamilyLink[] }) {
  const mine = links.filter((l) => l.iAm !== 'coordinator')
  if (mine.length === 0) return <Text className='cv-empty'>还没有家人代办关系</Text>
  return (
    <>
      {mine.map((l) => (
        <LinkRow key={l.id} link={l} />
      ))}
    </>
  )
}

export function FamilyApprovals({ links, onChanged }: { links: FamilyLink[]; onChanged: () => void }) {
  const approval = useFamilyApproval(onChanged)
  const waiting = links.filter((l) => l.iAm === 'coordinator' && l.status === 'pending_coordinator')
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>待核实的家人代办（协调员）</Text>
      {waiting.length === 0 && <Text className='cv-empty'>暂无需要核实的申请</Text>}
      {waiting.map((l) => (
        <View key={l.id} className='cv-item cv-item--column'>
          <Text className='cv-item__title'>
            {FAMILY_RELATION_LABELS[l.relation]}：{l.memberName}
          </Text>
          <Text className='cv-item__meta'>家人不使用手机，请电话或上门核实后再通过。</Text>
          <View className='cv-review__actions'>
            <Button className='cv-btn cv-btn--small' disabled={approval.busy === l.id || undefined} onClick={() => void approval.decide(l.id, 'approve')}>
              核实通过
            </Button>
            <Button
              className='cv-btn cv-btn--small cv-btn--danger'
              disabled={approval.busy === l.id || undefined}
              onClick={() => void approval.decide(l.id, 'reject')}
            >
              不通过
            </Button>
          </View>
        </View>
      ))}
      {approval.error && <Text className='cv-form-error'>{approval.error}</Text>}
    </View>
  )
}
