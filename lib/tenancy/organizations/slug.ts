/**
 * Organization slugs become storefront subdomains (`<slug>.<platform host>`), so they follow
 * DNS label rules and must not shadow a host or path the platform itself uses.
 */
export const SLUG_MIN = 3;
export const SLUG_MAX = 40;
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const RESERVED_SLUGS = new Set([
  'www', 'admin', 'api', 'app', 'dashboard', 'mail', 's', 'static', 'assets', 'courier', 'onboarding', 'invite',
  'sign-in', 'sign-up', 'sign-out', 'signin', 'signup', 'login', 'logout', 'register', 'auth', 'account', 'accounts',
  'settings', 'billing', 'help', 'support', 'docs', 'blog', 'status', 'about', 'pricing', 'legal', 'terms', 'privacy',
  'cdn', 'files', 'uploads', 'media', 'img', 'images', 'email', 'smtp', 'imap', 'pop', 'ftp', 'ns1', 'ns2', 'mx',
  'dev', 'staging', 'test', 'demo', 'localhost', 'root', 'platform', 'system', 'webhooks', 'dev-mailbox', 'mailbox',
  'security', 'abuse', 'postmaster', 'hostmaster', 'webmaster', 'internal', 'console', 'offline',
]);

/** Why a slug is not allowed, or null when it is fine (uniqueness is checked by the database). */
export function slugProblem(slug: string): string | null {
  if (slug.length < SLUG_MIN || slug.length > SLUG_MAX) return `Use ${SLUG_MIN}–${SLUG_MAX} characters.`;
  if (!SLUG_PATTERN.test(slug)) return 'Use lower-case letters, digits and hyphens; start and end with a letter or digit.';
  if (slug.includes('--')) return 'Do not use two hyphens in a row.';
  if (RESERVED_SLUGS.has(slug)) return 'This address is reserved by the platform. Choose another.';
  return null;
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', і: 'i', к: 'k',
  қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u',
  ў: 'o', ф: 'f', х: 'kh', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e',
  ә: 'a', ю: 'yu', я: 'ya',
};

/** A slug suggestion from a name ("Café Noir" -> "cafe-noir", "Алма Маркет" -> "alma-market"). */
export function suggestSlug(name: string, maxLength = SLUG_MAX): string {
  const latin = [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
