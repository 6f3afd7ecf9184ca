// projects.get — one project of the caller's community with the caller's sign-up; coordinators (and admins) also
// get the participants: confirmed, then the waitlist, each in arrival order.
import { signUpsIn } from '../../repos/projectSignups'
import { defineAction } from '../define'
import { isStaff, loadProject, mySignUps } from './access'
import { projectView } from './view'

export const get = defineAction({
  action: 'projects.get',
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'community',
  async handler(input, ctx) {
    const p = await loadProject(ctx, input.projectId)
    const [mine, participants] = await Promise.all([
      mySignUps(ctx, [p._id]),
      isStaff(ctx) ? Promise.all([signUpsIn(p._id, 'confirmed'), signUpsIn(p._id, 'waitlisted')]).then(([c, w]) => [...c, ...w]) : Promise.resolve(null)
    ])
    return projectView(p, mine.get(p._id) ?? null, participants)
  }
})
