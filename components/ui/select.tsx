import { ChevronDown } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { controlClassName } from './input';

type SelectProps = React.ComponentProps<'select'> & {
  /** Classes for the wrapper <div> (use this for width / margins). */
  wrapperClassName?: string;
};

/** Styled native <select>: works with react-hook-form `register` and Playwright `selectOption`. */
export function Select({ className, wrapperClassName, children, ...props }: SelectProps) {
  return (
    <div data-slot="select-wrapper" className={cn('relative w-full', wrapperClassName)}>
      <select
        data-slot="select"
        className={cn(controlClassName, 'h-10 cursor-pointer appearance-none py-2 pr-9', className)}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
