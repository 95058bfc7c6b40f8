/**
 * graphql-js, as the copy Payload and graphql-http load. The package has no `exports` map: Node
 * resolves `graphql` to its CommonJS build, while Vite (our tests) picks the ES module build, and
 * graphql-js refuses types from one build inside a schema made by the other. Naming the file
 * makes every loader use the one Payload's schema comes from.
 */
export * from 'graphql/index.js'
