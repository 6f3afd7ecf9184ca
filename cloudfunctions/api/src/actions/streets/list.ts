// streets.list — the streets the caller runs, each with its communities (id, code, 常住人口): a platform admin
// every street, a street admin their own; with each street's admins (user id, nickname). Round trips: streets (1),
// then two per street, in parallel: its communities and its admins.
import { AppError } from '../../../../../src/shared/errors'
import { callerStreet } from '../../lib/scope'
import { communitiesOfStreet } from '../../repos/communities'
import { streetAdminNames } from '../../repos/coordinators'
import { findStreet, listStreets } from '../../repos/streets'
import { defineAction } from '../define'
import { streetView } from './view'

export const list = defineAction({
  action: 'streets.list',
  allow: ['admin', 'street_admin'],
  scope: 'street',
  async handler(_input, ctx) {
    let streets
    if (ctx.user!.roles.includes('admin')) streets = await listStreets()
    else {
      const own = await findStreet(callerStreet(ctx))
      if (!own) throw new AppError('NOT_FOUND')
      streets = [own]
    }
    const withCommunities = await Promise.all(
      streets.map(async (s) => {
        const [communities, admins] = await Promise.all([communitiesOfStreet(s._id), streetAdminNames(s._id)])
        return streetView(s, communities, admins)
      })
    )
    return { streets: withCommunities }
  }
})
