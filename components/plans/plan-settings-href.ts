/** The organization slug in a dashboard path (`/dashboard/<slug>/…`); null anywhere else. */
export function orgSlugFromPath(pathname: string | null | undefined): string | null {
  const match = /^\/dashboard\/([^/?#]+)/.exec(pathname ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!) || null;
  } catch {
    return null;
  }
}

/** Where a plan-limit error sends the reader: the current organization's "Plan and usage" tab, if on its dashboard. */
export function planSettingsHref(pathname: string | null | undefined): string | null {
  const slug = orgSlugFromPath(pathname);
  return slug ? `/dashboard/${encodeURIComponent(slug)}/settings/plan` : null;
}
