import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { packageOf, placeImport, sharedPackages } from './bundledPackages.mjs'

/** A project tree: a package at the top of node_modules, another with its own nested version. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundled-packages-'))
const writePackage = (directory: string, name: string) => {
  fs.mkdirSync(directory, { recursive: true })
  fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name }))
}
writePackage(path.join(root, 'node_modules/payload'), 'payload')
fs.writeFileSync(
  path.join(root, 'node_modules/payload/package.json'),
  JSON.stringify({ name: 'payload', dependencies: { 'qs-esm': '1', 'path-to-regexp': '6' } }),
)
writePackage(path.join(root, 'node_modules/qs-esm'), 'qs-esm')
writePackage(path.join(root, 'node_modules/path-to-regexp'), 'path-to-regexp')
writePackage(path.join(root, 'node_modules/express'), 'express')
writePackage(path.join(root, 'node_modules/router'), 'router')
writePackage(path.join(root, 'node_modules/router/node_modules/path-to-regexp'), 'path-to-regexp')
writePackage(path.join(root, 'node_modules/@payloadcms/richtext-lexical'), 'x')
writePackage(path.join(root, 'node_modules/@payloadcms/ui'), '@payloadcms/ui')
writePackage(path.join(root, 'node_modules/graphql'), 'graphql')
writePackage(path.join(root, 'node_modules/feed/node_modules/graphql'), 'graphql')

const outDir = path.join(root, 'dist/server')
const shared = sharedPackages(root)
const place = (specifier: string, importer: string) =>
  placeImport({ specifier, importer: path.join(root, importer), outDir, shared })

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('which imports the compiled server carries in its own files', () => {
  test('should name the package of a bare import', () => {
    expect(packageOf('zod')).toBe('zod')
    expect(packageOf('zod/v4/core')).toBe('zod')
    expect(packageOf('@payloadcms/richtext-lexical/client')).toBe('@payloadcms/richtext-lexical')
  })

  test("should leave Node's own modules to Node", () => {
    expect(place('node:fs', 'src/server/app.ts')).toBe('external')
    expect(place('http', 'node_modules/express/lib/express.js')).toBe('external')
  })

  test('should bundle a listed package our code imports, and leave the rest in node_modules', () => {
    expect(place('express', 'src/server/createApp.ts')).toBe('bundle')
    expect(place('@payloadcms/richtext-lexical/html', 'src/richText/html.ts')).toBe('bundle')
    expect(place('payload', 'src/server/createApp.ts')).toBe('external')
    expect(place('lru-cache', 'src/cache/responseStore.ts')).toBe('external')
  })

  test('should bundle what a bundled package imports, unless Payload shares that copy', () => {
    expect(place('router', 'node_modules/express/lib/application.js')).toBe('bundle')
    expect(place('lexical', 'node_modules/@payloadcms/richtext-lexical/dist/index.js')).toBe(
      'bundle',
    )
    expect(place('payload', 'node_modules/@payloadcms/richtext-lexical/dist/index.js')).toBe(
      'external',
    )
    expect(place('qs-esm', 'node_modules/@payloadcms/richtext-lexical/dist/index.js')).toBe(
      'external',
    )
    expect(place('@payloadcms/ui/shared', 'node_modules/@payloadcms/richtext-lexical/x.js')).toBe(
      'external',
    )
  })

  test('should bundle a shared package when the importer has its own nested version', () => {
    // Node would load router's own path-to-regexp, not the one at the top that Payload uses.
    expect(place('path-to-regexp', 'node_modules/router/index.js')).toBe('bundle')
    expect(place('path-to-regexp', 'node_modules/express/lib/router.js')).toBe('external')
  })

  test('should refuse to build when a bundled package needs its own copy of a package kept single', () => {
    expect(place('graphql', 'node_modules/express/lib/express.js')).toBe('external')
    expect(() => place('graphql', 'node_modules/feed/lib/feed.js')).toThrow(
      /uses its own copy of graphql/,
    )
  })
})
