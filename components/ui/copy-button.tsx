'use client';

import { useState } from 'react';
import { Check, Copy } from 'lucide-react';
import { Button, type ButtonProps } from './button';
import { toast } from './use-toast';

type CopyButtonProps = Omit<ButtonProps, 'value' | 'onClick' | 'asChild' | 'children'> & {
  value: string;
  /**
   * What is copied, in running text ("TXT value", "setup key"): the toast says "TXT value copied.",
   * and a button without `children` is named "Copy TXT value".
   */
  label: string;
  /** Visible text (it then names the button); without it the button is an icon. */
  children?: React.ReactNode;
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Copies a value to the clipboard and says so in a toast (or says how to copy it by hand). */
export function CopyButton({ value, label, children, variant, size, className, ...props }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const iconOnly = children === undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast({ title: `${capitalized(label)} copied.`, variant: 'success' });
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Blocked (an insecure context, a denied permission): the value is on screen to select.
      toast({ title: `Could not copy. Select the ${label} and copy by hand.`, variant: 'destructive' });
    }
  };
  return (
    <Button
      type="button"
      variant={variant ?? (iconOnly ? 'ghost' : 'outline')}
      size={size ?? (iconOnly ? 'icon' : 'default')}
      className={className}
      aria-label={iconOnly ? `Copy ${label}` : undefined}
      onClick={copy}
      {...props}
    >
      {copied ? <Check aria-hidden="true" className="text-success" /> : <Copy aria-hidden="true" />}
      {children}
    </Button>
  );
}
