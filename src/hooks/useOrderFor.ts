// 代下单: a coordinator records a walk-in or phone request for a registered beneficiary (orders.createFor) — who
// (the register's active people), what (the community's services a coordinator may order: isOrderable(…, true)),
// when (the same quick windows as 一键求助), how urgent, and notes. One requestId per draft, kept until the server
// answered, so a retried submit creates one order; the new order's page opens after.
import { useCallback, useEffect, useMemo } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ServiceCategory } from '../shared/contracts'
import { isOrderable } from '../shared/domain/order/catalog'
import { clearDraftId, draftId } from './draftIds'
import { ORDER_PAGES } from './orderRoutes'
import { availableWindows, windowFor, type WindowChoice } from './orderWindow'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePagedQuery } from './usePagedQuery'
import { useQuery } from './useQuery'

type Input = ActionInput<'orders.createFor'>

export interface OrderForValues {
  beneficiaryId: string
  category: ServiceCategory | ''
  window: WindowChoice
  urgency: NonNullable<Input['urgency']>
  description: string
}

export const ORDER_FOR_FIELDS = ['beneficiaryId', 'category', 'windowStart', 'windowEnd', 'urgency', 'description'] as const
export const BENEFICIARIES_PAGE = '/packages/coordinator/pages/beneficiaries/index'
export const orderForPage = (beneficiaryId?: string) =>
  `/packages/coordinator/pages/order-for/index${beneficiaryId ? `?beneficiaryId=${encodeURIComponent(beneficiaryId)}` : ''}`
const DRAFT = 'orderFor'

export function useOrderFor(enabled: boolean, preset?: string) {
  const catalog = useQuery('catalog.list', {}, enabled)
  const people = usePagedQuery('beneficiaries.list', { status: 'active' }, enabled, 50)
  const create = useAction('orders.createFor', { fields: ORDER_FOR_FIELDS })
  const { values, setField } = useFormValues<OrderForValues>(
    { beneficiaryId: preset ?? '', category: '', window: 'asap', urgency: 'normal', description: '' },
    create.clearField
  )
  const categories = useMemo(() => (catalog.data?.entries ?? []).filter((e) => isOrderable(e, true)), [catalog.data])
  const windows = availableWindows(Date.now())
  useEffect(() => {
    if (!windows.includes(values.window)) setField('window', windows[0])
  }, [windows, values.window, setField])

  const submit = useCallback(async () => {
    const w = windowFor(values.window, Date.now()) ?? windowFor('asap', Date.now())
    const label = categories.find((e) => e.category === values.category)?.label
    const order = await create.run({
      requestId: draftId(DRAFT),
      beneficiaryId: values.beneficiaryId,
      category: values.category as ServiceCategory, // '' is caught by the schema: 请选择服务
      // Notes are optional: without them the order says what service it is (no error next to an optional field).
      description: values.description.trim() || `需要${label ?? '帮助'}`,
      windowStart: w?.windowStart ?? '',
      windowEnd: w?.windowEnd ?? '',
      urgency: values.urgency
    })
    if (!order) return
    clearDraftId(DRAFT)
    await Taro.redirectTo({ url: `${ORDER_PAGES.detail(order.id)}&created=1` })
  }, [values, categories, create])

  return {
    values,
    setField,
    categories,
    people,
    windows,
    submit,
    loading: catalog.loading,
    error: catalog.error,
    reload: catalog.reload,
    pending: create.pending,
    fieldErrors: create.fieldErrors,
    formError: create.formError
  }
}
