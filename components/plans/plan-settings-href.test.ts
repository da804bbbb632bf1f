import { describe, expect, it } from 'vitest';
import { orgSlugFromPath, planSettingsHref } from './plan-settings-href';

describe('plan settings link from the current path', () => {
  it('takes the organization from any dashboard page', () => {
    expect(orgSlugFromPath('/dashboard/acme')).toBe('acme');
    expect(orgSlugFromPath('/dashboard/acme/')).toBe('acme');
    expect(orgSlugFromPath('/dashboard/acme/products/new')).toBe('acme');
    expect(planSettingsHref('/dashboard/acme-shop/settings/domains')).toBe('/dashboard/acme-shop/settings/plan');
  });

  it('gives no link outside an organization dashboard', () => {
    for (const path of ['/dashboard', '/dashboard/', '/admin/tenants', '/', '/sign-in', '/acme/dashboard/x', '', null, undefined]) {
      expect(orgSlugFromPath(path)).toBeNull();
      expect(planSettingsHref(path)).toBeNull();
    }
  });

  it('survives a malformed escape in the path', () => {
    expect(orgSlugFromPath('/dashboard/%E0%A4%A/products')).toBeNull();
  });
});
