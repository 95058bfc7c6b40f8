/**
 * Running integrators' own tools on what the server sends: the TypeScript compiler over generated
 * client code, and jing over XML. Generated files go to a temporary folder, never into the repository.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Runs `use` with a temporary folder that resolves packages from this repository's node_modules,
 * and removes the folder afterwards, whatever happened.
 */
export async function inScratchFolder<T>(name: string, use: (folder: string) => Promise<T>) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), `contract-${name}-`))
  try {
    await fs.symlink(path.resolve('node_modules'), path.join(folder, 'node_modules'), 'dir')
    return await use(folder)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}

/** Runs `tsc --noEmit` (strict) over the folder's files; returns its complaints, one per line. */
export async function typeScriptErrors(folder: string, files: string[]): Promise<string[]> {
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM'],
      types: [],
      skipLibCheck: true,
    },
    files,
  }
  await fs.writeFile(path.join(folder, 'tsconfig.json'), JSON.stringify(tsconfig))
  const tsc = path.resolve('node_modules/typescript/bin/tsc')
  try {
    await run(process.execPath, [tsc, '-p', path.join(folder, 'tsconfig.json')])
    return []
  } catch (error) {
    const { stdout } = error as { stdout?: string }
    return (stdout ?? String(error)).split('\n').filter((line) => line.includes('error TS'))
  }
}

/**
 * jing (Debian's RELAX NG and Schematron 1.5 validator) on an XML document; returns its
 * complaints, one per line (empty when valid). `.ci/run` installs it.
 */
export async function jingErrors(schemaPath: string, xml: string): Promise<string[]> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'contract-jing-'))
  const document = path.join(folder, 'document.xml')
  await fs.writeFile(document, xml)
  const compact = schemaPath.endsWith('.rnc') ? ['-c'] : []
  try {
    await run('jing', [...compact, schemaPath, document])
    return []
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    const output = `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error)
    return output
      .split('\n')
      .filter((line) => !line.startsWith('[warning]')) // Debian's launcher on optional jars
      .map((line) => line.replace(`${document}:`, ''))
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}
