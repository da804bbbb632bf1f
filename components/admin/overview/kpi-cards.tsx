import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

export type Kpi = { label: string; value: string; hint?: string };

/** The overview's headline numbers; a list, so a screen reader hears label then value. */
export function KpiCards({ items }: { items: Kpi[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Key figures">
      {items.map((k) => (
        <li key={k.label}>
          <Card className="h-full">
            <CardHeader className="pb-2">
              <CardTitle as="h2" className="text-sm font-medium text-muted-foreground">
                {k.label}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <p className="text-2xl font-semibold tabular-nums">{k.value}</p>
              {k.hint && <p className="mt-1 text-xs text-muted-foreground">{k.hint}</p>}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
