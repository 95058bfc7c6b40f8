type VersionsAnswer = { docs?: { id: string | number }[] }

/**
 * For `/admin/collections/{collection}/{id}/versions/{versionId}` without `versionFrom`: the same
 * address comparing with the currently published version, read over REST with the person's own
 * session cookie. Null (leave Payload's default) when a comparison is chosen already, nothing is
 * published, or the version shown is the published one.
 */
export async function versionFromPublished(
  url: URL,
  cookie: string | null,
  origin: string,
): Promise<URL | null> {
  if (url.searchParams.has('versionFrom') || !cookie) return null
  const match = /^\/admin\/collections\/([^/]+)\/([^/]+)\/versions\/([^/]+)\/?$/.exec(url.pathname)
  if (!match) return null
  const [, collection, id, versionId] = match
  const query = new URLSearchParams({
    'where[parent][equals]': decodeURIComponent(id),
    'where[version._status][equals]': 'published',
    sort: '-updatedAt',
    limit: '1',
    depth: '0',
  })
  try {
    const response = await fetch(new URL(`/api/${collection}/versions?${query}`, origin), {
      // Payload ignores a session cookie on a request without an allowed Origin (its CSRF check).
      headers: { cookie, origin },
    })
    if (!response.ok) return null
    const published = ((await response.json()) as VersionsAnswer).docs?.[0]
    if (!published || String(published.id) === decodeURIComponent(versionId)) return null
    const target = new URL(url.href)
    target.searchParams.set('versionFrom', String(published.id))
    return target
  } catch {
    return null
  }
}
