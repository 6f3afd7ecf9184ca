// projects.signUp — an approved volunteer of the project's community, serving (not paused, suspended, revoked
// or left: volunteerLifecycle.ts), signs up. In ONE transaction: read the project and the caller's sign-up (_id
// `<projectId>:<openid>`); a live sign-up is returned as it is (a replay); otherwise the sign-up takes the
// project's next sequence number and a confirmed place if confirmedCount < capacity, else a place on the
// waitlist, and the project's counters move with it. Concurrent sign-ups all write
// the project document, so all but one conflict and retry: no place is handed out twice, and the sequence number
// is the order in which the sign-ups committed (arrival order).
import { AppError } from '../../../../../src/shared/errors'
import { LIFECYCLE_LABELS, isServing, lifecycleOf } from '../../../../../src/shared/domain/volunteerLifecycle'
import { projectSignUpProblem } from '../../../../../src/shared/domain/teams'
import { readProjectIn, updateProjectIn } from '../../repos/projects'
import { readMembershipIn } from '../../repos/teamMembers'
import { putSignUpIn, readSignUpIn, signUpId, waitlistPosition, type SignUpDoc } from '../../repos/projectSignups'
import { inTransaction } from '../../repos/transaction'
import { defineAction } from '../define'
import { activeVolunteer } from '../orders/eligible'
import { loadProject } from './access'
import { signUpView } from './view'

export const signUp = defineAction({
  action: 'projects.signUp',
  allow: ['volunteer'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    const v = activeVolunteer(ctx)
    if (!v || v.communityId !== p.communityId) throw new AppError('NOT_ELIGIBLE', { projectId: '您还不是本社区已审核的志愿者' })
    // The lifecycle rulebook: a paused, suspended, revoked or departed volunteer takes on nothing new.
    if (!isServing(v)) throw new AppError('NOT_ELIGIBLE', { projectId: `您当前${LIFECYCLE_LABELS[lifecycleOf(v)]}，不能报名项目` })
    const s = await inTransaction(async (t) => {
      const cur = await readProjectIn(t, p._id)
      if (!cur) throw new AppError('NOT_FOUND', { projectId: '项目不存在' })
      if (cur.status !== 'published') throw new AppError('PROJECT_MOVE_NOT_ALLOWED')
      const existing = await readSignUpIn(t, p._id, ctx.openid)
      if (existing && existing.status !== 'cancelled') return existing
      // A project assigned to a team takes its members only (domain/teams.ts projectSignUpProblem).
      const team = cur.teamId ? { id: cur.teamId, name: cur.teamName ?? '服务队' } : null
      const mine = team && (await readMembershipIn(t, team.id, ctx.openid)) ? [team.id] : []
      const notMember = projectSignUpProblem(team, mine)
      if (notMember) throw new AppError('NOT_ELIGIBLE', { projectId: notMember })
      const confirmed = cur.confirmedCount < cur.capacity
      const doc: SignUpDoc = {
        _id: signUpId(p._id, ctx.openid),
        projectId: p._id,
        communityId: p.communityId,
        openid: ctx.openid,
        volunteerId: v._id,
        volunteerName: v.realName,
        volunteerNo: v.volunteerNo,
        status: confirmed ? 'confirmed' : 'waitlisted',
        seq: cur.nextSeq,
        attended: existing?.attended ?? [],
        createdAt: existing?.createdAt ?? ctx.now,
        updatedAt: ctx.now
      }
      await putSignUpIn(t, doc)
      await updateProjectIn(t, p._id, {
        nextSeq: cur.nextSeq + 1,
        ...(confirmed ? { confirmedCount: cur.confirmedCount + 1 } : { waitlistCount: cur.waitlistCount + 1 }),
        updatedAt: ctx.now
      })
      return doc
    })
    return signUpView(s, s.status === 'waitlisted' ? await waitlistPosition(p._id, s.seq) : null)
  }
})
