import path from 'node:path'

/**
 * Where an engine's migrations are written (`migrate:create`). From the working directory, not
 * import.meta.url: in a bundled server (dist/server, Next's .next/server) import.meta.url points
 * into the bundle's folder.
 */
export const migrationDir = (engine: string) =>
  path.resolve(process.cwd(), 'src/migrations', engine)
