// Content security for user text (WeChat msgSecCheck v2). Anything but `pass` is refused: a `review` verdict
// is treated as risky because nobody reviews it afterwards.
import { AppError } from '../../../../src/shared/errors'
import { cloud } from './cloud'

/** Checks each named text field; throws CONTENT_RISKY naming the first risky field. */
export async function assertTextSafe(openid: string, fields: Record<string, string | undefined | null>): Promise<void> {
  for (const [field, content] of Object.entries(fields)) {
    if (!content) continue
    const res = await cloud.openapi.security.msgSecCheck({ openid, scene: 1, version: 2, content })
    if (res?.result?.suggest !== 'pass') throw new AppError('CONTENT_RISKY', { [field]: '内容含有不适宜的信息，请修改' })
  }
}
