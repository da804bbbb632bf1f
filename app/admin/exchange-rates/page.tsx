import type { Metadata } from 'next';
import { ArrowLeftRight, ChartLine } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { ImportRatesForm } from '@/components/admin/exchange-rates/import-rates-form';
import { LatestRatesTable } from '@/components/admin/exchange-rates/latest-rates-table';
import { RateChart } from '@/components/admin/exchange-rates/rate-chart';
import { RateHistoryTable } from '@/components/admin/exchange-rates/rate-history-table';
import { SetRateForm } from '@/components/admin/exchange-rates/set-rate-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { importRatesAction, setRateAction } from '@/lib/currency/actions';
import { latestRates } from '@/lib/currency/latest-rates';
import { listRates, rateSeries } from '@/lib/currency/list-rates';
import { ListRatesFilters } from '@/lib/currency/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Exchange rates' };

const BASE_PATH = '/admin/exchange-rates';

export default async function ExchangeRatesPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('rates.manage')) return <AdminForbidden section="exchange rates" />;
  const filters = ListRatesFilters.parse(await searchParams);
  const pairChosen = Boolean(filters.base && filters.quote);
  const [latest, history, series] = await Promise.all([
    latestRates(ctx),
    listRates(ctx, filters),
    pairChosen ? rateSeries(ctx, { base: filters.base!, quote: filters.quote!, from: filters.from, to: filters.to }) : null,
  ]);
  const currencies = [...new Set(latest.flatMap((r) => [r.base, r.quote]))].sort();
  const options = currencies.map((c) => ({ value: c, label: c }));
  const query = { base: filters.base, quote: filters.quote, from: filters.from, to: filters.to };
  const filtered = Boolean(filters.base || filters.quote || filters.from || filters.to);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title="Exchange rates"
        description="Daily rates used to convert amounts between currencies: a day without its own rate uses the latest one before it."
      />

      <section aria-labelledby="latest-rates" className="flex flex-col gap-3">
        <h2 id="latest-rates" className="text-lg font-semibold">
          Latest rates
        </h2>
        {latest.length === 0 ? (
          <EmptyState icon={ArrowLeftRight} title="No exchange rates yet" description="Enter a rate below or import a CSV file of them." />
        ) : (
          <div className="rounded-lg border">
            <LatestRatesTable rows={latest} />
          </div>
        )}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Enter a rate
            </CardTitle>
            <CardDescription>How many units of the quote currency one unit of the base buys on that day.</CardDescription>
          </CardHeader>
          <CardContent>
            <SetRateForm today={today} action={setRateAction} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Import a CSV
            </CardTitle>
            <CardDescription>Every line is checked first: one bad line and nothing is imported.</CardDescription>
          </CardHeader>
          <CardContent>
            <ImportRatesForm action={importRatesAction} />
          </CardContent>
        </Card>
      </div>

      <section id="history" aria-labelledby="rate-history" className="flex flex-col gap-4">
        <h2 id="rate-history" className="text-lg font-semibold">
          History
        </h2>
        <FilterBar
          basePath={BASE_PATH}
          fields={[
            { kind: 'select', name: 'base', label: 'Base', value: filters.base ?? '', allLabel: 'Any base', options },
            { kind: 'select', name: 'quote', label: 'Quote', value: filters.quote ?? '', allLabel: 'Any quote', options },
            { kind: 'date', name: 'from', label: 'From', value: filters.from ?? '' },
            { kind: 'date', name: 'to', label: 'To', value: filters.to ?? '' },
          ]}
        />
        {series && series.length > 0 ? (
          <Card>
            <CardHeader className="pb-2">
              <CardTitle as="h3" className="text-base">
                {filters.base} → {filters.quote} over time
              </CardTitle>
            </CardHeader>
            <CardContent>
              <RateChart base={filters.base!} quote={filters.quote!} points={series} />
            </CardContent>
          </Card>
        ) : (
          !pairChosen &&
          history.total > 0 && <p className="text-sm text-muted-foreground">Choose a base and a quote currency to see that pair’s rate as a chart.</p>
        )}
        {history.rows.length === 0 ? (
          <EmptyState
            icon={ChartLine}
            title={filtered ? 'No rates match these filters' : 'No rate history yet'}
            description={filtered ? 'Try another pair or date range, or clear the filters.' : 'Rates appear here as they are entered or imported.'}
          />
        ) : (
          <>
            <ResultCount total={history.total} noun={['rate', 'rates']} filtered={filtered} />
            <div className="rounded-lg border">
              <RateHistoryTable rows={history.rows} />
            </div>
            <Pagination basePath={BASE_PATH} searchParams={query} page={history.page} totalPages={history.totalPages} />
          </>
        )}
      </section>
    </>
  );
}
