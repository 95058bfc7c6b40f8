import { z } from 'zod'

import { changeEventSchema } from './eventSchema'
import { syndicationRegistry } from './schemaRegistry'

/**
 * The changes as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), each item with
 * the same ChangeEvent as `_syndication`, an extension member as the spec allows (names that
 * start with an underscore).
 */
const author = z.strictObject({ name: z.string(), url: z.url() })

export const jsonFeedSchema = z
  .strictObject({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.url().describe('The clinic’s website.'),
    feed_url: z.url(),
    description: z.string(),
    authors: z.array(author),
    items: z.array(
      z.strictObject({
        id: z.string(),
        url: z.url(),
        title: z.string(),
        content_text: z.string(),
        date_published: z.iso.datetime().describe('When the change happened.'),
        authors: z.array(author),
        tags: z.array(z.string()),
        _syndication: changeEventSchema,
      }),
    ),
  })
  .describe('JSON Feed 1.1; each item has `_syndication`, the same ChangeEvent.')
  .register(syndicationRegistry, { id: 'JsonFeed' })

export type JsonFeed = z.infer<typeof jsonFeedSchema>
