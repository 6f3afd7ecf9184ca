// The registry of every action: one zod input and output schema each. The server parses input with it,
// the client validates output with it, so both ends agree by construction.
import type * as z from '../zod'
import { systemContracts } from './system'
import { usersContracts } from './users'
import { communitiesContracts } from './communities'
import { volunteersContracts } from './volunteers'
import { teamsContracts } from './teams'
import { familyContracts } from './family'
import { catalogContracts } from './catalog'
import { ordersContracts } from './orders'
import { timebankContracts } from './timebank'
import { recordsContracts } from './records'
import { reportsContracts } from './reports'
import { projectsContracts } from './projects'
import { statsContracts } from './stats'
import { exportsContracts } from './exports'
import { stationsContracts } from './stations'
import { pointsContracts } from './points'
import { rewardsContracts } from './rewards'
import { privacyContracts } from './privacy'
import { meContracts } from './me'
import { auditContracts } from './audit'
import { streetsContracts } from './streets'
import { beneficiariesContracts } from './beneficiaries'
import { rosterContracts } from './roster'
import { communityAdminContracts } from './communityAdmin'

export const contracts = {
  ...reportsContracts,
  ...systemContracts,
  ...usersContracts,
  ...communitiesContracts,
  ...volunteersContracts,
  ...teamsContracts,
  ...familyContracts,
  ...catalogContracts,
  ...ordersContracts,
  ...timebankContracts,
  ...recordsContracts,
  ...projectsContracts,
  ...statsContracts,
  ...exportsContracts,
  ...stationsContracts,
  ...pointsContracts,
  ...rewardsContracts,
  ...privacyContracts,
  ...meContracts,
  ...auditContracts,
  ...streetsContracts,
  ...beneficiariesContracts,
  ...communityAdminContracts,
  ...rosterContracts
}

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export type ActionInput<A extends ActionName> = z.input<Contracts[A]['input']>
export type ActionOutput<A extends ActionName> = z.infer<Contracts[A]['output']>

export function isActionName(name: string): name is ActionName {
  return Object.prototype.hasOwnProperty.call(contracts, name)
}

export { ApiEvent } from './envelope'
export * from './users'
export * from './communities'
export * from './volunteers'
export * from './teams'
export * from './family'
export * from './fields'
export * from './catalog'
export * from './orders'
export * from './timebank'
export * from './records'
export * from './reports'
export * from './projects'
export * from './stats'
export * from './exports'
export * from './stations'
export * from './points'
export * from './rewards'
export * from './privacy'
export * from './me'
export * from './audit'
export * from './streets'
export * from './beneficiaries'
export * from './roster'
export * from './communityAdmin'
