import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils/cn';

export const alertVariants = cva(
  'relative grid w-full grid-cols-[0_1fr] items-start gap-y-1 rounded-lg border px-4 py-3 text-sm text-foreground has-[>svg]:grid-cols-[1rem_1fr] has-[>svg]:gap-x-3 [&>:not(svg)]:col-start-2 [&>svg]:row-span-2 [&>svg]:size-4 [&>svg]:translate-y-0.5',
  {
    variants: {
      variant: {
        default: 'bg-card [&>svg]:text-foreground',
        warning: 'border-warning/50 bg-warning/10 [&>svg]:text-warning',
        destructive: 'border-destructive/50 bg-destructive/10 [&>svg]:text-destructive',
        success: 'border-success/50 bg-success/10 [&>svg]:text-success',
      },
    },
    defaultVariants: { variant: 'default' },
  },
);

/** Static callout (role="status"). Optionally put a lucide icon as the first child. */
export function Alert({
  className,
  variant,
  role = 'status',
  ...props
}: React.ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  return <div data-slot="alert" role={role} className={cn(alertVariants({ variant }), className)} {...props} />;
}

export function AlertTitle({ className, ...props }: React.ComponentProps<'p'>) {
  return <p className={cn('font-semibold leading-tight', className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={cn('text-foreground/90 [&_p]:leading-relaxed', className)} {...props} />;
}
