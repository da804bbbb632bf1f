import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeRedirectPath('/dashboard/acme', '/x')).toBe('/dashboard/acme');
    expect(safeRedirectPath('/dashboard/acme/orders?page=2#top', '/x')).toBe('/dashboard/acme/orders?page=2#top');
    expect(safeRedirectPath('/', '/x')).toBe('/');
  });

  it.each([
    ['protocol-relative', '//evil.test/phish'],
    ['backslash trick', '/\\evil.test'],
    ['backslash in the middle', '/a\\..\\\\evil.test'],
    ['absolute http', 'https://evil.test/'],
    ['javascript', 'javascript:alert(1)'],
    ['relative without slash', 'dashboard'],
    ['tab that browsers drop', '/\t/evil.test'],
    ['newline', '/\n/evil.test'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, value) => {
    expect(safeRedirectPath(value, '/dashboard')).toBe('/dashboard');
  });

  it('refuses values that are not strings', () => {
    expect(safeRedirectPath(undefined, '/dashboard')).toBe('/dashboard');
    expect(safeRedirectPath(['/a'], '/dashboard')).toBe('/dashboard');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeRedirectPath('/a/../../b', '/x')).toBe('/b');
  });
});
