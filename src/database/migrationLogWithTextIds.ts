import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

import { rebuildSqliteTables } from './rebuildSqliteTables'

/**
 * Payload records every migration it runs in `payload_migrations`, with an ID of the running
 * adapter's kind. On a new database the first migration makes that table with the integer ID of
 * its day, and the server that runs it, with text IDs, could not record it ("datatype mismatch").
 * So, when the running adapter uses text IDs, the first migration ends by giving the (still empty)
 * table a text ID; databases made before never run the first migration again.
 */
export async function migrationLogWithTextIds({ db, payload }: MigrateUpArgs): Promise<void> {
  if (payload.db.defaultIDType !== 'text') return
  await rebuildSqliteTables(db, [
    `CREATE TABLE \`__new_payload_migrations\` (
      \`id\` text(36) PRIMARY KEY NOT NULL,
      \`name\` text,
      \`batch\` numeric,
      \`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
      \`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
    );`,
    `INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`,
    `CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
    `CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  ])
}
