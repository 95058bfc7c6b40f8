import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'

import { AftercareSteps } from './collections/AftercareSteps'
import { Conditions } from './collections/Conditions'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { Procedures } from './collections/Procedures'
import { Users } from './collections/Users'
import {
  withGlobalResponseCacheInvalidation,
  withResponseCacheInvalidation,
} from './src/cache/invalidation'
import { createDatabaseAdapter } from './src/database/createDatabaseAdapter'
import { withListIndexes } from './src/database/listIndexes'
import { withParentIndexes } from './src/database/parentIndexes'
import { seoOptions } from './src/fields/seo'
import { ClinicSettings } from './src/globals/ClinicSettings'
import { localization } from './src/lib/localization'
import { scheduledPublishJobs } from './src/lib/scheduledPublishJobs'
import { requirePayloadSecret } from './src/lib/requirePayloadSecret'
import { adminOrigins, serverUrl } from './src/lib/serverUrl'
import { syndicationPlugin } from './src/syndication/plugin'
import { limitedSharp } from './src/uploads/limitedSharp'
import { uploadLimits } from './src/uploads/uploadLimits'
import { reviewedSchedules } from './src/workflow/reviewedSchedules'

const root = process.cwd()

export default buildConfig({
  secret: requirePayloadSecret(),
  serverURL: serverUrl(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: root },
    meta: { titleSuffix: ' · Clinic content hub' },
    // Payload's built-in avatar: Gravatar would send a hash of each editor's email to a third party.
    avatar: 'default',
    // Says so when the admin is open at an address whose saves the server will refuse.
    components: {
      header: ['/src/origins/OriginNotice#OriginNotice'],
      beforeLogin: ['/src/origins/OriginNotice#OriginNotice'],
    },
  },
  collections: [
    // Indexed for public lists (src/database/listIndexes); changes drop cached answers (src/cache).
    ...[Conditions, Procedures, AftercareSteps, Faqs].map((collection) =>
      withResponseCacheInvalidation(withListIndexes(collection)),
    ),
    // A replaced or deleted image changes the published pages that show it.
    withResponseCacheInvalidation(Media),
    Users,
  ],
  globals: [withGlobalResponseCacheInvalidation(ClinicSettings)],
  editor: lexicalEditor(),
  localization,
  jobs: scheduledPublishJobs,
  plugins: [seoPlugin(seoOptions), syndicationPlugin(), reviewedSchedules()],
  db: withParentIndexes(createDatabaseAdapter()),
  // sharp with a 40-megapixel decode limit; uploads over 10 MB are cut off with a 413.
  sharp: limitedSharp,
  upload: { limits: { fileSize: uploadLimits.maxFileBytes } },
  telemetry: false,
  // localhost, 127.0.0.1 and [::1] while SERVER_URL is unset; its origin alone once it is set.
  cors: adminOrigins(),
  csrf: adminOrigins(),
  graphQL: {
    schemaOutputFile: path.resolve(root, 'schema.graphql'),
    disablePlaygroundInProduction: true,
  },
  // Types are generated on purpose (npm run generate:types) with string IDs, as on MongoDB and
  // PostgreSQL, never as a side effect of whichever engine a developer happens to run.
  typescript: { outputFile: path.resolve(root, 'payload-types.ts'), autoGenerate: false },
})
