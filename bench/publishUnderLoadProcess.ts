/**
 * The publish-under-load scenario (bench/publishUnderLoad.ts) in a process of its own, started by
 * bench/run.ts: its readers time and check every answer on their own event loop, so they must not
 * share one with the benchmark's bookkeeping. Prints the result as one JSON line.
 */
import { ownProcessOptions } from './ownProcess'
import { publishUnderLoad, type PublishUnderLoadOptions } from './publishUnderLoad'

const result = await publishUnderLoad(ownProcessOptions<PublishUnderLoadOptions>())
process.stdout.write(`${JSON.stringify(result)}\n`)
