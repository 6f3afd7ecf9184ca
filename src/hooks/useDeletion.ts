// 注销账号: the request's state (me.deletionStatus), the form — where the remaining hours go (community pool or a
// family member from the list), the typed confirmation — and 撤销注销 during the cooling-off period. The request's
// id is a draft kept on the device until answered, so a retry after a lost reply is the same request.
import { useCallback, useState } from 'react'
import { DELETION_CONFIRM_TEXT } from '../shared/domain/myData'
import type { Disposal } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

const DRAFT = 'me.requestDeletion'

export function useDeletion() {
  const status = useQuery('me.deletionStatus', {})
  const request = useAction('me.requestDeletion', { fields: ['toUserId', 'confirmText', 'disposal'] })
  const cancel = useAction('me.cancelDeletion')
  const [disposal, setDisposalState] = useState<Disposal>('donate_pool')
  const [toUserId, setToUserId] = useState('')
  const [confirmText, setConfirmTextState] = useState('')

  const submit = useCallback(async () => {
    const r = await request.run({
      requestId: draftId(DRAFT),
      disposal,
      toUserId: disposal === 'transfer_family' && toUserId ? toUserId : undefined,
      confirmText
    })
    if (!r) return
    clearDraftId(DRAFT)
    setConfirmTextState('')
    status.setData(r)
  }, [request, disposal, toUserId, confirmText, status])

  const undo = useCallback(async () => {
    const r = await cancel.run({})
    if (r) status.setData(r)
  }, [cancel, status])

  return {
    status,
    request,
    cancel,
    disposal,
    toUserId,
    confirmText,
    submit,
    undo,
    confirmWord: DELETION_CONFIRM_TEXT,
    setDisposal: (d: Disposal) => {
      setDisposalState(d)
      request.clearField('toUserId')
    },
    setToUserId: (id: string) => {
      setToUserId(id)
      request.clearField('toUserId')
    },
    setConfirmText: (s: string) => {
      setConfirmTextState(s)
      request.clearField('confirmText')
    }
  }
}
