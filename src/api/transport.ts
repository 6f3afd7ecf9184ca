// How one event reaches the `api` cloud function. The platform files beside this one implement it:
//   transport.weapp.ts → wx.cloud.callFunction · transport.h5.ts → HTTP to the local cloud gateway.
// Always import './transport': Taro picks the platform file at build time; this file is the typed fallback.
import { TransportError } from './errors'

export type Transport = (event: { action: string; input: unknown; requestId: string }) => Promise<unknown>

export const transport: Transport = async () => {
  throw new TransportError(`no API transport for platform ${String(process.env.TARO_ENV)}`, false)
}
