// The registry of every action: one zod input and output schema each. The server parses input with it,
// the client validates output with it, so both ends agree by construction.
import type * as z from '../zod'
import { systemContracts } from './system'
import { usersContracts } from './users'

export const contracts = {
  ...systemContracts,
  ...usersContracts
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
