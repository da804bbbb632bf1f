import { Resolver } from 'node:dns/promises';

/** The DNS records a merchant creates to prove they control a custom domain. */
export const VERIFY_PREFIX = '_commerce-verify';
export const verificationRecordName = (hostname: string) => `${VERIFY_PREFIX}.${hostname}`;
export const verificationRecordValue = (token: string) => `commerce-verify=${token}`;

/** Looks up TXT records (each record is an array of strings). Injected so tests can fake DNS. */
export type ResolveTxt = (name: string) => Promise<string[][]>;

export const systemResolveTxt: ResolveTxt = (name) => {
  // One short try: the merchant is waiting on the "Check now" button.
  const resolver = new Resolver({ timeout: 4000, tries: 1 });
  return resolver.resolveTxt(name);
};

export type TxtCheck = { verified: true } | { verified: false; error: string };

/** Does `_commerce-verify.<hostname>` carry our token? Never throws: every failure becomes a message for the merchant. */
export async function checkVerificationRecord(hostname: string, token: string, resolveTxt: ResolveTxt): Promise<TxtCheck> {
  const name = verificationRecordName(hostname);
  const expected = verificationRecordValue(token);
  let records: string[][];
  try {
    records = await resolveTxt(name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ENOTFOUND' || code === 'ENODATA') {
      return { verified: false, error: `No TXT record found at ${name} yet. New DNS records can take from a few minutes to 48 hours to appear.` };
    }
    return { verified: false, error: `We could not reach DNS to check ${name} (${code}). Try again in a few minutes.` };
  }
  if (records.some((chunks) => chunks.join('').trim() === expected)) return { verified: true };
  return { verified: false, error: `${name} has a TXT record, but not the value ${expected}. Check for typos or extra quotes.` };
}
