import { prepareProductionRuntime } from './runtimeMode'

/**
 * Export and import reach the database the way `npm start` does (production: migrations, the
 * operator's secret), unless NODE_ENV names another mode on purpose, as `npm run dev` and the
 * tests do: their databases are shaped by schema push, not migrations.
 */
export function prepareBackupRuntime(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.NODE_ENV || env.NODE_ENV === 'production') prepareProductionRuntime(env)
}
