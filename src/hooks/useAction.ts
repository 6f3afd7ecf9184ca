// One write action from a form: checks the input against the action's shared zod schema (plus any extra rules)
// before sending, then sends it. Field problems — from the client check or the server's `error.fields` — land
// in `fieldErrors` for display next to each field; anything else becomes one global `formError` message.
import { useCallback, useRef, useState } from 'react'
import { callApi } from '../api/client'
import { contracts, type ActionInput, type ActionName, type ActionOutput } from '../shared/contracts'
import { hasErrors, schemaErrors, withoutField, type FieldErrors } from './formErrors'
import { toClientError } from './useQuery'
import { blockPersonalSubmission, CONSENT_BLOCKED_MESSAGE, consentStatus } from './useConsent'

export interface ActionOptions<A extends ActionName> {
  /** Extra client-side rules run with the schema (e.g. the ID-number rules); their errors win. */
  validate?: (input: ActionInput<A>) => FieldErrors
  /**
   * The fields the form shows next to an input. A server field error for any other key (one the form cannot
   * place) is shown as the global message instead. Without this list every field error is placed.
   */
  fields?: readonly string[]
  /**
   * The input carries personal information (the server declares the action `personal`): it is not sent before the
   * user agreed to 《用户隐私保护指引》 — the form says why and the guide opens, to read and agree.
   */
  personal?: boolean
}

export interface UseAction<A extends ActionName> {
  run: (input: ActionInput<A>) => Promise<ActionOutput<A> | null>
  pending: boolean
  fieldErrors: FieldErrors
  formError: string | null
  /** Clears a field's error once the user edits it. */
  clearField: (key: string) => void
  reset: () => void
}

export function useAction<A extends ActionName>(action: A, options: ActionOptions<A> = {}): UseAction<A> {
  const [pending, setPending] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const busy = useRef(false)
  const opts = useRef(options)
  opts.current = options

  const run = useCallback(
    async (input: ActionInput<A>): Promise<ActionOutput<A> | null> => {
      if (busy.current) return null // a second tap while the first is on its way
      const local = { ...schemaErrors(contracts[action].input, input), ...(opts.current.validate?.(input) ?? {}) }
      setFormError(null)
      setFieldErrors(local)
      if (hasErrors(local)) return null
      if (opts.current.personal && consentStatus() === 'needed') {
        setFormError(CONSENT_BLOCKED_MESSAGE)
        blockPersonalSubmission()
        return null
      }
      busy.current = true
      setPending(true)
      try {
        return await callApi(action, input)
      } catch (e) {
        const err = toClientError(e)
        if (err.code === 'CONSENT_REQUIRED') blockPersonalSubmission() // the server's word wins over what we knew
        if (err.code === 'RATE_LIMITED') {
          setFormError(err.message) // 操作过于频繁，请于 14:05 后再试 — its fields hold retryAt, no input's problem
          return null
        }
        const fields = err.fields ?? {}
        const known = opts.current.fields
        const placed = known ? Object.keys(fields).filter((k) => known.includes(k)) : Object.keys(fields)
        setFieldErrors(Object.fromEntries(placed.map((k) => [k, fields[k]])))
        if (placed.length < Object.keys(fields).length || placed.length === 0) setFormError(err.message)
        return null
      } finally {
        busy.current = false
        setPending(false)
      }
    },
    [action]
  )

  const clearField = useCallback((key: string) => setFieldErrors((f) => withoutField(f, key)), [])
  const reset = useCallback(() => {
    setFieldErrors({})
    setFormError(null)
  }, [])

  return { run, pending, fieldErrors, formError, clearField, reset }
}
