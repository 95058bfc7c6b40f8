import { escapeHtml } from '../shape/envelope'
import { problemTypes, problemTypeUri } from '../shape/problem'
import { rateLimitTiers } from '../shape/rateLimitTiers'

// Long lines scroll sideways; tabindex lets keyboard users scroll them too (WCAG 2.1.1).
const code = (text: string) => `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>`

/** A table that scrolls sideways inside the page on a narrow screen, reachable by keyboard. */
const scrollingTable = (label: string, rows: string) =>
  `<section class="table-scroll" aria-label="${label}" tabindex="0"><table>${rows}</table></section>`

const verifyRecipe = `import { Webhook } from 'standardwebhooks' // npm i standardwebhooks

// rawBody: the request body exactly as received (a string or Buffer, not re-serialised JSON)
const wh = new Webhook(process.env.CLINIC_WEBHOOK_SECRET) // "whsec_..."
try {
  // Checks webhook-signature = v1,base64(HMAC-SHA256(secret, id + "." + timestamp + "." + body))
  // and refuses a webhook-timestamp more than 5 minutes from now (replay window).
  const event = wh.verify(rawBody, {
    'webhook-id': req.headers['webhook-id'],
    'webhook-timestamp': req.headers['webhook-timestamp'],
    'webhook-signature': req.headers['webhook-signature'],
  })
  // Deliveries can repeat: skip a webhook-id you have already handled.
  if (event.data.withdrawn) takeDown(event.data.collection, event.data.id)
  else refresh(event.data.apiUrl)
  res.status(204).end()
} catch {
  res.status(400).end()
}`

const byHand = `# Without the library: secret bytes = base64-decode(secret without "whsec_")
signed = webhook-id + "." + webhook-timestamp + "." + raw body
expected = "v1," + base64(HMAC-SHA256(secret bytes, signed))
# compare in constant time with each space-separated entry of webhook-signature,
# and refuse if |now - webhook-timestamp| > 300 seconds`

/** The partners' guide: how to call the API, what comes back, and how to stay in sync. */
export function docsPage(apiBase: string): string {
  const problems = Object.entries(problemTypes)
    .map(
      ([name, { status, title }]) =>
        `<tr><td><code>${problemTypeUri(name as never)}</code></td><td>${status}</td><td>${escapeHtml(title)}</td></tr>`,
    )
    .join('')
  const tiers = Object.entries(rateLimitTiers)
    .map(([tier, count]) => `<li><strong>${tier}</strong>: ${count} requests a minute</li>`)
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Syndication API for partner clinics</title>
<style>body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}pre{background:#f4f4f4;padding:.75rem;overflow:auto}code{font-size:.9em}table{border-collapse:collapse}.table-scroll{overflow-x:auto}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}h2{margin-top:2.2rem}</style>
</head><body><main>
<h1>Syndication API for partner clinics</h1>
<p>Published, clinically reviewed treatment content you may republish on your own site or app, with the attribution you must show. Read-only, versioned (<code>/syndication/v1</code>), stable: the shape below does not change when the clinic's editors change their forms. Machine-readable contract: <a href="${apiBase}/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>

<h2 id="start">Start</h2>
<p>The clinic gives you an API key (it starts with <code>chk_</code>; keep it secret, on your server). Then:</p>
${code(`curl -H "Authorization: Bearer $KEY" ${apiBase}/conditions
curl -H "Authorization: Bearer $KEY" ${apiBase}/conditions/tmj-disorder
curl -H "Authorization: Bearer $KEY" "${apiBase}/faqs?format=jsonld"
curl -H "Authorization: Bearer $KEY" "${apiBase}/changes?since=<cursor>"`)}

<h2 id="endpoints">Endpoints</h2>
${scrollingTable(
  'Endpoints',
  `<tr><th>GET</th><th>What</th></tr>
<tr><td><code>/conditions</code>, <code>/procedures</code>, <code>/aftercare-steps</code>, <code>/faqs</code></td><td>Published documents, by slug, <code>limit</code> (1-100, default 20) at a time; follow <code>nextCursor</code> (as <code>?cursor=</code>) or the <code>Link: rel="next"</code> header.</td></tr>
<tr><td><code>/{collection}/{slug}</code></td><td>One document. <code>?format=jsonld</code> (or <code>Accept: application/ld+json</code>) for schema.org; <code>?format=html</code> for an embeddable fragment with the attribution included.</td></tr>
<tr><td><code>/changes?since=&lt;cursor&gt;</code></td><td>Every publish, edit, withdrawal and deletion since the cursor, oldest first. Withdrawals (<code>unpublished</code>) and deletions are tombstones: <code>withdrawn: true</code>, take the text down.</td></tr>
<tr><td><code>/feed.atom</code>, <code>/feed.json</code></td><td>The same changes as Atom and JSON Feed (latest first without <code>since</code>).</td></tr>`,
)}
<p>Every list and document takes <code>locale</code> (within your key's scope; Spanish falls back to English until translated). Unknown parameters are refused with 400, so typos do not go unnoticed.</p>

<h2 id="envelope">What every document carries</h2>
<p><code>id</code>, <code>type</code>, <code>slug</code>, <code>locale</code>, <code>title</code>, <code>content</code> (per type, see the contract) and an <code>envelope</code>:
<code>canonicalUrl</code> (link to it), <code>attribution.text</code> / <code>attribution.html</code> (show it, unaltered), <code>disclaimer</code>, <code>licence</code>, <code>lastReviewed</code>, <code>nextReviewDue</code>, <code>reviewedBy</code>, <code>version</code> (up by one per published change) and <code>contentHash</code>. Only published content is ever served.</p>

<h2 id="sync">Staying in sync cheaply</h2>
<ol><li>First, page through <code>/changes</code> from the start (no <code>since</code>) and fetch each live document's <code>apiUrl</code>.</li>
<li>Store the last <code>nextCursor</code>. Later, ask <code>/changes?since=&lt;it&gt;</code>: you get each event exactly once, in order. <code>nextCursor</code> is always present, even on an empty page. A cursor past the end of the log (after the clinic restored a backup) is refused with <code>invalid-cursor</code>: start again from the beginning.</li>
<li>Send the <code>ETag</code> you got back as <code>If-None-Match</code>: an unchanged answer is a <code>304</code> with no body. Content may be cached (also by your CDN) for 60 seconds, then revalidated.</li></ol>

<h2 id="webhooks">Webhooks</h2>
<p>Give the clinic a URL and you receive a <code>POST</code> on every publish (<code>content.published</code>, <code>content.updated</code>), withdrawal (<code>content.unpublished</code>) and deletion (<code>content.deleted</code>). The body is <code>{ type, timestamp, data }</code>, where <code>data</code> is the change event plus <code>action</code>: <code>refresh</code> or <code>take-down</code>. It is signed with HMAC-SHA256 over the id, timestamp and body (<a href="https://www.standardwebhooks.com/">Standard Webhooks</a>) in the headers <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code>. Answer 2xx within 10 seconds; otherwise the delivery is retried with exponential backoff (6 more tries). Verify every delivery:</p>
${code(verifyRecipe)}
${code(byHand)}

<h2 id="limits">Rate limits, CORS</h2>
<p>Per key, by the tier the clinic gives you:</p><ul>${tiers}</ul>
<p>Every answer has <code>RateLimit-Policy</code> and <code>RateLimit</code> headers; over the limit you get <code>429</code> with <code>Retry-After</code> (seconds). Browsers may call the API only from the origins the clinic listed for you; any other origin is refused.</p>

<h2 id="errors">Errors</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>type</code> to switch on, and a <code>detail</code> that says what to do. A <code>503</code> (the content database cannot be reached, or the server is shutting down) carries <code>Retry-After</code>: send the same request again after that many seconds.</p>
${scrollingTable('Problem types', `<tr><th>type</th><th>status</th><th>title</th></tr>${problems}`)}
</main></body></html>`
}
