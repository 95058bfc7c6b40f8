import SwaggerParser from '@apidevtools/swagger-parser'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { expect } from 'vitest'

type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, any> }>> }

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/**
 * Validates responses against the served OpenAPI document with real validators: the document with
 * swagger-parser, each body with Ajv's JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  private readonly validators = new Map<string, ValidateFunction>()
  checked = 0

  private constructor(
    readonly document: OpenApi,
    private readonly basePath: string,
  ) {
    addFormats(this.ajv)
    this.ajv.addSchema(document as never, 'openapi')
  }

  static async load(baseUrl: string): Promise<OpenApiContract> {
    const response = await fetch(`${baseUrl}/syndication/v1/openapi.json`)
    const document = (await response.json()) as OpenApi
    await SwaggerParser.validate(structuredClone(document) as never)
    return new OpenApiContract(document, '/syndication/v1')
  }

  /** The documented path template a request path falls under. */
  templateOf(path: string): string {
    const relative = path.slice(this.basePath.length) || '/'
    const templates = Object.keys(this.document.paths)
    const exact = templates.find((template) => template === relative)
    if (exact) return exact
    const matched = templates.find((template) =>
      new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(
        relative,
      ),
    )
    if (!matched) throw new Error(`No documented path for ${relative}`)
    return matched
  }

  /** Fails the test unless the status, media type and body are what the document promises. */
  expectConforms(
    method: string,
    url: string,
    status: number,
    contentType: string | null,
    body: string,
  ) {
    const { pathname } = new URL(url)
    const template = this.templateOf(pathname)
    const operation = this.document.paths[template]?.[method.toLowerCase()]
    expect(operation, `${method} ${template} is documented`).toBeDefined()
    const documented = operation!.responses[String(status)]
    expect(documented, `${method} ${template} documents status ${status}`).toBeDefined()
    this.checked++
    if (status === 304) {
      expect(body).toBe('')
      return
    }
    const mediaType = (contentType ?? '').split(';')[0]!.trim()
    expect(Object.keys(documented.content ?? {}), `${template} ${status} media types`).toContain(
      mediaType,
    )
    if (!/json$/.test(mediaType)) return
    const key = `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', mediaType, 'schema')}`
    let validate = this.validators.get(key)
    if (!validate) {
      validate = this.ajv.getSchema(key)
      if (!validate) throw new Error(`No schema at ${key}`)
      this.validators.set(key, validate)
    }
    const valid = validate(JSON.parse(body))
    expect(valid, `${method} ${url} ${status}: ${this.ajv.errorsText(validate.errors)}`).toBe(true)
  }
}
