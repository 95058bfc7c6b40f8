import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { inScratchFolder, typeScriptErrors } from './outsideTools'

/**
 * The syndication API's `?format=jsonld`, checked as integrators check schema.org: typed with
 * schema-dts (tsc refuses a property a type does not have), and walked for types and properties
 * the vocabulary does not define at all.
 */
let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  fixture = await syndicationFixture(server.baseUrl, server.payload)
})
afterAll(() => server?.close())

/** Each JSON-LD answer and the schema-dts type it must be. */
const answers = [
  ['conditionPage', '/conditions/tmj-disorder?format=jsonld', 'WithContext<MedicalWebPage>'],
  [
    'procedurePage',
    '/procedures/therapeutic-botox-injection?format=jsonld',
    'WithContext<MedicalWebPage>',
  ],
  ['stepPage', '/aftercare-steps/tenderness?format=jsonld', 'WithContext<MedicalWebPage>'],
  ['faqPage', '/faqs/is-there-downtime?format=jsonld', 'WithContext<FAQPage>'],
  ['faqList', '/faqs?format=jsonld', 'WithContext<FAQPage>'],
  ['conditionList', '/conditions?format=jsonld', 'Graph'],
  ['procedureList', '/procedures?format=jsonld', 'Graph'],
] as const

/** schema.org's type and property names, as schema-dts declares them. */
async function vocabulary() {
  const declarations = await fs.readFile(
    createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts'),
    'utf8',
  )
  return {
    types: new Set([...declarations.matchAll(/"@type": "(\w+)"/g)].map((match) => match[1]!)),
    properties: new Set(
      [...declarations.matchAll(/^\s+"?(\w+)"?\?: /gm)].map((match) => match[1]!),
    ),
  }
}

/** Every @type and property name in a JSON-LD value the vocabulary does not know, with its path. */
function unknownTerms(value: unknown, known: Awaited<ReturnType<typeof vocabulary>>, at = '$') {
  const found: string[] = []
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...unknownTerms(item, known, `${at}[${index}]`)))
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '@type') {
        for (const type of [child].flat() as string[]) {
          if (!known.types.has(type)) found.push(`${at}: type ${type}`)
        }
      } else if (!key.startsWith('@') && !known.properties.has(key)) {
        found.push(`${at}: property ${key}`)
      }
      found.push(...unknownTerms(child, known, `${at}.${key}`))
    }
  }
  return found
}

describe('syndication JSON-LD, with schema-dts', () => {
  test('should use only types and properties schema.org defines', async () => {
    const known = await vocabulary()
    // The walk itself: it knows the vocabulary, and it finds what is not in it.
    expect(known.types.size).toBeGreaterThan(500)
    expect(unknownTerms({ '@type': ['Drug', 'Potion'], name: 'x', strength: 1 }, known)).toEqual([
      '$: type Potion',
      '$: property strength',
    ])
    for (const [, url] of answers) {
      const { status, body } = await fixture.get(url)
      expect(status, url).toBe(200)
      expect(unknownTerms(body, known), url).toEqual([])
    }
  })

  test('should type-check against schema-dts', async () => {
    await inScratchFolder('jsonld', async (folder) => {
      const lines = [
        "import type { FAQPage, Graph, MedicalWebPage, WithContext } from 'schema-dts'",
        // A control: schema-dts must refuse a property its type lacks, or this check proves nothing.
        "const control: WithContext<MedicalWebPage> = { '@context': 'https://schema.org', '@type': 'MedicalWebPage', // @ts-expect-error TherapeuticProcedure's 'indication' is not a MedicalWebPage property\n indication: 'x' }",
        'export { control }',
      ]
      for (const [name, url, type] of answers) {
        const { body } = await fixture.get(url)
        lines.push(`export const ${name}: ${type} = ${JSON.stringify(body, null, 2)}`)
      }
      await fs.writeFile(path.join(folder, 'answers.ts'), lines.join('\n\n'))
      expect(await typeScriptErrors(folder, ['answers.ts'])).toEqual([])
    })
  })
})
