// 我的地址: the resident's addresses (addresses.list), adding one (addresses.add, with a location picked on the
// map in the mini-program, none in H5) and removing one (addresses.remove).
import { useCallback, useState } from 'react'
import { callApi } from '../api/client'
import type { ActionOutput, Location } from '../shared/contracts'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { toClientError, useQuery } from './useQuery'

export type Address = ActionOutput<'addresses.list'>['addresses'][number]

export interface AddressFormValues {
  label: string
  detail: string
  contactName: string
  contactPhone: string
  location: Location | null
}

export const EMPTY_ADDRESS: AddressFormValues = { label: '', detail: '', contactName: '', contactPhone: '', location: null }

export function useAddresses() {
  const list = useQuery('addresses.list', {})
  const add = useAction('addresses.add', { personal: true, fields: ['label', 'detail', 'contactName', 'contactPhone', 'location'] })
  const [removing, setRemoving] = useState<string | null>(null)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const { values, setValues, setField } = useFormValues(EMPTY_ADDRESS, add.clearField)

  const save = useCallback(async () => {
    const saved = await add.run({
      ...values,
      label: values.label.trim(),
      detail: values.detail.trim(),
      contactName: values.contactName.trim(),
      contactPhone: values.contactPhone.trim()
    })
    if (saved) {
      setValues(EMPTY_ADDRESS)
      list.reload()
    }
    return saved
  }, [add, values, list, setValues])

  const remove = useCallback(
    async (addressId: string) => {
      setRemoving(addressId)
      setRemoveError(null)
      try {
        await callApi('addresses.remove', { addressId })
        list.reload()
      } catch (e) {
        setRemoveError(toClientError(e).message)
      } finally {
        setRemoving(null)
      }
    },
    [list]
  )

  return {
    addresses: list.data?.addresses ?? [],
    loading: list.loading,
    error: list.error,
    reload: list.reload,
    values,
    setField,
    save,
    saving: add.pending,
    fieldErrors: add.fieldErrors,
    formError: add.formError,
    removing,
    removeError,
    remove
  }
}
