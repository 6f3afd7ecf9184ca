// 积分商城 for members: the caller's points (points.account), the community's catalogue (rewards.list) and their
// redemptions (rewards.redemptions, paged), all reloaded when the page is shown again; and 兑换 in two steps —
// choose a reward, then 「确认用 N 积分兑换「…」？」, only 确认 sends. One requestId per draft (draftIds.ts): a
// retry after a lost reply answers the first redemption instead of redeeming twice. The draft is per reward and
// cleared after the answer, so the next 兑换 of the same reward is a new redemption.
import { useCallback, useState } from 'react'
import type { ActionOutput } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { usePagedQuery } from './usePagedQuery'
import { useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type PointsAccount = ActionOutput<'points.account'>
export type Reward = ActionOutput<'rewards.list'>['items'][number]
export type Redemption = ActionOutput<'rewards.redemptions'>['items'][number]

const draftKey = (rewardId: string) => `rewards.redeem.${rewardId}`

export function useRewardShop() {
  const account = useQuery('points.account', {})
  const catalogue = useQuery('rewards.list', {})
  const mine = usePagedQuery('rewards.redemptions', { as: 'mine' })
  const redeem = useAction('rewards.redeem')
  const [chosen, setChosen] = useState<Reward | null>(null)
  const [done, setDone] = useState<Redemption | null>(null)

  const { reload: reloadAccount } = account
  const { reload: reloadCatalogue } = catalogue
  const { reload: reloadMine } = mine
  const reloadAll = useCallback(() => {
    reloadAccount()
    reloadCatalogue()
    reloadMine()
  }, [reloadAccount, reloadCatalogue, reloadMine])
  useReloadOnShow(reloadAll)

  const choose = useCallback(
    (r: Reward | null) => {
      redeem.reset()
      setDone(null)
      setChosen(r)
    },
    [redeem]
  )

  const confirm = useCallback(async () => {
    if (!chosen) return
    const r = await redeem.run({ rewardId: chosen.id, requestId: draftId(draftKey(chosen.id)) })
    if (!r) {
      // A refusal (sold out, points short, withdrawn) is final for this draft: the next try is a new redemption.
      catalogue.reload()
      return
    }
    clearDraftId(draftKey(chosen.id))
    setDone(r.redemption)
    setChosen(null)
    if (account.data) account.setData({ ...account.data, balance: r.balance })
    account.reload()
    catalogue.reload()
    mine.reload()
  }, [chosen, redeem, account, catalogue, mine])

  const balance = account.data?.balance ?? 0
  /** Why a reward cannot be redeemed now, or null. */
  const blocker = (r: Reward): string | null => (r.stock <= 0 ? '已兑完' : account.data && balance < r.cost ? `还差${r.cost - balance}积分` : null)

  return { account, catalogue, mine, chosen, choose, confirm, done, blocker, pending: redeem.pending, error: redeem.formError, reloadAll }
}
