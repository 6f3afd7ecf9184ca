// 个人资料: the nickname (users.updateProfile, checked by content security on the server), the avatar
// (mini-program chooseAvatar → cloud storage → users.updateProfile) and binding a phone number (users.bindPhone:
// the getPhoneNumber button's code in the mini-program; `local-phone:<number>` against the local cloud in H5).
import { useCallback, useState } from 'react'
import { uploadImage } from '../api/storage'
import { phone as phoneSchema } from '../shared/contracts'
import { announceMeChanged } from './meEvents'
import { schemaErrors } from './formErrors'
import { useAction } from './useAction'
import { toClientError } from './useQuery'
import { blockPersonalSubmission, CONSENT_BLOCKED_MESSAGE, consentStatus } from './useConsent'

export function useProfile() {
  const update = useAction('users.updateProfile', { personal: true, fields: ['nickname'] })
  const bind = useAction('users.bindPhone', { personal: true, fields: [] })
  const [saved, setSaved] = useState(false)
  const [phoneMasked, setPhoneMasked] = useState<string | null>(null)
  const [phoneError, setPhoneError] = useState<string | undefined>()
  const [avatarError, setAvatarError] = useState<string | null>(null)

  const saveNickname = useCallback(
    async (nickname: string) => {
      setSaved(false)
      const me = await update.run({ nickname: nickname.trim() })
      if (me) {
        setSaved(true)
        announceMeChanged()
      }
      return me
    },
    [update]
  )

  const saveAvatar = useCallback(
    async (tempFilePath: string) => {
      setAvatarError(null)
      if (consentStatus() === 'needed') {
        // the avatar is personal: not uploaded before consent
        setAvatarError(CONSENT_BLOCKED_MESSAGE)
        blockPersonalSubmission()
        return
      }
      try {
        const avatarUrl = await uploadImage('avatars', tempFilePath)
        if (await update.run({ avatarUrl })) announceMeChanged()
      } catch (e) {
        setAvatarError(toClientError(e).message)
      }
    },
    [update]
  )

  /** Mini-program: the code from the getPhoneNumber button. */
  const bindWithCode = useCallback(
    async (code: string) => {
      const r = await bind.run({ code })
      if (r) setPhoneMasked(r.phoneMasked)
    },
    [bind]
  )

  /** H5 local mode: the local cloud's stand-in for WeChat's phone service accepts `local-phone:<number>`. */
  const bindLocalPhone = useCallback(
    async (phone: string) => {
      const problem = schemaErrors(phoneSchema, phone.trim())._
      setPhoneError(problem)
      if (!problem) await bindWithCode(`local-phone:${phone.trim()}`)
    },
    [bindWithCode]
  )

  return {
    saveNickname,
    nicknamePending: update.pending,
    nicknameError: update.fieldErrors.nickname,
    updateError: update.formError,
    saved,
    saveAvatar,
    avatarError,
    bindWithCode,
    bindLocalPhone,
    phoneMasked,
    phoneError,
    clearPhoneError: () => setPhoneError(undefined),
    bindPending: bind.pending,
    bindError: bind.formError
  }
}
