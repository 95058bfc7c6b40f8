import { parseToolingEnvironment, type ToolingConfiguration } from './tooling'

/** The tooling variables of this process (read when asked: only tools need them). */
export const toolingConfiguration = (): ToolingConfiguration => parseToolingEnvironment(process.env)
