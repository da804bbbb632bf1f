/**
 * WCAG 2 contrast for brand colours: which text colour reads on a brand colour, and whether
 * it reads well enough (4.5:1, AA for body text).
 */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
export const AA_CONTRAST = 4.5;

function channel(value: number) {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableForeground(background: string): '#ffffff' | '#09090b' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#09090b') ? '#ffffff' : '#09090b';
}
