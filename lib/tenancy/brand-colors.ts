/**
 * WCAG 2 contrast for brand colours: the text colour that reads on a brand colour (black or
 * white, whichever contrasts more; the better of the two is always at least 4.58:1), and
 * variants of the colour legible on the light and dark page backgrounds.
 */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** AA for body text. */
export const AA_CONTRAST = 4.5;
export const DEFAULT_BRAND_COLOR = '#4f46e5';
export const DARK_FOREGROUND = '#000000';
export const LIGHT_FOREGROUND = '#ffffff';

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` (any case) as a lower-case `#rrggbb`, or null. */
export function normalizeHexColor(value: string | null | undefined): string | null {
  const hex = value?.trim().toLowerCase().match(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/)?.[1];
  if (!hex) return null;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

function toRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour to put on `background`: black or white, whichever reads better. */
export function readableForeground(background: string): string {
  const bg = normalizeHexColor(background) ?? DEFAULT_BRAND_COLOR;
  return contrastRatio(bg, DARK_FOREGROUND) >= contrastRatio(bg, LIGHT_FOREGROUND) ? DARK_FOREGROUND : LIGHT_FOREGROUND;
}

function mix(hex: string, target: string, t: number): string {
  const [a, b] = [toRgb(hex), toRgb(target)];
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * t).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The brand colour, darkened (on a light page) or lightened (on a dark page) just enough to
 * reach `min` contrast with the page, so brand-coloured links and buttons stay legible.
 */
export function accessibleVariant(brand: string, page: string, min = 4.5): string {
  const towards = relativeLuminance(page) > 0.5 ? '#000000' : '#ffffff';
  for (let t = 0; t < 1; t += 0.05) {
    const candidate = mix(brand, towards, t);
    if (contrastRatio(candidate, page) >= min) return candidate;
  }
  return towards;
}
