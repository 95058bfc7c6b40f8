'use client'

import { Button, CopyToClipboard, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { PartnerKeysTable, type PartnerKeyRow } from './PartnerKeysTable'

type Issued = { key: string; prefix: string; rotated: { prefix: string; expiresAt: string }[] }

/**
 * The admin's way to issue a partner key: calls `POST /api/partners/{id}/keys` with the admin's
 * session and shows the key this one time, with a copy button. Nothing here can show it again; the
 * server keeps a hash. The partner's keys are listed below and re-read after every issue, so the
 * new key (and a rotation's new end dates) appear without reloading the page.
 */
export function IssuePartnerKey() {
  const { id } = useDocumentInfo()
  const [issued, setIssued] = useState<Issued | null>(null)
  const [keys, setKeys] = useState<PartnerKeyRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const loadKeys = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({
      'where[partner][equals]': String(id),
      sort: '-createdAt',
      depth: '0',
      limit: '50',
    })
    const response = await fetch(`/api/partner-keys?${query}`, { credentials: 'include' })
    if (response.ok) setKeys(((await response.json()) as { docs: PartnerKeyRow[] }).docs)
  }, [id])

  useEffect(() => {
    void loadKeys()
  }, [loadKeys])

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
      await loadKeys()
    } catch (caught) {
      setError((caught as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type partner-keys" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">API keys</label>
      {issued ? (
        <div role="status" data-testid="issued-key">
          <p>
            Copy this key now and send it to the partner securely. It is not shown again and cannot
            be recovered.
            {issued.rotated.length > 0
              ? ` Their older keys (${issued.rotated.map((key) => key.prefix).join(', ')}) stop working in 24 hours.`
              : ''}
          </p>
          <p style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
            <code style={{ userSelect: 'all', wordBreak: 'break-all' }}>{issued.key}</code>
            <CopyToClipboard value={issued.key} defaultMessage="Copy key" successMessage="Copied" />
          </p>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => issue(false)}>
        Issue a new key
      </Button>{' '}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => issue(true)}>
        Rotate: new key, old ones end in 24 h
      </Button>
      <PartnerKeysTable keys={keys} />
    </div>
  )
}
