/**
 * The full server (Express + Payload + Next's production build) for the start-time measurement:
 *   DATABASE_URL=… PORT=3107 tsx bench/fullServer.ts
 * Needs `npm run build` to have produced .next; run through tsx, so its start includes transpiling.
 */
import process from 'node:process'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const port = Number(process.env.PORT || 3107)
const { startServer } = await import('../src/server')
await startServer({ port, host: '127.0.0.1', isDevelopment: false })
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`)
