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

// Partial while issue 3's actions land one by one; the router answers UNKNOWN_ACTION for a missing one.
export const actions: { [A in ActionName]?: ActionDef<A> } = {
  'system.ping': ping,
  'users.me': me,
  'volunteers.register': volunteersRegister,
  'volunteers.me': volunteerMe,
  'volunteers.review': volunteersReview,
  'volunteers.list': volunteersList
}
