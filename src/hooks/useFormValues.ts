// A form's values plus a setter that also clears that field's error (the user is fixing it): the one piece
// every form hook shares.
import { useCallback, useState } from 'react'

export function useFormValues<V extends object>(initial: V, clearField: (field: string) => void) {
  const [values, setValues] = useState<V>(initial)
  const setField = useCallback(
    <K extends keyof V & string>(key: K, value: V[K]) => {
      setValues((v) => ({ ...v, [key]: value }))
      clearField(key)
    },
    [clearField]
  )
  return { values, setValues, setField }
}
