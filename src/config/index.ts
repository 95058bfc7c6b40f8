/**
 * The configuration module: every environment variable is read under src/config and nowhere else
 * in src/ (eslint.config.js enforces it). Code asks `configuration()` for typed values.
 */
export { ConfigurationError } from './configurationError'
export { developmentSecret, parseEnvironment, type Configuration } from './environment'
export { childProcessEnvironment, setFrameworkEnvironment } from './frameworkEnvironment'
export { configuration, useConfiguration } from './holder'
export { loadCommandRuntime, loadDevelopmentRuntime, loadProductionRuntime } from './entryPoints'
export { parseToolingEnvironment, type ToolingConfiguration } from './tooling'
export { toolingConfiguration } from './toolingConfiguration'
