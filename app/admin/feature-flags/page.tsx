import type { Metadata } from 'next';
import { Flag, Plus } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { FlagBadges, PlanChips } from '@/components/admin/feature-flags/flag-badges';
import { FlagFormDialog } from '@/components/admin/feature-flags/flag-form-dialog';
import { FlagRowActions } from '@/components/admin/feature-flags/flag-row-actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { ResultCount } from '@/components/ui/result-count';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { FeatureFlag } from '@/db/schema';
import { listFlags } from '@/lib/features/list-flags';
import { flagFormValues, ListFlagsFilters } from '@/lib/features/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Feature flags' };

function matches(flag: FeatureFlag, filters: ListFlagsFilters) {
  const q = filters.q.toLowerCase();
  const text = !q || [flag.key, flag.name, flag.description ?? ''].some((s) => s.toLowerCase().includes(q));
  return text && (!filters.category || flag.category === filters.category);
}

function CategoryTable({ category, flags, all }: { category: string; flags: FeatureFlag[]; all: FeatureFlag[] }) {
  const nameOf = (key: string) => all.find((f) => f.key === key)?.name ?? key;
  const id = `category-${category.replace(/\W+/g, '-').toLowerCase()}`;
  const choices = all.map((f) => ({ key: f.key, name: f.name, category: f.category }));
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {category} <span className="text-sm font-normal text-muted-foreground">({flags.length})</span>
      </h2>
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Flag</TableHead>
              <TableHead>On for plans</TableHead>
              <TableHead>Depends on</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {flags.map((flag) => (
              <TableRow key={flag.key}>
                <TableCell className="max-w-sm align-top whitespace-normal">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{flag.name}</span>
                    <FlagBadges isBeta={flag.isBeta} isPremium={flag.isPremium} />
                  </div>
                  <code className="font-mono text-xs text-muted-foreground">{flag.key}</code>
                  {flag.description && <p className="mt-1 text-sm text-muted-foreground">{flag.description}</p>}
                </TableCell>
                <TableCell className="align-top">
                  <PlanChips plans={flag.plans} />
                </TableCell>
                <TableCell className="align-top whitespace-normal">
                  {flag.dependsOn.length === 0 ? (
                    <span className="text-sm text-muted-foreground">None</span>
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {flag.dependsOn.map((dep) => (
                        <li key={dep}>
                          <Badge variant="secondary">{nameOf(dep)}</Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell className="align-top">
                  <FlagRowActions
                    flag={flagFormValues(flag)}
                    allFlags={choices}
                    dependents={all.filter((f) => f.dependsOn.includes(flag.key)).map((f) => f.name)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

export default async function FeatureFlagsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('flags.manage')) return <AdminForbidden section="feature flags" />;
  const filters = ListFlagsFilters.parse(await searchParams);
  const all = await listFlags(ctx);
  const shown = all.filter((f) => matches(f, filters));
  const categories = [...new Set(all.map((f) => f.category))].sort();
  const groups = categories.map((category) => ({ category, flags: shown.filter((f) => f.category === category) })).filter((g) => g.flags.length > 0);
  const filtered = Boolean(filters.q || filters.category);
  const choices = all.map((f) => ({ key: f.key, name: f.name, category: f.category }));

  return (
    <>
      <PageHeader
        title="Feature flags"
        description="What each plan gets. A flag is on for an organization when its plan is ticked or the organization has it turned on, and every flag it depends on is on. Per-organization overrides are on each tenant's page."
        actions={
          <FlagFormDialog
            allFlags={choices}
            trigger={
              <Button>
                <Plus aria-hidden="true" />
                New flag
              </Button>
            }
          />
        }
      />
      {all.length > 0 && (
        <FilterBar
          basePath="/admin/feature-flags"
          fields={[
            { kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Name, key or description' },
            { kind: 'select', name: 'category', label: 'Category', value: filters.category, allLabel: 'All categories', options: categories.map((c) => ({ value: c, label: c })) },
          ]}
        />
      )}
      {shown.length === 0 ? (
        <EmptyState
          icon={Flag}
          title={filtered ? 'No flags match these filters' : 'No feature flags yet'}
          description={filtered ? 'Try another search, or clear the filters.' : 'Create one to switch a feature on for some plans only.'}
        />
      ) : (
        <>
          <ResultCount total={shown.length} noun={['flag', 'flags']} filtered={filtered} />
          {groups.map((g) => (
            <CategoryTable key={g.category} category={g.category} flags={g.flags} all={all} />
          ))}
        </>
      )}
    </>
  );
}
