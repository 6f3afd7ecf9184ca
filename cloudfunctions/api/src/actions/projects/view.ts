import type { ProjectView, SignUpView } from '../../../../../src/shared/contracts'
import { toUtcIso } from '../../../../../src/shared/time'
import { attendanceOf, type ProjectDoc } from '../../repos/projects'
import { attendedOf, type SignUpDoc } from '../../repos/projectSignups'

export function signUpView(s: SignUpDoc, position: number | null): SignUpView {
  return { projectId: s.projectId, status: s.status, seq: s.seq, position: s.status === 'waitlisted' ? position : null, attended: attendedOf(s) }
}

export function projectView(p: ProjectDoc, mine: SignUpView | null = null, participants: SignUpDoc[] | null = null): ProjectView {
  const attendance = attendanceOf(p)
  return {
    id: p._id,
    title: p.title,
    description: p.description,
    category: (p.category as ProjectView['category']) ?? null,
    place: p.place,
    organizer: p.organizer,
    sessions: p.sessions.map((s, i) => ({
      startsAt: toUtcIso(s.startsAt),
      minutes: s.minutes,
      attendance: attendance[i] ? { present: attendance[i]!.present, at: toUtcIso(attendance[i]!.at) } : null
    })),
    totalMinutes: p.totalMinutes,
    capacity: p.capacity,
    confirmedCount: p.confirmedCount,
    waitlistCount: p.waitlistCount,
    status: p.status,
    rejectReason: p.rejectReason,
    evaluation: p.evaluation ? { grade: p.evaluation.grade, notes: p.evaluation.notes, at: toUtcIso(p.evaluation.at) } : null,
    createdAt: toUtcIso(p.createdAt),
    completedAt: p.completedAt ? toUtcIso(p.completedAt) : null,
    team: p.teamId ? { id: p.teamId, name: p.teamName ?? '' } : null,
    mySignUp: mine,
    participants: participants
      ? participants.map((s) => ({ volunteerName: s.volunteerName, volunteerNo: s.volunteerNo, status: s.status, seq: s.seq, attended: attendedOf(s) }))
      : null
  }
}
