// A project's sessions and 到场登记 (pure: the server decides with these, the page shows the same reasons).
// Records must be true (《志愿服务记录与证明出具办法》): attendance is taken only for a session that has started,
// a project is completed only after its last session has ended and every session's attendance is recorded, and a
// participant's record holds exactly the minutes of the sessions they attended, from the first one's start to the
// last one's end.

export interface SessionLike {
  startsAt: Date | string
  minutes: number
}

const ms = (d: Date | string) => (typeof d === 'string' ? new Date(d).getTime() : d.getTime())

export function sessionStarted(s: SessionLike, now: Date | number): boolean {
  return ms(s.startsAt) <= +now
}

export function sessionEnd(s: SessionLike): Date {
  return new Date(ms(s.startsAt) + s.minutes * 60000)
}

/** The latest end of any session (sessions are stored sorted, but this does not rely on it). */
export function lastSessionEnd(sessions: SessionLike[]): Date | null {
  if (sessions.length === 0) return null
  return new Date(Math.max(...sessions.map((s) => sessionEnd(s).getTime())))
}

/** Why the project cannot be completed yet (an error code), or null when it can. `taken[i]`: session i's attendance is recorded. */
export function completionBlocker(sessions: SessionLike[], taken: boolean[], now: Date | number): 'PROJECT_NOT_FINISHED' | 'ATTENDANCE_MISSING' | null {
  const end = lastSessionEnd(sessions)
  if (!end || end.getTime() > +now) return 'PROJECT_NOT_FINISHED'
  if (sessions.some((_, i) => !taken[i])) return 'ATTENDANCE_MISSING'
  return null
}

/** A participant's service from the sessions they attended: total minutes and the span; null if they attended none. */
export function attendedService<S extends SessionLike>(sessions: S[], attended: number[]): { minutes: number; startAt: Date; endAt: Date } | null {
  const mine = [...new Set(attended)].filter((i) => i >= 0 && i < sessions.length).map((i) => sessions[i])
  if (mine.length === 0) return null
  return {
    minutes: mine.reduce((n, s) => n + s.minutes, 0),
    startAt: new Date(Math.min(...mine.map((s) => ms(s.startsAt)))),
    endAt: new Date(Math.max(...mine.map((s) => sessionEnd(s).getTime())))
  }
}
