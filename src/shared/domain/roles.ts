// Roles a user may hold. A user always has `resident`; the others are granted (volunteer by review,
// coordinator by appointment, admin by ADMIN_OPENIDS or appointment, street_admin by a platform admin's appointment:
// it reaches the communities of the street named by the user's `streetId`, never others).
export const ROLES = ['resident', 'volunteer', 'coordinator', 'admin', 'street_admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  volunteer: '志愿者',
  coordinator: '社区协调员',
  admin: '管理员',
  street_admin: '街道管理员'
}

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((r) => userRoles.includes(r))
}
