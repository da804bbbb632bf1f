import { z } from 'zod';

/** Helpers every paginated, searchable list shares. */

/** `?page=` from the URL: anything malformed is page 1 (the verb clamps it to the last page). */
export const PageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export type Paged<T> = { rows: T[]; total: number; page: number; totalPages: number };

export function paged<T>(rows: T[], total: number, page: number, pageSize: number): Paged<T> {
  return { rows, total, page, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** `s` for LIKE/ILIKE with its pattern characters (%, _, \) taken literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%q%` for a "contains" search. */
export function containsPattern(q: string): string {
  return `%${escapeLike(q)}%`;
}

/** The page to show, clamped into 1…totalPages (a stale `?page=9` shows the last page), and its row offset. */
export function pageWindow(total: number, requestedPage: number, pageSize: number) {
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), totalPages);
  return { page, totalPages, offset: (page - 1) * pageSize };
}
