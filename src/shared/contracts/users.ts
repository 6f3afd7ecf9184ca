import * as z from '../zod'
import { ROLES } from '../domain/roles'
import { nickname } from './fields'
import { ConsentView } from './privacy'

export const CommunityRef = z.object({ id: z.string(), name: z.string() })

/** What a signed-in user sees about themself. No openid: it identifies the user to WeChat, not to us. */
export const MeView = z.object({
  id: z.string(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  community: CommunityRef.nullable(),
  /** The caller's own storage folder key: uploads go under `<folder>/<uploadKey>/`, which the server checks. */
  uploadKey: z.string(),
  createdAt: z.string(),
  /** The guide version the user agreed to (null: never); `personal` actions need it to equal privacyVersion. */
  consent: ConsentView.nullable(),
  /** The current 《用户隐私保护指引》 version (src/shared/privacy/guide.ts). */
  privacyVersion: z.string()
})
export type MeView = z.infer<typeof MeView>

export const usersContracts = {
  /** Creates the user on the first call (from the caller's OPENID) and returns them. */
  'users.me': { input: z.object({}).strict(), output: MeView },
  /** Nickname and avatar (chooseAvatar → cloud storage fileID); text goes through content security. */
  'users.updateProfile': {
    input: z
      .object({
        nickname: nickname.optional(),
        avatarUrl: z
          .string()
          .max(500)
          .regex(/^(cloud:\/\/|https:\/\/)/, '头像地址不正确')
          .optional()
      })
      .strict(),
    output: MeView
  },
  /** The code from a getPhoneNumber button, exchanged on the server; the phone is returned masked. */
  'users.bindPhone': { input: z.object({ code: z.string().min(1).max(200) }).strict(), output: z.object({ phoneMasked: z.string() }) }
}
