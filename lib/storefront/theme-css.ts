import { accessibleVariant, DEFAULT_BRAND_COLOR, normalizeHexColor, readableForeground } from '@/lib/tenancy/brand-colors';

/** The page backgrounds of the light and dark themes (app/globals.css). */
const LIGHT_PAGE = '#ffffff';
const DARK_PAGE = '#09090b';

/**
 * CSS for a storefront wrapper marked `data-storefront`: `--brand` is the exact brand colour
 * (for bands such as the header, with its readable foreground), and the theme's primary
 * colour becomes a legible variant of the brand in light and in dark mode. Built only from
 * normalized hex values, so merchant input cannot inject CSS.
 */
export function storefrontThemeCss(color: string | null | undefined): string {
  const brand = normalizeHexColor(color) ?? DEFAULT_BRAND_COLOR;
  const light = accessibleVariant(brand, LIGHT_PAGE);
  const dark = accessibleVariant(brand, DARK_PAGE);
  const vars = (primary: string) => `--primary:${primary};--primary-foreground:${readableForeground(primary)};--ring:${primary};`;
  return (
    `[data-storefront]{--brand:${brand};--brand-foreground:${readableForeground(brand)};${vars(light)}}` +
    `.dark [data-storefront]{${vars(dark)}}`
  );
}
