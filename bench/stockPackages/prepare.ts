import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** A package the project patches (patches/<name>+<version>.patch, patch-package's naming). */
export type PatchedPackage = { name: string; patchFile: string }

/** The packages patches/ changes: `@scope+name+1.2.3.patch` → `@scope/name`. */
export function patchedPackages(root = process.cwd()): PatchedPackage[] {
  const dir = path.join(root, 'patches')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.patch'))
    .map((file) => {
      const parts = file.slice(0, -'.patch'.length).split('+')
      parts.pop()
      return { name: parts.join('/'), patchFile: path.join(dir, file) }
    })
}

/**
 * Copies every patched package into `into/node_modules` and takes our patch back out of the copy,
 * so the benchmark's yardsticks can run Payload, drizzle and libsql exactly as published
 * (bench/stockPackages/hooks.mjs points their imports there). Without this, the stock handlers
 * would run on our patches too and a speed-up inside a dependency would not show against them.
 * Returns the names of the packages prepared.
 */
export function prepareStockPackages(into: string, root = process.cwd()): string[] {
  rmSync(into, { recursive: true, force: true })
  const packages = patchedPackages(root)
  for (const { name, patchFile } of packages) {
    cpSync(path.join(root, 'node_modules', name), path.join(into, 'node_modules', name), {
      recursive: true,
    })
    // The patch names files as a/node_modules/<name>/…; -p1 strips the a/ and b/.
    execFileSync('patch', ['--reverse', '--silent', '-p1', '-d', into, '-i', patchFile])
  }
  return packages.map(({ name }) => name)
}
