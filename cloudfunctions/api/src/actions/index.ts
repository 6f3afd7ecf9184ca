// Every action the `api` function serves. The mapped type makes the compiler insist that each contract in
// src/shared/contracts has exactly one action here, under the same name.
import type { ActionName } from '../../../../src/shared/contracts'
import type { ActionDef } from './define'
import { ping } from './system/ping'
import { me } from './users/me'
import { list as volunteersList } from './volunteers/list'
import { volunteerMe } from './volunteers/me'
import { register as volunteersRegister } from './volunteers/register'
import { review as volunteersReview } from './volunteers/review'
import { bindPhone } from './users/bindPhone'
import { updateProfile } from './users/updateProfile'
import { appointCoordinator } from './communities/appointCoordinator'
import { create as communitiesCreate } from './communities/create'
import { join as communitiesJoin } from './communities/join'
import { nearby as communitiesNearby } from './communities/nearby'
import { add as addressesAdd } from './addresses/add'
import { list as addressesList } from './addresses/list'
import { remove as addressesRemove } from './addresses/remove'
import { create as teamsCreate } from './teams/create'
import { join as teamsJoin } from './teams/join'
import { leave as teamsLeave } from './teams/leave'
import { list as teamsList } from './teams/list'
import { approve as familyApprove } from './family/approve'
import { confirm as familyConfirm } from './family/confirm'
import { link as familyLink } from './family/link'
import { list as familyList } from './family/list'

export const actions: { [A in ActionName]: ActionDef<A> } = {
  'system.ping': ping,
  'users.me': me,
  'volunteers.register': volunteersRegister,
  'volunteers.me': volunteerMe,
  'volunteers.review': volunteersReview,
  'volunteers.list': volunteersList,
  'users.updateProfile': updateProfile,
  'users.bindPhone': bindPhone,
  'communities.create': communitiesCreate,
  'communities.nearby': communitiesNearby,
  'communities.join': communitiesJoin,
  'communities.appointCoordinator': appointCoordinator,
  'addresses.list': addressesList,
  'addresses.add': addressesAdd,
  'addresses.remove': addressesRemove,
  'teams.create': teamsCreate,
  'teams.list': teamsList,
  'teams.join': teamsJoin,
  'teams.leave': teamsLeave,
  'family.link': familyLink,
  'family.confirm': familyConfirm,
  'family.approve': familyApprove,
  'family.list': familyList
}
