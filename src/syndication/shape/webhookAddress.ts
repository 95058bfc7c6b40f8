import { BlockList, isIP } from 'node:net'

/**
 * Addresses a partner's webhook must never reach: this server's own loopback, the clinic's private
 * networks and the cloud metadata service. Without this an admin's webhook URL (or a compromised
 * admin account) could make the server probe internal ports and read the answers in the delivery
 * log. Ranges from the IANA special-purpose registries (RFC 6890 and its updates).
 */
const nonPublic = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata at 169.254.169.254
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private (RFC 1918)
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  nonPublic.addSubnet(network, prefix, 'ipv6')
}

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d or NAT64 64:ff9b::/96), if any. */
function embeddedIPv4(address: string): string | null {
  const match =
    /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address)
  if (!match) return null
  if (match[1]) return match[1]
  const high = parseInt(match[2], 16)
  const low = parseInt(match[3], 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** True when `address` (an IP literal) is one the public internet routes to a partner. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const family = isIP(bare)
  if (family === 0) return false
  if (family === 4) return !nonPublic.check(bare, 'ipv4')
  const inner = embeddedIPv4(bare.toLowerCase())
  if (inner) return !nonPublic.check(inner, 'ipv4')
  return !nonPublic.check(bare, 'ipv6')
}

/** Host names that name this machine or a local network whatever DNS says. */
export function isLocalHostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name.endsWith('.local') ||
    name.endsWith('.internal')
  )
}

/** A webhook URL that names, or resolves to, an address partners' receivers cannot have. */
export class WebhookTargetRefused extends Error {
  constructor(host: string) {
    super(
      `Not sent: ${host} is a private, loopback or link-local address. A partner's webhook receiver must be reachable on the public internet.`,
    )
    this.name = 'WebhookTargetRefused'
  }
}

/**
 * Refuses a URL whose host is written as a private address or a local name, before any lookup.
 * `allowPrivate` is the deployment's SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS (tests only).
 */
export function checkWebhookHost(url: URL, allowPrivate: boolean): void {
  if (allowPrivate) return
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isLocalHostName(host)) throw new WebhookTargetRefused(host)
  if (/^[\d.]+$|:/.test(host) && !isPublicAddress(host)) throw new WebhookTargetRefused(host)
}
