import { Check, Minus } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/money';
import { MODULE_LABELS, PLAN_CURRENCY, RESOURCE_LABELS, type LimitedResource, type Plan, type PlanKey, type PlanModule } from '@/lib/plans/plans';
import { cn } from '@/lib/utils/cn';

const RESOURCES: LimitedResource[] = ['products', 'warehouses', 'teamMembers'];
/** Every module a plan can include (print, services and API access have no tools yet; the plans already say who gets them). */
const MODULES: PlanModule[] = ['customDomains', 'marketplace', 'print', 'services', 'apiAccess'];
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const amount = (n: number | null) => (n === null ? 'Unlimited' : n.toLocaleString('en-US'));

/** Every plan's price, limits and modules side by side, the organization's own column marked. */
export function PlanComparison({ plans, current }: { plans: (Plan & { key: PlanKey })[]; current: PlanKey }) {
  const highlight = (key: PlanKey) => cn(key === current && 'bg-primary/5');
  const row = (label: string, cell: (plan: Plan & { key: PlanKey }) => React.ReactNode, className?: string) => (
    <TableRow key={label}>
      <TableHead scope="row" className="whitespace-normal text-foreground">
        {label}
      </TableHead>
      {plans.map((plan) => (
        <TableCell key={plan.key} className={cn(className, highlight(plan.key))}>
          {cell(plan)}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    // Five columns: on a phone the table scrolls sideways inside its card, the row names first.
    <Table>
      <caption className="sr-only">What each plan costs and includes; your current plan is marked.</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead scope="col">
            <span className="sr-only">Price, limit or module</span>
          </TableHead>
          {plans.map((plan) => (
            <TableHead key={plan.key} scope="col" className={cn('text-foreground', highlight(plan.key))}>
              <span className="flex flex-wrap items-center gap-2">
                {plan.name}
                {plan.key === current && <Badge variant="outline">Current plan</Badge>}
              </span>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {row(
          'Price per month',
          (plan) => (plan.monthlyPrice === 0 ? 'Free' : formatMoney(plan.monthlyPrice, PLAN_CURRENCY, 'en-US')),
          'font-medium tabular-nums',
        )}
        {row('Orders per month', (plan) => amount(plan.ordersPerMonth), 'tabular-nums')}
        {RESOURCES.map((resource) => row(capitalize(RESOURCE_LABELS[resource].many), (plan) => amount(plan.limits[resource]), 'tabular-nums'))}
        {MODULES.map((module) =>
          row(MODULE_LABELS[module], (plan) =>
            plan.modules[module] ? (
              <span className="flex items-center gap-1.5">
                <Check aria-hidden="true" className="size-4 text-success" />
                Included
              </span>
            ) : (
              <span className="flex items-center gap-1.5 text-muted-foreground">
                <Minus aria-hidden="true" className="size-4" />
                Not included
              </span>
            ),
          ),
        )}
      </TableBody>
    </Table>
  );
}
