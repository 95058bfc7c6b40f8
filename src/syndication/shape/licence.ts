/**
 * The licence partners republish under. A deployment states its own terms through the
 * environment; the default says what the syndication agreement allows.
 */
export type Licence = { name: string; url: string | null; terms: string }

export function syndicationLicence(env: NodeJS.ProcessEnv = process.env): Licence {
  return {
    name: env.SYNDICATION_LICENCE_NAME?.trim() || 'Partner syndication licence',
    url: env.SYNDICATION_LICENCE_URL?.trim() || null,
    terms:
      env.SYNDICATION_LICENCE_TERMS?.trim() ||
      'Republish unaltered, with the attribution shown and a link to the canonical URL. Take the text down when it is withdrawn.',
  }
}
