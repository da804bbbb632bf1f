import { Check, Minus } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { MODULE_LABELS, RESOURCE_LABELS, type LimitedResource, type Plan, type PlanKey, type PlanModule } from '@/lib/plans/plans';
import { cn } from '@/lib/utils/cn';

const RESOURCES: LimitedResource[] = ['products', 'warehouses', 'teamMembers'];
const MODULES: PlanModule[] = ['customDomains'];
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every plan's limits and modules side by side, the organization's own column marked. */
export function PlanComparison({ plans, current }: { plans: (Plan & { key: PlanKey })[]; current: PlanKey }) {
  const highlight = (key: PlanKey) => cn(key === current && 'bg-primary/5');
  return (
    <Table>
      <caption className="sr-only">What each plan includes; your current plan is marked.</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead scope="col">
            <span className="sr-only">Limit or module</span>
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
        {RESOURCES.map((resource) => (
          <TableRow key={resource}>
            <TableHead scope="row" className="whitespace-normal text-foreground">
              {capitalize(RESOURCE_LABELS[resource].many)}
            </TableHead>
            {plans.map((plan) => (
              <TableCell key={plan.key} className={cn('tabular-nums', highlight(plan.key))}>
                {plan.limits[resource] === null ? 'Unlimited' : plan.limits[resource]!.toLocaleString('en-US')}
              </TableCell>
            ))}
          </TableRow>
        ))}
        {MODULES.map((module) => (
          <TableRow key={module}>
            <TableHead scope="row" className="whitespace-normal text-foreground">
              {MODULE_LABELS[module]}
            </TableHead>
            {plans.map((plan) => (
              <TableCell key={plan.key} className={highlight(plan.key)}>
                {plan.modules[module] ? (
                  <span className="flex items-center gap-1.5">
                    <Check aria-hidden="true" className="size-4 text-success" />
                    Included
                  </span>
                ) : (
                  <span className="flex items-center gap-1.5 text-muted-foreground">
                    <Minus aria-hidden="true" className="size-4" />
                    Not included
                  </span>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
