// Small demo photos for 随手拍 (no image files in the repo): a PNG drawn from a colour scheme — sky, ground and a
// block standing for the problem (or, after rectification, the tidy scene) — enough for a thumbnail to read as a
// picture in screenshots. Encoded by hand: 8-bit RGB, one zlib stream, CRC-32 per chunk.
import zlib from 'zlib'

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

type Rgb = [number, number, number]
export interface Scene {
  sky: Rgb
  ground: Rgb
  thing: Rgb
}

/** A `w`×`h` PNG: sky above 55 %, ground below, a block (the thing photographed) in the middle. */
export function demoPng(scene: Scene, w = 240, h = 180): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3) // filter byte 0, then RGB
    for (let x = 0; x < w; x++) {
      const inThing = x > w * 0.35 && x < w * 0.65 && y > h * 0.35 && y < h * 0.8
      const base = inThing ? scene.thing : y < h * 0.55 ? scene.sky : scene.ground
      const shade = inThing ? 0 : Math.round((y / h) * 24) // a little depth
      row[1 + x * 3] = Math.max(0, base[0] - shade)
      row[2 + x * 3] = Math.max(0, base[1] - shade)
      row[3 + x * 3] = Math.max(0, base[2] - shade)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

export const SCENES = {
  litter: { sky: [176, 196, 214], ground: [120, 112, 96], thing: [84, 140, 60] } as Scene,
  litterClean: { sky: [176, 196, 214], ground: [150, 150, 140], thing: [200, 200, 196] } as Scene,
  lamp: { sky: [40, 44, 70], ground: [60, 60, 64], thing: [90, 90, 96] } as Scene,
  lampFixed: { sky: [40, 44, 70], ground: [90, 86, 70], thing: [250, 214, 110] } as Scene,
  stall: { sky: [190, 210, 230], ground: [140, 130, 120], thing: [214, 80, 60] } as Scene,
  hazard: { sky: [200, 200, 210], ground: [110, 100, 90], thing: [240, 170, 30] } as Scene,
  bench: { sky: [186, 214, 236], ground: [110, 150, 90], thing: [130, 90, 60] } as Scene
}
