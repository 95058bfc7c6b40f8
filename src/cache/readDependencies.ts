import { contextValue, runWithContext } from '../lib/asyncContext'

/**
 * What one answer was computed from, recorded while it is computed: a tag per document read by id
 * (`conditions:12`), per collection read as a list (`conditions:*`) and per global
 * (`global:clinic-settings`), named by src/cache/readTags.ts. A publish then drops only the answers
 * that read what it changed. A read that cannot be named (an adapter method not classified, a
 * query through a relation) makes the answer depend on everything, as every answer used to.
 */
export class ReadDependencies {
  private readonly named = new Set<string>()
  private unbounded = false

  add(tags: Iterable<string> | 'everything'): void {
    if (tags === 'everything') this.unbounded = true
    else for (const tag of tags) this.named.add(tag)
  }

  addAll(other: ReadDependencies): void {
    if (other.unbounded) this.unbounded = true
    for (const tag of other.named) this.named.add(tag)
  }

  /**
   * The tags the answer depends on, or undefined when it must be treated as depending on
   * everything: a read that could not be named, or no read recorded at all (an answer always reads
   * something; recording nothing means the reads ran where this scope could not see them).
   */
  tags(): ReadonlySet<string> | undefined {
    return this.unbounded || this.named.size === 0 ? undefined : this.named
  }
}

/** Runs `work` recording every database read it makes (and the reads its promises make) into `into`. */
export const recordingReads = <T>(into: ReadDependencies, work: () => T): T =>
  runWithContext('readDependencies', into, work)

/** Records a read into the answer being computed, if any (no-op outside recordingReads). */
export function recordRead(tags: Iterable<string> | 'everything'): void {
  contextValue('readDependencies')?.add(tags)
}

/** The dependencies being recorded where this is called, to add to later (e.g. from a memo). */
export const currentReadDependencies = (): ReadDependencies | undefined =>
  contextValue('readDependencies')
