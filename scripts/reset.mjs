// npm run reset — wipes the local cloud's data folder (database and files); the next `npm start` re-seeds.
import fs from 'fs'
import path from 'path'
import { root } from './lib.mjs'

const dir = path.resolve(root, process.env.DATA_DIR ?? '.data')
if (!dir.startsWith(root + path.sep) && !process.env.DATA_DIR) throw new Error(`refusing to delete ${dir}`)
fs.rmSync(dir, { recursive: true, force: true })
console.log(`removed ${dir}`)
