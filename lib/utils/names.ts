/** Up to two letters standing in for a missing picture or logo: "Acme Goods" → "AG", "Bazaar" → "B". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((w) => [...w][0]!.toUpperCase())
      .join('') || '?'
  );
}

/** Shown where a person's user row is gone (the audit trail and invitations outlive it). */
export const FORMER_MEMBER = 'A former member';
export const DELETED_USER = 'Deleted user';

/** How a person is named in lists: their name, else their email, else `fallback`. */
export function displayName(person: { name?: string | null; email?: string | null }, fallback = FORMER_MEMBER): string {
  return person.name?.trim() || person.email || fallback;
}
