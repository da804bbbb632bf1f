import { Children, cloneElement, isValidElement } from 'react';
import { cn } from '@/lib/utils/cn';
import { Label } from './label';

type ControlProps = {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: React.AriaAttributes['aria-invalid'];
  'aria-required'?: React.AriaAttributes['aria-required'];
};

type FormFieldProps = {
  id: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  error?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** Exactly one control element (Input, Select, Textarea, ...); it receives id + aria-* wiring. */
  children: React.ReactElement<ControlProps>;
};

/**
 * Label + control + description + error, wired for assistive tech:
 * the control gets `aria-describedby` (`{id}-description`, `{id}-error`) and `aria-invalid`.
 */
export function FormField({ id, label, description, error, required, className, children }: FormFieldProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const child = Children.only(children);
  const control = isValidElement<ControlProps>(child)
    ? cloneElement(child, {
        id: child.props.id ?? id,
        'aria-describedby':
          [child.props['aria-describedby'], description ? descriptionId : null, hasError ? errorId : null]
            .filter(Boolean)
            .join(' ') || undefined,
        'aria-invalid': hasError ? true : child.props['aria-invalid'],
        'aria-required': required ? true : child.props['aria-required'],
      })
    : child;

  return (
    <div data-slot="form-field" className={cn('flex flex-col', className)}>
      <Label htmlFor={id}>
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </Label>
      <div className="mt-2">{control}</div>
      {description && (
        <p id={descriptionId} className="mt-1.5 text-sm text-muted-foreground">
          {description}
        </p>
      )}
      <p
        id={errorId}
        data-slot="field-error"
        aria-live="polite"
        className="mt-1.5 text-sm font-medium text-destructive empty:mt-0"
      >
        {hasError ? error : null}
      </p>
    </div>
  );
}
