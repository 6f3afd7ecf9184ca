// projects.cancelSignUp — a volunteer gives up their place or leaves the waitlist. In ONE transaction: the sign-up
// becomes cancelled and the project's counters move; a confirmed place goes to the earliest waitlisted sign-up
// (lowest seq), promoted in the same transaction, so the place is never empty while someone waits and never
// given twice. The waitlist's head is looked up by query (not allowed inside a transaction) and each candidate
// re-read inside it; if every candidate has moved on, the unit retries with a fresh head.
import { AppError } from '../../../../../src/shared/errors'
import { readProjectIn, updateProjectIn } from '../../repos/projects'
import { readSignUpByIdIn, readSignUpIn, setSignUpStatusIn, waitlistHead } from '../../repos/projectSignups'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { loadProject } from './access'
import { signUpView } from './view'

const HEAD = 20
/** Recognised by inTransaction as a conflict: the whole unit runs again. */
const headMoved = () => Object.assign(new Error('waitlist head moved: transaction conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' })

export const cancelSignUp = defineAction({
  action: 'projects.cancelSignUp',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    const s = await inTransaction(async (t) => {
      const cur = await readProjectIn(t, p._id)
      if (!cur) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
      const mine = await readSignUpIn(t, p._id, ctx.openid)
      if (!mine) throw new AppError('NOT_SIGNED_UP')
      if (mine.status === 'cancelled') return mine // a replay
      if (cur.status !== 'published') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
      await setSignUpStatusIn(t, mine._id, 'cancelled', ctx.now)
      if (mine.status === 'waitlisted') {
        await updateProjectIn(t, p._id, { waitlistCount: cur.waitlistCount - 1, updatedAt: ctx.now })
      } else if (cur.waitlistCount === 0) {
        await updateProjectIn(t, p._id, { confirmedCount: cur.confirmedCount - 1, updatedAt: ctx.now })
      } else {
        let promoted = false
        for (const id of await waitlistHead(p._id, HEAD)) {
          const c = await readSignUpByIdIn(t, id)
          if (!c || c.status !== 'waitlisted') continue
          await setSignUpStatusIn(t, id, 'confirmed', ctx.now)
          promoted = true
          break
        }
        if (!promoted) throw headMoved()
        await updateProjectIn(t, p._id, { waitlistCount: cur.waitlistCount - 1, updatedAt: ctx.now })
      }
      return { ...mine, status: 'cancelled' as const, updatedAt: ctx.now }
    })
    return signUpView(s, null)
  }
})
