import type { Role } from '../../../../src/shared/domain/roles'
import type { UserDoc } from '../repos/users'
import { isBootstrapAdmin } from './admins'

/** Stored roles plus `admin` for bootstrap administrators (never persisted; see admins.ts). */
export function effectiveRoles(user: Pick<UserDoc, '_id' | 'roles'>): Role[] {
  const roles = new Set<Role>(user.roles)
  if (isBootstrapAdmin(user._id)) roles.add('admin')
  return [...roles]
}
