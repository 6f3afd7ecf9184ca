// projects.attendance — 到场登记 (谁组织谁记录: the organizer keeps the sign-in sheet). A coordinator of the project's
// community records which confirmed participants were present at one session, once it has started. In ONE
// transaction: the project is re-read (published, session started), every confirmed sign-up (listed by query —
// not allowed inside a transaction — then re-read inside it) gets `attended` with or without this session, and
// the project's attendance[session] is written with the audit entry. A save with the same list changes nothing
// (no write, no audit). Sign-ups and cancellations write the project document too, so they conflict with a save;
// if the confirmed list moved between the query and the transaction, the unit runs again with a fresh list.
import { AppError } from '../../../../../src/shared/errors'
import { sessionStarted } from '../../../../../src/shared/domain/projectSessions'
import { recordAuditIn } from '../../repos/audit'
import { attendanceOf, readProjectIn, setAttendanceIn } from '../../repos/projects'
import { attendedOf, readSignUpByIdIn, setAttendedIn, signUpsIn } from '../../repos/projectSignups'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { loadProject } from './access'
import { projectView } from './view'

/** Recognised by inTransaction as a conflict: the whole unit runs again. */
const listMoved = () => Object.assign(new Error('confirmed sign-ups moved: transaction conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' })

export const attendance = defineAction({
  action: 'projects.attendance',
  allow: ['coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    const i = input.session
    const present = new Set(input.present)
    const saved = await inTransaction(async (t) => {
      const cur = await readProjectIn(t, p._id)
      if (!cur) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
      if (cur.status !== 'published') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
      const session = cur.sessions[i]
      if (!session) throw new AppError('BAD_INPUT', { session: '没有这一场服务' })
      if (!sessionStarted(session, ctx.now)) throw new AppError('SESSION_NOT_STARTED')
      const listed = await signUpsIn(p._id, 'confirmed')
      if (listed.length !== cur.confirmedCount) throw listMoved()
      const confirmed = await Promise.all(listed.map((s) => readSignUpByIdIn(t, s._id)))
      if (confirmed.some((s) => !s || s.status !== 'confirmed')) throw listMoved()
      const seqs = new Set(confirmed.map((s) => s!.seq))
      if ([...present].some((q) => !seqs.has(q))) throw new AppError('NOT_A_PARTICIPANT', { present: '名单中有未报名或已取消的志愿者' })
      const before = confirmed
        .filter((s) => attendedOf(s!).includes(i))
        .map((s) => s!.seq)
        .sort((a, b) => a - b)
      const changed = confirmed.filter((s) => attendedOf(s!).includes(i) !== present.has(s!.seq))
      const entries = attendanceOf(cur)
      const wasTaken = !!entries[i]
      if (changed.length === 0 && wasTaken) return cur // the same list again: nothing to write
      for (const s of changed) {
        const next = present.has(s!.seq) ? [...attendedOf(s!), i].sort((a, b) => a - b) : attendedOf(s!).filter((x) => x !== i)
        await setAttendedIn(t, s!._id, next, ctx.now)
      }
      entries[i] = { present: present.size, by: ctx.openid, at: ctx.now }
      await setAttendanceIn(t, p._id, entries, ctx.now)
      // Participants by seq (their arrival number in this project), never openids.
      const after = [...present].sort((a, b) => a - b)
      await recordAuditIn(
        t,
        {
          actorOpenid: ctx.openid,
          communityId: p.communityId,
          action: 'projects.attendance',
          targetType: 'project',
          targetId: p._id,
          requestId: ctx.requestId,
          before: { session: i, present: wasTaken ? before : null },
          after: { session: i, present: after }
        },
        ctx.now
      )
      return { ...cur, attendance: entries, updatedAt: ctx.now }
    })
    return projectView(saved, null, null)
  }
})
