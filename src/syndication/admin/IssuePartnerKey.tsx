'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Issued = { key: string; prefix: string; rotated: { prefix: string; expiresAt: string }[] }

/**
 * The admin's way to issue a partner key: calls `POST /api/partners/{id}/keys` with the admin's
 * session and shows the key this one time. Nothing here can show it again; the server keeps a hash.
 */
export function IssuePartnerKey() {
  const { id } = useDocumentInfo()
  const [issued, setIssued] = useState<Issued | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id) return <p>Save the partner first; then issue its API key here.</p>

  async function issue(rotate: boolean) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/partners/${id}/keys`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rotate ? { rotate: true, overlapHours: 24 } : {}),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
      setIssued(body)
    } catch (caught) {
      setError((caught as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">API key</label>
      {issued ? (
        <div role="status">
          <p>
            Copy this key now and send it to the partner securely. It is not shown again and cannot
            be recovered.
            {issued.rotated.length > 0
              ? ` Their older keys (${issued.rotated.map((key) => key.prefix).join(', ')}) stop working in 24 hours.`
              : ''}
          </p>
          <code style={{ userSelect: 'all', wordBreak: 'break-all', display: 'block' }}>
            {issued.key}
          </code>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => issue(false)}>
        Issue a new key
      </Button>{' '}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => issue(true)}>
        Rotate: new key, old ones end in 24 h
      </Button>
    </div>
  )
}
