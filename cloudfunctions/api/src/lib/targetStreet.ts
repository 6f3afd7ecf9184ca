// The street a street-level read is about (街道工作台, 街道调度): a platform admin names it; a street admin gets
// their own (naming another is FORBIDDEN, as is a street_admin role without a street). The same rule stats.compare
// applies inline. A named street that does not exist is NOT_FOUND (only platform admins can get that far).
import { AppError } from '../../../../src/shared/errors'
import type { ActionContext } from '../actions/define'
import { findStreet, type StreetDoc } from '../repos/streets'
import { callerStreet } from './scope'

export async function targetStreet(ctx: ActionContext, named: string | undefined): Promise<StreetDoc> {
  let streetId: string
  if (ctx.user?.roles.includes('admin')) {
    if (!named) throw new AppError('BAD_INPUT', { streetId: '请选择街道' })
    streetId = named
  } else {
    streetId = callerStreet(ctx)
    if (named && named !== streetId) throw new AppError('FORBIDDEN')
  }
  const street = await findStreet(streetId)
  if (!street) throw new AppError('NOT_FOUND', { streetId: '街道不存在' })
  return street
}
