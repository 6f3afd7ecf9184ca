// Secrets the deployed functions read from their environment; locally generated once per data folder and kept
// in DATA_DIR/secrets.json (mode 600), so encrypted data stays readable across restarts of that folder.
import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'

const GENERATED = ['ID_MASTER_KEY'] as const

export function loadLocalSecrets(dataDir: string): void {
  const file = path.join(dataDir, 'secrets.json')
  const saved: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  let changed = false
  for (const name of GENERATED) {
    if (!saved[name]) {
      saved[name] = randomBytes(32).toString('base64')
      changed = true
    }
    if (!process.env[name]) process.env[name] = saved[name]
  }
  if (changed) fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 })
}
