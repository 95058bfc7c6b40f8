'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload keeps an editing lock until it expires unless its holder leaves with unsaved changes;
 * with autosave there never are any, so every lock outlived its page. This releases the signed-in
 * person's own lock on this document when the page is closed or left for another address
 * (`pagehide`; `keepalive` lets the request outlive the page). Not on unmount: the controls
 * re-mount while the person is still editing, and releasing then would drop a live lock.
 * Renders nothing.
 */
export function ReleaseLockOnLeave() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const userId = user?.id
  const {
    config: {
      routes: { api },
    },
  } = useConfig()

  useEffect(() => {
    if (!id || !collectionSlug || userId === undefined) return
    const query = new URLSearchParams({
      'where[document.relationTo][equals]': collectionSlug,
      'where[document.value][equals]': String(id),
      'where[user.value][equals]': String(userId),
    })
    const release = () => {
      void fetch(`${api}/payload-locked-documents?${query}`, {
        method: 'DELETE',
        credentials: 'include',
        keepalive: true,
      }).catch(() => undefined)
    }
    window.addEventListener('pagehide', release)
    return () => window.removeEventListener('pagehide', release)
  }, [api, collectionSlug, id, userId])

  return null
}
