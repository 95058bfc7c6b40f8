import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express'

import { containsNul, nulMessage } from '../lib/nulCharacter'
import { bodyLimits } from './bodySizeLimit'
import { HttpError } from './httpError'

const writeMethods = new Set(['POST', 'PATCH', 'PUT'])

const hasBody = (headers: Record<string, unknown>) =>
  Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined

const isJsonObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A REST write carries a JSON object (a document, or the fields to change) or a multipart upload.
 * Anything else — `null`, a list, a bare string, text/plain — used to reach Payload's hooks, which
 * expect an object, and come back as a 500. Runs after validatedJsonBody, which buffered the JSON,
 * under the REST route (so `req.path` starts with a collection's slug, or `globals`).
 * `uploadSlugs`: the upload collections, the only paths a file part is read at.
 */
export function restBody(uploadSlugs: ReadonlySet<string>): RequestHandler {
  const takesFiles = (req: Request) => uploadSlugs.has(req.path.split('/')[1] ?? '')
  return (req, res, next) => {
    if (!writeMethods.has(req.method) || !hasBody(req.headers)) return next()
    const type = req.headers['content-type'] ?? ''
    if (type.startsWith('multipart/form-data'))
      return checkMultipart(req, res, next, takesFiles(req))
    checkJsonBody(req, type, next)
  }
}

function checkJsonBody(req: Request, type: string, next: (error?: unknown) => void): void {
  if (!Buffer.isBuffer(req.body)) {
    return next(
      new HttpError(
        415,
        `Send the document as application/json (or a file as multipart/form-data), not ${type.split(';')[0] || 'an untyped body'}.`,
      ),
    )
  }
  const refusal = checkJsonMediaType(req)
  if (refusal) return next(refusal)
  if (req.body.length === 0) return next()
  const text = req.body.toString('utf8')
  if (containsNul(text)) return next(new HttpError(400, nulMessage))
  const parsed: unknown = JSON.parse(text)
  if (!isJsonObject(parsed)) {
    return next(
      new HttpError(400, 'The request body must be a JSON object of field names and values.'),
    )
  }
  next()
}

/**
 * validatedJsonBody buffers every JSON media type, but Payload reads a body only when its media
 * type is spelled exactly `application/json`; any other left the document undefined, a 500.
 * Another spelling of application/json (`Application/JSON`, a space before `;`) is the same type
 * (RFC 9110 §8.3.1), so it is passed on in Payload's spelling. A `+json` type (JSON:API,
 * merge-patch) promises a body shape Payload does not speak, so it is refused rather than half-read.
 */
function checkJsonMediaType(req: Request): HttpError | undefined {
  const [spelled] = (req.headers['content-type'] ?? '').split(';')
  const mediaType = spelled.trim().toLowerCase()
  if (mediaType !== 'application/json') {
    return new HttpError(
      415,
      `Send the document as application/json (a JSON object of field names and values); ${mediaType} is not read here.`,
    )
  }
  if (spelled !== mediaType) req.headers['content-type'] = mediaType
  return undefined
}

const bufferMultipart = express.raw({
  type: 'multipart/form-data',
  limit: bodyLimits.multipartBytes,
})

/**
 * A multipart body cut short, with the wrong boundary or a malformed part made Payload's form
 * parser throw, and a `_payload` part it could not use left the document undefined: both came
 * back as 500s. The body is read here (Payload holds uploads in memory anyway), checked for its
 * opening and closing delimiters and for the parts Payload reads, and passed on as bytes.
 */
function checkMultipart(
  req: Request,
  res: Response,
  next: NextFunction,
  takesFiles: boolean,
): void {
  const type = req.headers['content-type'] ?? ''
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type)
  const delimiter = boundary ? `--${boundary[1] ?? boundary[2]}` : null
  if (!delimiter) {
    return next(new HttpError(400, 'The multipart body has no boundary in its Content-Type.'))
  }
  bufferMultipart(req, res, (error?: unknown) => {
    if (error) return next(error)
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const opens = body.indexOf(delimiter) !== -1
    const closes = body.lastIndexOf(`${delimiter}--`) !== -1
    if (!opens || !closes) {
      return next(
        new HttpError(400, 'The multipart body is incomplete or does not match its boundary.'),
      )
    }
    readFormParts(body, type).then((parts) => {
      const refusal = formPartsRefusal(parts, takesFiles)
      next(refusal ? new HttpError(400, refusal) : undefined)
    }, next)
  })
}

/** The name of the part Payload parses as the document (addDataAndFileToRequest). */
const documentPart = '_payload'
/** The upload's part: a file, or as a plain field a client upload's reference (JSON). */
const filePart = 'file'

/** What a multipart body holds, as far as Payload reads it. */
export type FormParts = {
  /** The values of the `_payload` form fields. */
  documents: string[]
  /** Whether a `_payload` part came as a file, which Payload does not read as the document. */
  documentAsFile: boolean
  /** Whether a part named `file` came (an upload, or a client upload's reference). */
  hasFile: boolean
  /** The sizes in bytes of the `file` parts sent as files. */
  fileSizes: number[]
  /** The other plain form fields, which Payload ignores. */
  ignoredFields: string[]
}

/**
 * Reads the parts with busboy, Payload's own form parser, so both agree on what each part is and
 * on which headers are malformed (a NUL in a file name, say). File contents are skipped, not
 * copied. Loaded on the first upload: the server's start does not need it (issue 15).
 */
async function readFormParts(body: Buffer, contentType: string): Promise<FormParts> {
  const { default: busboy } = await import('busboy')
  return new Promise((resolve, reject) => {
    const parts: FormParts = {
      documents: [],
      documentAsFile: false,
      hasFile: false,
      fileSizes: [],
      ignoredFields: [],
    }
    const unreadable = (error: unknown) => reject(new HttpError(400, unreadableMessage(error)))
    try {
      // The body is already within its size limit; a field cut short here could not be judged.
      const parser = busboy({
        headers: { 'content-type': contentType },
        limits: { fieldSize: body.length },
      })
      parser.on('field', (name: string, value: string) => {
        if (name === documentPart) parts.documents.push(value)
        else if (name === filePart) parts.hasFile = true
        else parts.ignoredFields.push(name)
      })
      parser.on('file', (name: string, file: NodeJS.ReadableStream) => {
        if (name === documentPart) parts.documentAsFile = true
        if (name === filePart) {
          parts.hasFile = true
          const index = parts.fileSizes.push(0) - 1
          file.on('data', (chunk: Buffer) => (parts.fileSizes[index] += chunk.length))
        }
        file.resume()
      })
      parser.on('error', unreadable)
      parser.on('close', () => resolve(parts))
      parser.end(body)
    } catch (error) {
      unreadable(error)
    }
  })
}

const unreadableMessage = (error: unknown) =>
  `The multipart body could not be read (${(error as Error).message}). Check each part's headers: part names and file names may not hold control characters such as NUL.`

const documentMessage = `The ${documentPart} part must be a JSON object of field names and values`

/**
 * Why Payload could not use these parts as a document, or undefined when it can. `takesFiles`:
 * whether the path is an upload collection's; anywhere else Payload drops a file part unread (and
 * a file alone left the document undefined, a 500), so a client that sent one is told.
 */
export function formPartsRefusal(
  { documents, documentAsFile, hasFile, fileSizes, ignoredFields }: FormParts,
  takesFiles: boolean,
): string | undefined {
  if (hasFile && !takesFiles) {
    return `This path takes no file: only an upload collection (${filePart} part) stores one. Send the document as application/json, or as JSON in a ${documentPart} form field without a ${filePart} part.`
  }
  // Payload answered these "No files were uploaded." and "File type text/plain … is not allowed."
  if (fileSizes.length > 1) {
    return `Send one file per upload, in one part named ${filePart}; this body has ${fileSizes.length}. Upload each file on its own.`
  }
  if (fileSizes[0] === 0) {
    return `The ${filePart} part is empty (0 bytes): the file was not read. Choose the file again and check it opens.`
  }
  if (documentAsFile) {
    return `The ${documentPart} part was sent as a file; send it as a plain form field (without a filename) holding the document as JSON.`
  }
  if (documents.length > 1) {
    return `Send one ${documentPart} part holding the document as JSON; this body has ${documents.length}.`
  }
  if (documents.length === 1) return documentRefusal(documents[0])
  if (ignoredFields.length > 0) {
    return `Form fields are read only from a ${documentPart} part holding the document as JSON, e.g. ${documentPart}={"alt":"…"}; move ${ignoredFields.join(', ')} into it (a file goes in a part named ${filePart}).`
  }
  // A file alone is legitimate: it replaces a media document's image and keeps its fields.
  if (hasFile) return undefined
  return `The multipart body has no ${documentPart} part: send the document as JSON in a ${documentPart} form field (and a file in a part named ${filePart}), or send it as application/json.`
}

function documentRefusal(text: string): string | undefined {
  if (containsNul(text)) return nulMessage
  try {
    const parsed: unknown = JSON.parse(text)
    return isJsonObject(parsed) ? undefined : `${documentMessage}, not ${describeJson(parsed)}.`
  } catch (error) {
    return `${documentMessage}; it is not valid JSON: ${(error as Error).message}`
  }
}

const describeJson = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`
