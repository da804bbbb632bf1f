import 'server-only';
import { sql } from 'drizzle-orm';
import { users } from '@/db/schema';

/**
 * The courier's first name, cut in SQL so a shopper-facing query never even reads the full name
 * (join `users` on the courier's user).
 */
export const courierFirstNameSql = sql<string | null>`nullif(split_part(btrim(${users.name}), ' ', 1), '')`;
