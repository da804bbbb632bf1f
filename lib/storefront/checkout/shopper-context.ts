import type { User } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import type { RequestMeta } from '@/lib/server/request-meta';

/**
 * A storefront request with the signed-in shopper, if any. Actions build it from the session
 * (never from the input), tests build it directly, so the verbs run without a request.
 */
export type ShopperSessionContext = StorefrontContext & { meta: RequestMeta; user: User | null };
