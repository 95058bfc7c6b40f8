/**
 * Which packages the compiled server carries in its own files instead of loading from node_modules
 * (issue 15: Node's module loader resolving, reading and linking about 1,700 files was most of the
 * start). Bundled: packages only our server code imports, so nothing else needs their very copy.
 * Payload and everything it depends on stay in node_modules, shared as before: one copy of Payload
 * (its error classes are checked with `instanceof`), of graphql-js, React and Next.
 *
 * The database layer (the SQLite and PostgreSQL adapters, Payload's drizzle package, drizzle and
 * the libsql client: about 300 files) is bundled too. Next's admin would load its own copy from
 * node_modules with its build of payload.config.ts, but it is handed the adapter the server built
 * (src/database/oncePerProcess.ts), so no second copy is loaded. The native `libsql` and `pg`
 * stay in node_modules; drizzle-kit, which loads drizzle from there, only runs for schema pushes
 * in development and `migrate:create`, and recognises tables across copies by drizzle's
 * `entityKind`, not by class.
 *
 * Rich text and the two plugins are bundled the way Next already bundles them for the admin
 * (Payload's withPayload leaves them out of serverExternalPackages): the admin has always run its
 * own copy beside the one the Express server loads, which now comes from the server's files.
 * test/startup/compiledAnswers.int.test.ts holds the compiled server's answers to the sources'.
 */
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'

export const bundledPackages = [
  '@libsql/client',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/plugin-cloud-storage',
  '@payloadcms/plugin-seo',
  '@payloadcms/richtext-lexical',
  'drizzle-orm',
  'etag',
  'express',
  'express-rate-limit',
  'feed',
  'fresh',
  'helmet',
  'standardwebhooks',
  'zod',
]

/** Never bundled, from wherever imported: shared instances, native code, build tools. */
const alwaysInNodeModules = [
  'drizzle-kit',
  'graphql',
  'libsql',
  'next',
  'payload',
  'pg',
  'react',
  'react-dom',
  'sharp',
]

/** The package a bare import names: `zod/v4` → `zod`, `@scope/name/x` → `@scope/name`. */
export function packageOf(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** The directory Node would load `name` from, looking up from `fromDirectory`, or undefined. */
export function packageDirectory(name, fromDirectory) {
  for (let directory = fromDirectory; ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'node_modules', name)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate)
    if (path.dirname(directory) === directory) return undefined
  }
}

/**
 * Packages other code in node_modules shares with what we bundle: Payload's own dependencies and
 * Payload's packages (those not bundled themselves). A bundled package's import of one of them
 * stays an import from node_modules, so there is still one copy, unless the package uses its own
 * nested version (then Node would load a separate copy anyway, and it is bundled from there).
 */
export function sharedPackages(projectRoot) {
  const payloadDirectory = packageDirectory('payload', projectRoot)
  const payloadManifest = JSON.parse(
    fs.readFileSync(path.join(payloadDirectory, 'package.json'), 'utf8'),
  )
  return new Set([...alwaysInNodeModules, ...Object.keys(payloadManifest.dependencies ?? {})])
}

/**
 * Where an import goes: 'bundle' (esbuild resolves it from the importer, as Node would) or
 * 'external' (the compiled file imports it from node_modules at run time, resolved from outDir).
 */
export function placeImport({ specifier, importer, outDir, shared }) {
  if (isBuiltin(specifier)) return 'external'
  const name = packageOf(specifier)
  const fromBundledCode = importer.includes(`${path.sep}node_modules${path.sep}`)
  if (bundledPackages.includes(name)) return 'bundle'
  if (!fromBundledCode) return 'external'
  const isShared = shared.has(name) || name.startsWith('@payloadcms/')
  if (!isShared) return 'bundle'
  // The compiled file must load the very copy the package would have loaded.
  const fromImporter = packageDirectory(name, path.dirname(importer))
  if (fromImporter === packageDirectory(name, outDir)) return 'external'
  if (alwaysInNodeModules.includes(name)) {
    // Bundling it would copy native code or a second instance that must be one; the import from
    // node_modules would load another version than the package asks for. Neither is safe.
    throw new Error(
      `${importer} uses its own copy of ${name} (${fromImporter}), which the compiled server can neither bundle nor share: take the package that imports it out of bundledPackages, or install versions that agree.`,
    )
  }
  return 'bundle'
}

/** The esbuild plugin: every bare import goes through placeImport. */
export function bundledPackagesPlugin({ outDir, projectRoot }) {
  const shared = sharedPackages(projectRoot)
  return {
    name: 'bundled-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path: specifier, importer }) =>
        placeImport({ specifier, importer, outDir, shared }) === 'external'
          ? { path: specifier, external: true }
          : undefined,
      )
    },
  }
}
