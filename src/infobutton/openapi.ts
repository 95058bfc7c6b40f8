/**
 * `GET /infobutton` in the OpenAPI document. It lives beside the syndication API, not under it,
 * so the path names its own server (the site's origin) and needs no key.
 */
export function infobuttonPaths(origin: string) {
  const query = (name: string, description: string, schema: Record<string, unknown>) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema,
  })
  const rateLimited = {
    description: 'Over the per-address rate limit: wait Retry-After seconds.',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  }
  return {
    '/infobutton': {
      servers: [{ url: origin }],
      get: {
        operationId: 'infobutton',
        summary: 'HL7 Infobutton knowledge request (URL-based), as MedlinePlus Connect answers it',
        description:
          'Reviewed, published conditions matching a problem code (ICD-10-CM or SNOMED CT) or name, with their procedure, page link, attribution, last review and off-label notice. No key; limited per client address (RateLimit headers). Unknown codes answer 200 with an empty feed; malformed parameters 400. Other Infobutton parameters are accepted and ignored.',
        tags: ['Clinical systems'],
        security: [],
        parameters: [
          query('mainSearchCriteria.v.c', 'The problem code, e.g. G47.63.', { type: 'string' }),
          query(
            'mainSearchCriteria.v.cs',
            'Code system OID: 2.16.840.1.113883.6.90 (ICD-10-CM) or 2.16.840.1.113883.6.96 (SNOMED CT).',
            { type: 'string', enum: ['2.16.840.1.113883.6.90', '2.16.840.1.113883.6.96'] },
          ),
          query('mainSearchCriteria.v.dn', 'The problem’s name; searched when no code is given.', {
            type: 'string',
            maxLength: 200,
          }),
          query(
            'informationRecipient.languageCode.c',
            'Language of the answer: en (default) or es; others fall back to English.',
            { type: 'string', examples: ['en', 'es'] },
          ),
          query('knowledgeResponseType', 'text/xml (Atom, default) or application/json.', {
            type: 'string',
            enum: ['text/xml', 'application/atom+xml', 'application/json'],
          }),
        ],
        responses: {
          '200': {
            description: 'An Atom feed (or its JSON form) with one entry per matching condition.',
            headers: {
              RateLimit: { schema: { type: 'string' } },
              'RateLimit-Policy': { schema: { type: 'string' } },
            },
            content: {
              'text/xml': { schema: { type: 'string' } },
              'application/atom+xml': { schema: { type: 'string' } },
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { feed: { type: 'object' } },
                  required: ['feed'],
                },
              },
            },
          },
          '400': {
            description: 'A parameter is malformed.',
            content: {
              'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
            },
          },
          '429': rateLimited,
        },
      },
    },
  }
}
