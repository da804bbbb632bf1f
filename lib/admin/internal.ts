import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

export const PAGE_SIZE = 25;

export type Paged<T> = { rows: T[]; total: number; page: number; totalPages: number };

export function paged<T>(rows: T[], total: number, page: number): Paged<T> {
  return { rows, total, page, totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** `%q%` for ILIKE, with the pattern characters in q taken literally. */
export function containsPattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function getOrganizationById(tx: Tx, id: string) {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, id));
  if (!org) throw notFound('Organization');
  return org;
}

export async function getUserById(tx: Tx, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id));
  if (!user) throw notFound('User');
  return user;
}
