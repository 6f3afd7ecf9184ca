// src/api/storage.ts (H5 uploadImage) against a stubbed fetch: what it sends to the gateway and how failures read.
import { uploadImage } from '../../src/api/storage'
import { storeOpenid } from '../../src/api/localIdentity'

type Call = { url: string; init?: RequestInit }
let calls: Call[] = []
let answer: () => Promise<Response>

beforeEach(() => {
  calls = []
  storeOpenid('demo-resident-01')
  global.fetch = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    if (url.startsWith('blob:')) return new Response(new Blob([new Uint8Array([137, 80, 78, 71])], { type: url.endsWith('txt') ? 'text/plain' : 'image/png' }))
    return answer()
  }) as typeof fetch
})

const json = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

it('POSTs the picked bytes as the current identity, into the named folder, and returns the fileID', async () => {
  answer = json(200, { fileID: 'cloud://local-dev.local-bucket/orders/k/x.png' })
  expect(await uploadImage('orders', 'blob:http://localhost/1')).toBe('cloud://local-dev.local-bucket/orders/k/x.png')
  const post = calls[1]
  expect(post.url).toMatch(/^\/api\/storage\/upload\?cloudPath=orders%2F[a-z0-9]+\.png$/)
  expect(post.init).toMatchObject({ method: 'POST', headers: { 'content-type': 'image/png', 'x-wx-openid': 'demo-resident-01' } })
})

it('turns refusals and failures into ApiClientError with a Chinese message', async () => {
  answer = json(415, { errCode: -503004 })
  await expect(uploadImage('orders', 'blob:x')).rejects.toMatchObject({ name: 'ApiClientError', code: 'BAD_INPUT', message: expect.stringContaining('图片') })
  answer = json(413, {})
  await expect(uploadImage('orders', 'blob:x')).rejects.toMatchObject({ code: 'BAD_INPUT', message: '图片不能超过5MB，请换一张' })
  answer = async () => Promise.reject(new TypeError('fetch failed'))
  await expect(uploadImage('orders', 'blob:x')).rejects.toMatchObject({ code: 'NETWORK', message: '图片上传失败，请检查网络后重试' })
  calls = []
  await expect(uploadImage('orders', 'blob:x.txt')).rejects.toMatchObject({ code: 'BAD_INPUT', message: '仅支持 JPG、PNG、GIF、WEBP 格式的图片' })
  expect(calls).toHaveLength(1) // refused before any upload
})
