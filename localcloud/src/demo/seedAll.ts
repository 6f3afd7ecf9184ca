// The whole demo `npm start` creates on first run (SEED=1), in the order the seeds depend on, at one instant `now`:
// every seed sets its windows, backdating and timer runs from it, so the demo looks the same on any date, New
// Year's Eve included. The seeds' api calls are stamped by the api function's own clock (lib/clock.ts): the real
// clock for `npm start` (now = the moment it starts), moved to `now` by a test that seeds at another instant.
// Does nothing (null) if users already exist.
import type { FunctionRuntime } from '../runtime'
import { seedDemo } from './seed'
import { seedVolunteers } from './seedVolunteers'
import { seedCatalog } from './seedCatalog'
import { seedOrders } from './seedOrders'
import { seedTimebank } from './seedTimebank'
import { seedRewards } from './seedRewards'
import { seedProjects } from './seedProjects'
import { seedTeams } from './seedTeams'
import { seedReports, type DemoStorage } from './seedReports'
import { seedStations } from './seedStations'
import { seedBeneficiaries } from './seedBeneficiaries'
import { seedStreet } from './seedStreet'
import { seedYear, type YearSeeded } from './seedYear'

export interface DemoSeeded {
  users: number
  volunteers: number
  orders: number
  year: YearSeeded | null
}

/** `cloud`: wx-server-sdk, initialised (its database for the direct writes, its storage for the 随手拍 photos). */
export async function seedAll(runtime: Pick<FunctionRuntime, 'invoke'>, cloud: DemoStorage & { database(): any }, now: Date): Promise<DemoSeeded | null> {
  const users = await seedDemo(cloud.database(), now)
  if (!users) return null
  const quiet = process.env.API_LOG
  process.env.API_LOG = 'off' // demo set-up calls would flood the console
  try {
    const volunteers = await seedVolunteers(runtime, now)
    await seedCatalog(runtime) // the community's own categories: 助餐送餐, 义剪, 心理疏导 (seedCatalog.ts)
    const orders = await seedOrders(runtime, cloud.database(), now)
    await seedTimebank(runtime, now)
    await seedRewards(runtime) // 积分商城: the catalogue and one redemption (seedRewards.ts)
    await seedProjects(runtime, now)
    await seedReports(runtime, cloud)
    await seedStations(runtime) // 服务站地图 and the 10-minute circle (seedStations.ts)
    await seedBeneficiaries(runtime, now) // 受助对象登记 and one phone request for a 独居 elder (seedBeneficiaries.ts)
    await seedStreet(runtime, cloud.database(), now) // 江北街道: a second community, a street admin, an order escalated to the street
    const year = await seedYear(runtime, cloud.database(), now) // a year of history for the 工作台 charts, after the others
    await seedTeams(runtime) // 党员先锋队 serving 法律咨询, leaders, 政治面貌 (seedTeams.ts): last, so no seed flow meets team first
    return { users, volunteers, orders, year }
  } finally {
    if (quiet === undefined) delete process.env.API_LOG
    else process.env.API_LOG = quiet
  }
}
