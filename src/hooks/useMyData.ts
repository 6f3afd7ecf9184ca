// 我的数据: the caller's data, read by me.export when the page opens — the sections to read on the page and the JSON
// file (in cloud storage, temporary link) to keep: H5 downloads it, weapp sends it to a chat (文件传输助手) or
// copies the link, like the coordinators' CSV exports (exportFile.ts). Each opening is a new export (new requestId);
// a retry of one opening (e.g. after a lost reply) reuses its id, so it overwrites its own file.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionOutput } from '../shared/contracts'
import { copyExportLink, fetchExportFile, shareExportFile } from './exportFile'
import { useAction } from './useAction'

type MyData = ActionOutput<'me.export'>
const freshId = () => `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

export function useMyData() {
  const action = useAction('me.export')
  const [data, setData] = useState<MyData | null>(null)
  const requestId = useRef(freshId())
  const { run } = action

  const load = useCallback(async () => {
    const r = await run({ requestId: requestId.current })
    if (r) {
      setData(r)
      requestId.current = freshId()
    }
  }, [run])

  // Once, when the page opens: `run` (and so `load`) keeps its identity for the page's lifetime.
  useEffect(() => {
    void load()
  }, [load])

  /** H5: downloads the JSON; weapp: downloads it, then 发送到聊天 (or the link is copied when that fails). */
  const download = useCallback(async () => {
    if (!data) return
    const localPath = await fetchExportFile(data.file)
    if (process.env.TARO_ENV !== 'h5') {
      if (!localPath || !(await shareExportFile(localPath, data.file.fileName))) await copyExportLink(data.file)
    }
  }, [data])
  const copyLink = useCallback(async () => {
    if (data) await copyExportLink(data.file)
  }, [data])

  return { data, loading: action.pending && !data, error: action.formError, reload: load, download, copyLink }
}
