import { setTimeout as sleep } from 'node:timers/promises'
import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { clientAddressOf } from '../lib/clientAddress'
import { loginEmailOf } from './loginEmail'
import { createSignInDelays } from './signInDelay'

/** One record per server process; the per-address throttle (loginThrottle.ts) caps the rest. */
const delays = createSignInDelays()

/** Waits before a sign-in for an (address, account) pair that has been failing (signInDelay.ts). */
export const slowRepeatedSignIns: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const email = loginEmailOf({ args, operation })
  if (!email) return args
  const wait = delays.attempt(clientAddressOf(req.headers), email)
  if (wait > 0) await sleep(wait)
  return args
}

/**
 * Asking for the current password is a sign-in by another door: it shares the (address, account)
 * delays, so a stolen session cannot be used to guess the password faster than the sign-in form.
 */
export async function slowRepeatedPasswordProofs(
  req: PayloadRequest,
  email: string,
  prove: () => Promise<boolean>,
): Promise<boolean> {
  const address = clientAddressOf(req.headers)
  const wait = delays.attempt(address, email)
  if (wait > 0) await sleep(wait)
  const proven = await prove()
  if (proven) delays.succeeded(address, email)
  return proven
}

export const forgetFailedSignIns: CollectionAfterLoginHook = ({ req, user }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email === 'string') delays.succeeded(clientAddressOf(req.headers), email)
}
