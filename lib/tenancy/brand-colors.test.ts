import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessibleVariant, contrastRatio, DARK_FOREGROUND, LIGHT_FOREGROUND, normalizeHexColor, readableForeground } from './brand-colors';
import { storefrontThemeCss } from '@/lib/storefront/theme-css';

describe('brand colours', () => {
  it('normalizes #rgb and #rrggbb, and rejects anything else', () => {
    expect(normalizeHexColor('#ABC')).toBe('#aabbcc');
    expect(normalizeHexColor(' B91C1C ')).toBe('#b91c1c');
    expect(normalizeHexColor('red')).toBeNull();
    expect(normalizeHexColor('#12345')).toBeNull();
    expect(normalizeHexColor('url(javascript:x)')).toBeNull();
    expect(normalizeHexColor(null)).toBeNull();
  });

  it('puts white text on dark colours and dark text on light ones', () => {
    expect(readableForeground('#b91c1c')).toBe(LIGHT_FOREGROUND); // acme red
    expect(readableForeground('#047857')).toBe(LIGHT_FOREGROUND); // bazaar green
    expect(readableForeground('#111827')).toBe(LIGHT_FOREGROUND);
    expect(readableForeground('#fde047')).toBe(DARK_FOREGROUND); // yellow
    expect(readableForeground('#ffffff')).toBe(DARK_FOREGROUND);
    expect(readableForeground('#22d3ee')).toBe(DARK_FOREGROUND); // cyan
  });

  it('always picks the better of the two, which is at least 4.5:1 for any colour', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, (bg) => {
        const fg = readableForeground(bg);
        const other = fg === DARK_FOREGROUND ? LIGHT_FOREGROUND : DARK_FOREGROUND;
        expect(contrastRatio(bg, fg)).toBeGreaterThanOrEqual(contrastRatio(bg, other));
        expect(contrastRatio(bg, fg)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('darkens or lightens the brand just enough to be legible on the page', () => {
    expect(accessibleVariant('#b91c1c', '#ffffff')).toBe('#b91c1c'); // already 6.5:1 on white
    const onDark = accessibleVariant('#b91c1c', '#09090b');
    expect(contrastRatio(onDark, '#09090b')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(accessibleVariant('#fde047', '#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('builds storefront CSS from the brand colour, falling back to the default for bad input', () => {
    const css = storefrontThemeCss('#FDE047');
    expect(css).toContain('--brand:#fde047;--brand-foreground:#000000;');
    expect(css).toContain('.dark [data-storefront]{--primary:#fde047;--primary-foreground:#000000;');
    expect(storefrontThemeCss('red;}body{display:none')).toContain('--brand:#4f46e5;');
  });
});
