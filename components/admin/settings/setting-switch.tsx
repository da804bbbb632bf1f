'use client';

import { cn } from '@/lib/utils/cn';

type Props = Omit<React.ComponentProps<'button'>, 'onChange' | 'value'> & {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

/** An on/off switch (a button with role="switch": Space and Enter toggle it). */
export function SettingSwitch({ checked, onCheckedChange, className, ...props }: Props) {
  return (
    <span className="inline-flex items-center gap-3">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        onClick={() => onCheckedChange(!checked)}
        className={cn(
          'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
          checked ? 'bg-primary' : 'bg-input',
          className,
        )}
        {...props}
      >
        <span
          aria-hidden="true"
          className={cn('block size-5 rounded-full bg-background shadow transition-transform', checked ? 'translate-x-5' : 'translate-x-0')}
        />
      </button>
      <span aria-hidden="true" className="text-sm">
        {checked ? 'On' : 'Off'}
      </span>
    </span>
  );
}
