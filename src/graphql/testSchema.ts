import { buildSchema } from './graphqlRuntime'

/**
 * A miniature of Payload's GraphQL shape for the limit rules' unit tests: paginated lists that
 * take `limit` and hold `docs`, a relationship Payload prices at 10, and a hasMany list.
 */
export function miniatureSchema() {
  const schema = buildSchema(`
    type Faq { question: String }
    type Procedure { name: String, faqs: [Faq] }
    type Condition { name: String, procedure: Procedure, faqs: [Faq], related: [Condition], parent: Condition }
    type Conditions { docs: [Condition], totalDocs: Int }
    type Query { Conditions(limit: Int, page: Int): Conditions, Condition(id: String!): Condition }
  `)
  const condition = schema.getType('Condition') as unknown as {
    getFields: () => Record<string, { extensions: Record<string, unknown> }>
  }
  // Payload sets this on relationship and upload fields (fieldToSchemaMap.js).
  condition.getFields().procedure.extensions = { complexity: 10 }
  return schema
}
