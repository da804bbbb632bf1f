import { afterAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/seed-categories-${process.pid}-${Date.now()}`;
});

import { rm } from 'node:fs/promises';
import { createCategory } from '../../test/catalog-factories';
import { createOrganization } from '../../test/factories';
import { storedCategories } from '../../../lib/catalog/categories/test-helpers';
import { ensureCategories } from './categories';

afterAll(() => rm(process.env.UPLOAD_DIR!, { recursive: true, force: true }));

describe('ensureCategories (demo seed)', () => {
  it('writes the tree once, and puts a new category in place of a deleted one with the same slug', async () => {
    const { org } = await createOrganization();
    const gone = await createCategory(org, { slug: 'clothing', name: 'Old clothing', deletedAt: new Date() });
    const tree: Parameters<typeof ensureCategories>[1] = [['clothing', 'Clothing', [['men', 'Men']]]];

    const first = await ensureCategories(org, tree);
    expect(first.created).toBe(2);
    expect(first.ids.get('clothing')).not.toBe(gone.id);
    const live = (await storedCategories(org)).filter((c) => !c.deletedAt);
    expect(live.map((c) => [c.slug, c.parentId])).toEqual([
      ['clothing', null],
      ['men', first.ids.get('clothing')],
    ]);
    expect(live[0]!.imageKey).toMatch(new RegExp(`^orgs/${org.id}/categories/[0-9a-f]{24}\\.webp$`));

    const again = await ensureCategories(org, tree);
    expect(again.created).toBe(0);
    expect(again.ids).toEqual(first.ids);
  });
});
