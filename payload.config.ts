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
import { adminDateFormat } from './src/admin/describeReviewDue'
import { withEditingLocks } from './src/admin/editingLocks'
import { withAdminJobsView } from './src/admin/jobsView'
import { withPublishedRelationsOnly } from './src/access/publishedRelationsOnly'
import {
  withGlobalResponseCacheInvalidation,
  withResponseCacheCommits,
  withResponseCacheInvalidation,
} from './src/cache/invalidation'
import { withReadRecording } from './src/cache/recordReads'
import { configuration } from './src/config'
import { createDatabaseAdapter } from './src/database/createDatabaseAdapter'
import { recordDatabaseFault } from './src/server/outage/databaseFault'
import { emailAdapter } from './src/mail/emailAdapter'
import { withListIndexes } from './src/database/listIndexes'
import { seoOptions } from './src/fields/seo'
import { selectComputedSources } from './src/fields/selectComputedSources'
import { ClinicSettings } from './src/globals/ClinicSettings'
import { localization } from './src/lib/localization'
import { loggingLevels, payloadLogger } from './src/lib/logging'
import { bulkWritesNeedWhere } from './src/lib/missingWhereQuery'
import { scheduledPublishJobs } from './src/lib/scheduledPublishJobs'
import { fallbackLocaleRequired } from './src/lib/fallbackLocaleRequired'
import { mongoOnlyOperatorsRefused } from './src/lib/mongoOnlyOperators'
import { mistypedValuesRefused } from './src/writes/refuseMistypedValues'
import { reviewNotifications } from './src/notifications/plugin'
import { syndicationPlugin } from './src/syndication/plugin'
import { syndicatedCollections } from './src/syndication/shape/syndicatedCollections'
import { mediaStorage } from './src/storage/mediaStorage'
import { limitedSharp } from './src/uploads/limitedSharp'
import { uploadLimits } from './src/uploads/uploadLimits'
import { auditTrail } from './src/audit/auditTrail'
import {
  reviewedSchedules,
  withPinnedScheduledPublish,
  withScheduleGuards,
} from './src/workflow/reviewedSchedules'

const root = process.cwd()
// Every environment variable, parsed and checked once (src/config).
const config = configuration()
// Awaited here so that only the adapter DATABASE_URL names is loaded (src/database).
const databaseAdapter = await createDatabaseAdapter(config.database)

const builtConfig = buildConfig({
  secret: config.payloadSecret,
  serverURL: config.server.publicUrl,
  admin: {
    user: Users.slug,
    importMap: { baseDir: root },
    meta: { titleSuffix: ' · Clinic content hub' },
    // Payload's built-in avatar: Gravatar would send a hash of each editor's email to a third party.
    avatar: 'default',
    // With the year, day first: "30 Nov 2026, 15:04".
    dateFormat: adminDateFormat,
    // Says so when the admin is open at an address whose saves the server will refuse.
    components: {
      header: ['/src/origins/OriginNotice#OriginNotice'],
      beforeLogin: ['/src/origins/OriginNotice#OriginNotice'],
      // The dashboard opens with each person's work queue (src/admin/dashboard).
      beforeDashboard: ['/src/admin/dashboard/WorkQueue#WorkQueue'],
    },
  },
  collections: [
    // Indexed for public lists (src/database/listIndexes); changes drop cached answers (src/cache).
    // Readers who may not see drafts see only published related documents (src/access).
    ...[Conditions, Procedures, AftercareSteps, Faqs].map((collection) =>
      withEditingLocks(
        withResponseCacheInvalidation(
          withListIndexes(withPublishedRelationsOnly(collection, syndicatedCollections)),
        ),
      ),
    ),
    // A replaced or deleted image changes the published pages that show it.
    withResponseCacheInvalidation(Media),
    Users,
  ],
  globals: [withGlobalResponseCacheInvalidation(ClinicSettings)],
  editor: lexicalEditor(),
  // SMTP when SMTP_URL is set, else each mail is written to the log (src/mail).
  email: emailAdapter(config.mail),
  localization,
  jobs: withAdminJobsView(scheduledPublishJobs(config.jobs.scheduledPublishCron)),
  plugins: [
    // Images on this server's disk (MEDIA_DIR), or in one S3 bucket all servers share.
    mediaStorage(config.mediaS3),
    seoPlugin(seoOptions),
    syndicationPlugin(),
    reviewedSchedules(),
    reviewNotifications({ digestCron: config.jobs.reviewDigestCron }),
    fallbackLocaleRequired(),
    // Last, so they follow the collections the other plugins add.
    auditTrail(),
    bulkWritesNeedWhere(),
    mongoOnlyOperatorsRefused(),
    mistypedValuesRefused(),
    // A read of some fields only still computes the computed fields it returns as a full read does.
    selectComputedSources(),
  ],
  // Commits tell the response cache that a content write became visible (src/cache/invalidation),
  // reads are recorded into the cached answer they make (src/cache/recordReads);
  // writing a schedule checks who schedules and pins the reviewed text (src/workflow).
  db: withResponseCacheCommits(withReadRecording(withScheduleGuards(databaseAdapter))),
  // Keeps the error behind Payload's own 500 answer, so a database timeout is answered 503.
  hooks: { afterError: [recordDatabaseFault] },
  // sharp with a 40-megapixel decode limit; uploads over 10 MB are cut off with a 413.
  sharp: limitedSharp,
  upload: { limits: { fileSize: uploadLimits.maxFileBytes } },
  telemetry: false,
  logger: payloadLogger(),
  loggingLevels,
  // localhost, 127.0.0.1 and [::1] while SERVER_URL is unset; its origin alone once it is set.
  cors: config.server.adminOrigins,
  csrf: config.server.adminOrigins,
  graphQL: {
    schemaOutputFile: path.resolve(root, 'schema.graphql'),
    disablePlaygroundInProduction: true,
  },
  // Types are generated on purpose (npm run generate:types) with string IDs, as on MongoDB and
  // PostgreSQL, never as a side effect of whichever engine a developer happens to run.
  typescript: { outputFile: path.resolve(root, 'payload-types.ts'), autoGenerate: false },
})

// Scheduled publishes publish only the text the reviewer scheduled (src/workflow/reviewedSchedules).
export default withPinnedScheduledPublish(builtConfig)
