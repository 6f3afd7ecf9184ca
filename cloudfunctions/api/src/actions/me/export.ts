// me.export — everything the app stores about the caller (《个人信息保护法》 art 45): every collection the policy
// table marks exported (src/shared/domain/myData.ts), read through its index (repos/myData.ts), shown as the
// person's own view (exportView.ts: their fields, masked ID, no one else's identifiers). Delivered twice: a JSON
// file in cloud storage with a temporary link (saved or sent like the coordinators' CSV exports) and sections for
// the 我的数据 page. The storage path derives from (openid, requestId): a retry overwrites its own file. The audit
// entry names the file (so account erasure can delete it), never its content.
// Round trips: caller (router), ~20 indexed reads (5 at a time), upload, URL, audit.
import { createHash } from 'crypto'
import { EXPORT_URL_MAX_AGE_S, MY_DATA_ITEMS } from '../../../../../src/shared/contracts'
import { EXPORTED_COLLECTIONS } from '../../../../../src/shared/domain/myData'
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay, toUtcIso } from '../../../../../src/shared/time'
import { cloud } from '../../lib/cloud'
import { tempFileUrls } from '../../lib/storage'
import { recordAuditOnce } from '../../repos/audit'
import { readMyData } from '../../repos/myData'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { defineAction } from '../define'
import { EXPORT_SPECS } from './exportView'

export const exportMyData = defineAction({
  action: 'me.export',
  allow: ROLES,
  scope: 'self',
  async handler(input, ctx) {
    const me = ctx.openid
    const data = await readMyData(me)
    const collections = Object.fromEntries(EXPORTED_COLLECTIONS.map((c) => [c, data[c].map((d) => EXPORT_SPECS[c].file(d, me))]))
    const sections = EXPORTED_COLLECTIONS.map((c) => ({
      key: c,
      title: EXPORT_SPECS[c].title,
      count: data[c].length,
      items: data[c].slice(0, MY_DATA_ITEMS).map((d) => ({ id: d._id, ...EXPORT_SPECS[c].item(d, me) }))
    }))
    const generatedAt = toUtcIso(ctx.now)
    const body = Buffer.from(JSON.stringify({ generatedAt, note: '证件号码仅以打码形式导出', collections }, null, 2), 'utf8')
    const key = createHash('sha256').update(`mydata\u0000${me}\u0000${input.requestId}`).digest('hex').slice(0, 32)
    const uploaded = await cloud.uploadFile({ cloudPath: `mydata/${key}/mydata.json`, fileContent: body })
    if (!uploaded.fileID) throw new AppError('INTERNAL')
    const url = (await tempFileUrls([{ fileID: uploaded.fileID, maxAge: EXPORT_URL_MAX_AGE_S }]))[0]?.tempFileURL
    if (!url) throw new AppError('INTERNAL')
    await recordAuditOnce(
      `mydata-${key}`,
      {
        actorOpenid: me,
        action: 'me.export',
        targetType: 'user',
        targetId: me,
        requestId: input.requestId,
        after: { fileId: uploaded.fileID, bytes: body.length }
      },
      ctx.now
    )
    const rows = sections.reduce((n, s) => n + s.count, 0)
    return { file: { fileName: `我的数据_${shanghaiDay(ctx.now)}.json`, fileId: uploaded.fileID, url, rows, bytes: body.length }, generatedAt, sections }
  }
})
