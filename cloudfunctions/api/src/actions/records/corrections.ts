// records.corrections — the coordinator's queue of correction requests in their community (《志愿服务记录与证明
// 出具办法》: the organization must check and correct promptly), oldest request first. One indexed query.
import { callerCommunity } from '../../lib/scope'
import { pendingCorrections } from '../../repos/recordQueries'
import { defineAction } from '../define'
import { recordView } from './view'

const MAX = 100

export const corrections = defineAction({
  action: 'records.corrections',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(_input, ctx) {
    return { items: (await pendingCorrections(callerCommunity(ctx), MAX)).map(recordView) }
  }
})
