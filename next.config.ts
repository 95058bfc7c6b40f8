import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Express serves the API with its own copy of Payload; bundling Payload into .next would create a
  // second copy whose error classes fail `instanceof` checks (a Forbidden thrown by one copy would
  // be answered as a 500 by the other).
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'sharp',
    'libsql',
    '@libsql/client',
  ],
  poweredByHeader: false,
  // Titles and meta descriptions in the <head> of the HTML as sent, for every client: by default
  // Next streams them into the <body> for browsers, and validators and simple crawlers miss them.
  htmlLimitedBots: /.*/,
  // `npm run typecheck` checks types once for the whole project; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
