import fs from 'node:fs/promises'
import path from 'node:path'

import { codegen } from '@graphql-codegen/core'
import * as typescriptOperationsPlugin from '@graphql-codegen/typescript-operations'
import {
  buildClientSchema,
  getIntrospectionQuery,
  parse,
  printSchema,
  type IntrospectionQuery,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import * as websiteQueries from '../../src/app/(site)/_lib/queries'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { inScratchFolder, typeScriptErrors } from './outsideTools'

let server: TestServer
let schemaText: string

beforeAll(async () => {
  server = await startTestServer()
  const response = await fetch(`${server.baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  })
  const { data } = (await response.json()) as { data: IntrospectionQuery }
  schemaText = printSchema(buildClientSchema(data))
})
afterAll(() => server?.close())

/**
 * What the website's pages do with the answers, written against the generated types: if a query
 * stops matching the schema, or a field changes type, tsc fails here.
 */
const readsAs = `
import type * as Op from './operations'

export const conditionName = (q: Op.ConditionPageQuery): string | null | undefined =>
  q.Conditions?.docs?.[0]?.name
export const procedureDrug = (q: Op.ProcedurePageQuery): string | null | undefined =>
  q.Procedures?.docs?.[0]?.drug
export const stepOrder = (q: Op.AftercareQuery): (number | null | undefined)[] =>
  (q.AftercareSteps?.docs ?? []).map((step) => step?.order)
export const questions = (q: Op.FaqPageQuery): (string | null | undefined)[] =>
  (q.Faqs?.docs ?? []).map((faq) => faq?.question)
export const siteUrl = (q: Op.SitemapQuery): string | null | undefined => q.ClinicSetting?.siteUrl
export const roles = (q: Op.ClinicSettingsQuery): string[] =>
  (q.meUser?.user?.roles ?? []).map((role) => String(role))
`

describe("the website's GraphQL queries, with graphql-codegen", () => {
  const operations = Object.entries(websiteQueries).filter(
    ([, value]) => typeof value === 'string' && /^\s*query /.test(value),
  )

  test('should generate typescript-operations types for every query that tsc accepts', async () => {
    expect(operations.length).toBeGreaterThanOrEqual(9)
    const output = await codegen({
      schema: parse(schemaText),
      documents: operations.map(([name, query]) => ({
        location: `queries.ts#${name}`,
        document: parse(query as string),
      })),
      filename: 'operations.ts',
      config: { enumsAsTypes: true },
      // typescript-operations 6 writes the schema types an operation needs itself.
      plugins: [{ typescriptOperations: {} }],
      pluginMap: { typescriptOperations: typescriptOperationsPlugin },
    })
    await inScratchFolder('graphql', async (folder) => {
      await fs.writeFile(path.join(folder, 'operations.ts'), output)
      await fs.writeFile(path.join(folder, 'readsAs.ts'), readsAs)
      expect(await typeScriptErrors(folder, ['operations.ts', 'readsAs.ts'])).toEqual([])
    })
  })
})
