// Which community an export covers: the caller's own; an admin may name any (a coordinator naming another
// community is refused FORBIDDEN, one naming a community that does not exist NOT_FOUND). Also the file-name
// stamp (the community's name, safe in a file name).
import { AppError } from '../../../../../src/shared/errors'
import { assertSameCommunity, callerCommunity } from '../../lib/scope'
import { findCommunity, type CommunityDoc } from '../../repos/communities'
import type { ActionContext } from '../define'

export async function exportCommunity(ctx: ActionContext, named: string | undefined): Promise<CommunityDoc> {
  const id = named ?? callerCommunity(ctx)
  assertSameCommunity(ctx, id)
  const community = ctx.community?._id === id ? ctx.community : await findCommunity(id)
  if (!community) throw new AppError('NOT_FOUND', { communityId: '社区不存在' })
  return community
}

/** 服务记录_文昌社区_2026-11.csv: characters that file systems refuse become _. */
export function exportFileName(title: string, community: CommunityDoc, period: string): string {
  return `${title}_${community.name}_${period}.csv`.replace(/[\\/:*?"<>|\s]+/g, '_')
}
