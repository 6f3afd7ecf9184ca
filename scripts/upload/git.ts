// Reads the git facts an upload is labelled with (read-only git commands).
import { execFileSync } from 'node:child_process'
import type { GitFacts } from './options'

const git = (args: string[], cwd: string): string => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

export function readGit(cwd: string): GitFacts {
  let tag: string | undefined
  try {
    tag = git(['describe', '--tags', '--exact-match', 'HEAD'], cwd) || undefined
  } catch {
    tag = undefined // HEAD is not tagged
  }
  return {
    sha: git(['rev-parse', '--short', 'HEAD'], cwd),
    subject: git(['log', '-1', '--format=%s'], cwd),
    commitCount: Number(git(['rev-list', '--count', 'HEAD'], cwd)),
    tag,
    dirty: git(['status', '--porcelain', '--untracked-files=no'], cwd) !== ''
  }
}
