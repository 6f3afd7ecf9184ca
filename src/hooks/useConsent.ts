// First-use consent to 《用户隐私保护指引》 on the client. What the server said last (users.me: `consent` and
// `privacyVersion`) is kept here for the whole app, so a form can refuse to send personal fields before the user
// agreed (useAction's `personal` option) without asking the server again. The server refuses too
// (CONSENT_REQUIRED): this side only makes sure nothing personal leaves the phone first.
// weapp: WeChat's own privacy authorization (wx.onNeedPrivacyAuthorization, `__usePrivacyCheck__` in app.config)
// asks through the same consent screen; its agree button (open-type agreePrivacyAuthorization) records both.
import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { callApi } from '../api/client'
import type { MeView } from '../shared/contracts'
import { PRIVACY_VERSION } from '../shared/privacy/guide'
import { announceMeChanged } from './meEvents'
import { toClientError } from './useQuery'

export type ConsentStatus = 'unknown' | 'agreed' | 'needed'

export const PRIVACY_GUIDE_URL = '/packages/resident/pages/privacy/index'
/** Shown where a personal submission was stopped (the server's CONSENT_REQUIRED message says the same). */
export const CONSENT_BLOCKED_MESSAGE = '请先阅读并同意《用户隐私保护指引》后再提交'

const CHANGED = 'consent:changed'
let status: ConsentStatus = 'unknown'
let userId = ''
/** The user answered 不同意 (or closed the screen) in this launch: the launch screen is not shown again. */
let declined = false
/** WeChat's pending privacy request (weapp): resolved by our agree / disagree buttons. */
let wxResolve: ((option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void) | null = null
let wxAsking = false

const changed = () => Taro.eventCenter.trigger(CHANGED)

/** Called with every users.me reply (useMe): the consent the server holds for this user. */
export function noteMe(me: Pick<MeView, 'id' | 'consent' | 'privacyVersion'>): void {
  if (me.id !== userId) declined = false // another identity (H5 role switcher): ask them afresh
  userId = me.id
  const next: ConsentStatus = me.consent?.version === me.privacyVersion ? 'agreed' : 'needed'
  if (next !== status) {
    status = next
    changed()
  }
}

/** Whether personal fields may be sent now ('unknown': the server decides and refuses without consent). */
export function consentStatus(): ConsentStatus {
  return status
}

/** The form's answer when a personal submission is stopped: say why, then open the guide to agree. */
export function blockPersonalSubmission(): void {
  Taro.navigateTo({ url: `${PRIVACY_GUIDE_URL}?agree=1` }).catch(() => undefined)
}

/** weapp only, once (app.ts): WeChat asks before a privacy API (location, phone, album…) until the user agreed. */
export function listenForWechatPrivacy(): void {
  // Absent before base library 2.32.3 (and in miniprogram-simulate): there the server-side consent still applies.
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    wxResolve = resolve
    wxAsking = true
    changed() // a tab page shows the consent screen over itself (ConsentGate)
    const route = Taro.getCurrentPages().slice(-1)[0]?.route ?? ''
    if (!route.startsWith('pages/')) Taro.navigateTo({ url: `${PRIVACY_GUIDE_URL}?agree=1` }).catch(() => undefined) // elsewhere: the guide page asks
    resolve({ event: 'exposureAuthorization' }) // the user is being shown the guide
  })
}

export interface UseConsent {
  status: ConsentStatus
  /** The consent screen should show now: first launch without (current) consent, or WeChat asked. */
  asking: boolean
  pending: boolean
  error: string | null
  /** Records consent (me.consent); `buttonId` is the weapp agree button's id, for WeChat's own check. */
  agree: (buttonId?: string) => Promise<boolean>
  /** 不同意: the app stays browsable; personal submissions stay blocked. */
  decline: () => void
}

/** The consent state for a screen; `launch`: this screen shows the consent screen on first launch. */
export function useConsent({ launch = false }: { launch?: boolean } = {}): UseConsent {
  const [, setTick] = useState(0)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1)
    Taro.eventCenter.on(CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED, onChange)
    }
  }, [])

  const agree = useCallback(async (buttonId?: string) => {
    setPending(true)
    setError(null)
    try {
      const requestId = `consent-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
      // The version of the text this app shows: a stale app is told the guide changed (CONSENT_VERSION_OUTDATED).
      await callApi('me.consent', { version: PRIVACY_VERSION, requestId })
      wxResolve?.({ event: 'agree', buttonId })
      wxResolve = null
      wxAsking = false
      status = 'agreed'
      changed()
      announceMeChanged() // every useMe refreshes (the guide page, the forms)
      return true
    } catch (e) {
      const err = toClientError(e)
      setError(err.message)
      if (err.code === 'CONSENT_VERSION_OUTDATED') announceMeChanged() // reload the new version's text
      return false
    } finally {
      setPending(false)
    }
  }, [])

  const decline = useCallback(() => {
    wxResolve?.({ event: 'disagree' })
    wxResolve = null
    wxAsking = false
    declined = true
    changed()
  }, [])

  const asking = wxAsking || (launch && status === 'needed' && !declined)
  return { status, asking, pending, error, agree, decline }
}
