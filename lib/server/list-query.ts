/** Helpers every paginated, searchable list shares. */

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
