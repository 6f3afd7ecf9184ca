// Bootstrap administrators come from the function's environment (ADMIN_OPENIDS, comma separated), locally and
// in CloudBase. Read per call so a changed setting applies without redeploying code; never stored, so removing
// an openid from the list revokes the role at once.
export function isBootstrapAdmin(openid: string): boolean {
  return (process.env.ADMIN_OPENIDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .includes(openid)
}
