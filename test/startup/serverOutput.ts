import type { ChildProcess } from 'node:child_process'

/**
 * Collects a started server's stdout and stderr, and resolves `listening` with the port it prints
 * (`{"listening":<port>}`), or rejects with everything it wrote if it exits first.
 */
export function watchServerOutput(child: ChildProcess): {
  listening: Promise<number>
  text: () => string
} {
  let output = ''
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /\{"listening":(\d+)\}/.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)))
  })
  return { listening, text: () => output }
}
