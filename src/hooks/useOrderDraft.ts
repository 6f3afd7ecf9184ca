// 一键求助: the service catalogue, the resident's addresses and family links, the form's values and orders.create.
// Three taps after the first time: the address and the time choice default to the last ones used, and an empty
// description is filled from the category (the contract requires one; most elderly residents will not type).
import { useCallback, useEffect, useMemo } from 'react'
import Taro from '@tarojs/taro'
import { contracts, type ActionInput, type ServiceCategory } from '../shared/contracts'
import { isOrderable } from '../shared/domain/order/catalog'
import { messageFor } from '../shared/errors'
import { hasErrors, schemaErrors, type FieldErrors } from './formErrors'
import { ORDER_PAGES } from './orderRoutes'
import { clearDraftRequestId, draftRequestId, readLastChoices, saveLastChoices } from './orderDraftStorage'
import { availableWindows, windowFor, type WindowChoice } from './orderWindow'
import { askToSubscribe } from './subscribe'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePhotoPicker } from './usePhotoPicker'
import { useQuery } from './useQuery'

type CreateInput = ActionInput<'orders.create'>

export interface OrderDraftValues {
  category: ServiceCategory | ''
  description: string
  addressId: string
  window: WindowChoice
  urgency: NonNullable<CreateInput['urgency']>
  funding: NonNullable<CreateInput['funding']>
  /** '' = for myself. */
  forLinkId: string
}

export const ORDER_FORM_FIELDS = ['category', 'description', 'photos', 'addressId', 'windowStart', 'windowEnd', 'urgency', 'funding', 'forLinkId'] as const

/** What the schema says less kindly ('' is not a category or an id). */
function draftRules(input: CreateInput): FieldErrors {
  return {
    ...(input.category ? {} : { category: '请选择需要的服务' }),
    ...(input.addressId ? {} : { addressId: messageFor('ADDRESS_REQUIRED') })
  }
}

export function useOrderDraft() {
  const catalog = useQuery('catalog.list', {})
  const addressList = useQuery('addresses.list', {})
  const familyList = useQuery('family.list', {})
  const create = useAction('orders.create', { personal: true, fields: ORDER_FORM_FIELDS, validate: draftRules })
  const photos = usePhotoPicker('orders', 3)
  const last = useMemo(readLastChoices, [])
  const { values, setField } = useFormValues<OrderDraftValues>(
    {
      category: '',
      description: '',
      addressId: last.addressId ?? '',
      window: last.window ?? 'asap',
      urgency: 'normal',
      funding: 'public_service',
      forLinkId: ''
    },
    create.clearField
  )

  const categories = useMemo(() => (catalog.data?.entries ?? []).filter((e) => isOrderable(e, false)), [catalog.data])
  const addresses = useMemo(() => addressList.data?.addresses ?? [], [addressList.data])
  const family = (familyList.data?.links ?? []).filter((l) => l.status === 'active' && l.iAm === 'requester')
  const windows = availableWindows(Date.now())

  // The last address used, while it still exists; else the first one.
  useEffect(() => {
    if (addresses.length && !addresses.some((a) => a.id === values.addressId)) setField('addressId', addresses[0].id)
  }, [addresses, values.addressId, setField])
  // 今天下午 remembered from an earlier morning may be over by now.
  useEffect(() => {
    if (!windows.includes(values.window)) setField('window', windows[0])
  }, [windows, values.window, setField])

  const toInput = useCallback((): CreateInput => {
    const w = windowFor(values.window, Date.now()) ?? windowFor('asap', Date.now())!
    const label = categories.find((e) => e.category === values.category)?.label
    const description = values.description.trim() || (label ? `需要${label}` : '')
    return {
      requestId: draftRequestId(),
      category: values.category as ServiceCategory, // '' is caught by the schema: 请选择服务
      description,
      photos: photos.photos.map((p) => p.fileId),
      addressId: values.addressId,
      ...w,
      urgency: values.urgency,
      funding: values.funding,
      ...(values.forLinkId ? { forLinkId: values.forLinkId } : {})
    }
  }, [values, photos.photos, categories])

  const submit = useCallback(async () => {
    const input = toInput()
    // Subscribe-message consent must be asked inside the tap (WeChat refuses it after an await), so it is asked
    // now, before sending — but only when the form is complete, i.e. the order is really about to be sent.
    if (photos.uploading) return
    const complete = !hasErrors({ ...schemaErrors(contracts['orders.create'].input, input), ...draftRules(input) })
    const asked = complete ? askToSubscribe('resident') : Promise.resolve()
    const order = await create.run(input)
    await asked
    if (!order) return
    clearDraftRequestId()
    saveLastChoices({ addressId: values.addressId, window: values.window })
    await Taro.redirectTo({ url: `${ORDER_PAGES.detail(order.id)}&created=1` })
  }, [toInput, create, values.addressId, values.window, photos.uploading])

  const loading = catalog.loading || addressList.loading
  const error = catalog.error ?? addressList.error
  const reload = () => {
    catalog.reload()
    addressList.reload()
    familyList.reload()
  }

  return {
    loading,
    error,
    reload,
    reloadAddresses: addressList.reload,
    categories,
    addresses,
    family,
    windows,
    photos,
    values,
    setField,
    submit,
    pending: create.pending,
    fieldErrors: create.fieldErrors,
    // The same requestId goes again, so trying again is safe: say so, or people hesitate (or call instead).
    formError: create.formError === messageFor('NETWORK') ? '网络不给力，请再点一次「提交求助」（不会重复下单）' : create.formError
  }
}
