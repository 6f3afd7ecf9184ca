// Entry point of the `api` cloud function (bundled to ../index.js by `npm run build:functions`).
import { handle } from './router'

export async function main(event: unknown): Promise<unknown> {
  return handle(event)
}
