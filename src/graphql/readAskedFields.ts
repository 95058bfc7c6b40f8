import {
  Kind,
  type ArgumentNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionNode,
} from './graphqlRuntime'

const selectTrue: ArgumentNode = {
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'select' },
  value: { kind: Kind.BOOLEAN, value: true },
}

/**
 * Payload's GraphQL reads every field of every document a query touches (with each field's hooks
 * and the rows of its relations) unless the query passes `select: true`; then it reads only the
 * fields the query names. A query answers with the fields it names either way, so this turns that
 * on for every top-level query field that takes `select` and was given none (a client that passes
 * `select: false` keeps the full read). It halves the CPU of the benchmark's page query (issue 15).
 * Computed fields still read what they are computed from (src/fields/selectComputedSources.ts),
 * and our carried patch to @payloadcms/graphql keeps each top-level field's select to itself and
 * merges a field asked for twice. Fields reached through a fragment spread at the top level are
 * left as sent. Rewritten documents are remembered per parsed document (src/graphql/documentCache).
 */
export function readAskedFields(schema: GraphQLSchema) {
  const takesSelect = new Set(
    Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => field.args.some((arg) => arg.name === 'select'))
      .map((field) => field.name),
  )
  const needsSelect = (selection: SelectionNode): selection is FieldNode =>
    selection.kind === Kind.FIELD &&
    takesSelect.has(selection.name.value) &&
    !(selection.arguments ?? []).some((argument) => argument.name.value === 'select')

  const rewrite = (definition: DefinitionNode): DefinitionNode =>
    definition.kind === Kind.OPERATION_DEFINITION &&
    definition.operation === 'query' &&
    definition.selectionSet.selections.some(needsSelect)
      ? {
          ...definition,
          selectionSet: {
            ...definition.selectionSet,
            selections: definition.selectionSet.selections.map((selection) =>
              needsSelect(selection)
                ? { ...selection, arguments: [...(selection.arguments ?? []), selectTrue] }
                : selection,
            ),
          },
        }
      : definition

  const rewritten = new WeakMap<DocumentNode, DocumentNode>()
  return (document: DocumentNode): DocumentNode => {
    let known = rewritten.get(document)
    if (!known) {
      known = { ...document, definitions: document.definitions.map(rewrite) }
      rewritten.set(document, known)
    }
    return known
  }
}
