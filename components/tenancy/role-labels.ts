import type { MemberRole } from '@/db/schema/tenancy/memberships';

export const ROLE_LABELS: Record<MemberRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  staff: 'Staff',
  seller: 'Seller',
  courier: 'Courier',
};

export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  owner: 'Full control, including managing other owners.',
  admin: 'Manages settings, domains and the team, but not owners.',
  staff: 'Day-to-day work in the dashboard; no settings or team.',
  seller: 'A vendor’s member in a marketplace.',
  courier: 'Deliveries only, in the courier view.',
};

/** The role in running text, with its article: "an owner", "a courier". */
export function roleWithArticle(role: MemberRole): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}
