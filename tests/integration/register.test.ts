// `node -r ./localcloud/register.js any-script.js`: any code that requires wx-server-sdk runs against the local
// store in DATA_DIR, unmodified — and the data is there for the next process.
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

const ROOT = path.resolve(__dirname, '../..')

it('runs an unmodified wx-server-sdk script against the local cloud, durably', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'register-'))
  const script = path.join(dataDir, 'my-function.js')
  fs.writeFileSync(
    script,
    `
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const db = cloud.database()
    ;(async () => {
      if (process.argv[2] === 'write') {
        await db.createCollection('notes')
        await db.collection('notes').add({ data: { text: '你好', at: db.serverDate() } })
      }
      const { data } = await db.collection('notes').get()
      console.log(JSON.stringify(data.map((d) => ({ text: d.text, isDate: d.at instanceof Date }))))
    })()`
  )
  const run = (arg: string) =>
    execFileSync(process.execPath, ['-r', path.join(ROOT, 'localcloud/register.js'), script, arg], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NODE_PATH: path.join(ROOT, 'node_modules') }
    })
      .toString()
      .trim()
  expect(run('write')).toBe('[{"text":"你好","isDate":true}]')
  expect(run('read')).toBe('[{"text":"你好","isDate":true}]')
})
