import { createRequire } from 'node:module'
import path from 'node:path'

type Sharp = typeof import('sharp').default

let sharp: Sharp | undefined

/**
 * sharp, loaded when the first image is read rather than when the server starts: with libvips it
 * was about 0.1 s of CPU and 13 MB of a start that reads no image (issue 15). Payload calls sharp
 * synchronously, so it is required (sharp is CommonJS), from the project's folder: in a bundled
 * server import.meta.url points into the bundle's.
 */
export function loadSharp(): Sharp {
  sharp ??= createRequire(path.join(process.cwd(), 'package.json'))('sharp') as Sharp
  return sharp
}
