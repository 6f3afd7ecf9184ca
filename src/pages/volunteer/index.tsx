import RoleHome from '../../components/RoleHome'

const CENTER = { label: '志愿者中心', url: '/packages/volunteer/pages/home/index' }
const REGISTER = { label: '注册成为志愿者', url: '/packages/volunteer/pages/register/index' }
const LATER = [{ label: '抢单大厅' }, { label: '服务记录' }]

export default function VolunteerTab() {
  return (
    <RoleHome
      title='志愿者'
      role='volunteer'
      note='您当前还不是志愿者。实名注册并经社区审核通过后，即可参与志愿服务。'
      // Approved volunteers go to their centre (志愿者编号); everyone else starts with registration.
      entries={(me) => (me?.roles.includes('volunteer') ? [CENTER, ...LATER] : [REGISTER, CENTER, ...LATER])}
    />
  )
}
