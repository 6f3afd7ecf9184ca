// Nightly: removes rate-limit windows that ended more than a day ago. They can no longer refuse anything, and the
// openid keys they hold should not outlive their purpose (least retention).
import { removeEndedWindows } from '../../../api/src/repos/rateLimits'

const DAY = 86400000

export async function rateLimitSweep(now: Date): Promise<{ name: string; touched: number }> {
  return { name: 'rateLimitSweep', touched: await removeEndedWindows(new Date(now.getTime() - DAY)) }
}
