import { z } from 'zod';

/** "https://Shop.Example.com/" -> "shop.example.com": people paste addresses, not hostnames. */
export function normalizeHostname(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

/** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
export const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why `hostname` (already normalized) is not a usable custom domain, or null. */
export function hostnameProblem(hostname: string): string | null {
  if (hostname === '') return 'Enter a domain, such as shop.example.com.';
  if (hostname.length > 253) return 'That domain is too long.';
  if (hostname.includes(':')) return 'Enter the domain without a port.';
  const labels = hostname.split('.');
  if (labels.length < 2) return 'Enter a full domain with a dot, such as shop.example.com.';
  if (!labels.every((l) => LABEL.test(l))) return 'Use letters, digits, hyphens and dots only.';
  if (!/^[a-z][a-z0-9-]*[a-z0-9]$/.test(labels.at(-1)!)) return 'That does not end in a real top-level domain.';
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return 'Use a public domain, not localhost.';
  return null;
}

export const DomainHostname = z
  .string()
  .max(300, 'That domain is too long.')
  .transform(normalizeHostname)
  .superRefine((hostname, ctx) => {
    const problem = hostnameProblem(hostname);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const AddDomainInput = z.object({ hostname: DomainHostname });
export type AddDomainInput = z.infer<typeof AddDomainInput>;

export const DomainIdInput = z.object({ domainId: z.string().min(1).max(64) });
export type DomainIdInput = z.infer<typeof DomainIdInput>;

/** null makes the platform subdomain the primary address again. */
export const SetPrimaryDomainInput = z.object({ domainId: z.string().min(1).max(64).nullable() });
export type SetPrimaryDomainInput = z.infer<typeof SetPrimaryDomainInput>;
