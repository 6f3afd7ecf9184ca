// certificates.list — the caller's own certificates, newest first (index volunteer_issued), codes included so
// they can show or share one again. Round trips: caller (router), list (1).
import { listCertificates } from '../../repos/certificates'
import { defineAction } from '../define'
import { certificateView } from './view'

// The contract has no paging: a volunteer asks for a handful of certificates; the newest 100 are returned.
const MAX_LISTED = 100

export const list = defineAction({
  action: 'certificates.list',
  // Certificates stay readable to whoever they were issued to, whatever roles they hold now.
  allow: ['resident', 'volunteer', 'coordinator', 'admin'],
  scope: 'self',
  async handler(_input, ctx) {
    return { items: (await listCertificates(ctx.openid, MAX_LISTED)).map(certificateView) }
  }
})
