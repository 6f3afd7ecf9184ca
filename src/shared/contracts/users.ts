import * as z from '../zod'
import { ROLES } from '../domain/roles'

export const CommunityRef = z.object({ id: z.string(), name: z.string() })

/** What a signed-in user sees about themself. No openid: it identifies the user to WeChat, not to us. */
export const MeView = z.object({
  id: z.string(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  community: CommunityRef.nullable(),
  createdAt: z.string()
})
export type MeView = z.infer<typeof MeView>

export const usersContracts = {
  /** Creates the user on the first call (from the caller's OPENID) and returns them. */
  'users.me': { input: z.object({}).strict(), output: MeView }
}
