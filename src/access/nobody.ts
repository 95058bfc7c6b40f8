import type { Access } from 'payload'

/** For records only the server writes (change log, delivery log, key hashes): no one edits them. */
export const nobody: Access = () => false
