import { serializeJsonLd, type JsonLd } from '../_lib/jsonLd'

/** schema.org data for search engines, as a JSON-LD block in the page. */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
