import { Children, cloneElement, isValidElement } from 'react';
import { cn } from '@/lib/utils/cn';
import { Label } from './label';

type ControlProps = {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: React.AriaAttributes['aria-invalid'];
  'aria-required'?: React.AriaAttributes['aria-required'];
};

const isShown = (error: React.ReactNode) => error !== undefined && error !== null && error !== false && error !== '';

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
  const hasError = isShown(error);
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
      <FieldError id={errorId} className="mt-1.5">
        {hasError ? error : null}
      </FieldError>
    </div>
  );
}

type FieldErrorProps = { id: string; className?: string; children?: React.ReactNode };

/**
 * A field's error message, for controls that point at it with `aria-describedby`. Render it even
 * when there is no error: an empty live region already in place is what gets a new message
 * announced. While empty it is taken out of the layout (`absolute`, not `hidden`, which would
 * also take it out of the accessibility tree), so it leaves no gap in a flex row or column.
 */
export function FieldError({ id, className, children }: FieldErrorProps) {
  return (
    <p id={id} data-slot="field-error" aria-live="polite" className={cn('text-sm font-medium text-destructive empty:absolute', className)}>
      {children}
    </p>
  );
}

type FieldsetControlProps = {
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FormFieldsetProps = {
  id: string;
  legend: React.ReactNode;
  description?: React.ReactNode;
  error?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** The group's inputs (radios, checkboxes); spread the given props onto each one. */
  children: (control: FieldsetControlProps) => React.ReactNode;
};

/**
 * A legend, a group of inputs (a radio group, say), and the group's error: each input gets
 * `aria-describedby` (`{id}-description`, `{id}-error`) and `aria-invalid` through `children`.
 */
export function FormFieldset({ id, legend, description, error, required, className, children }: FormFieldsetProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasError = isShown(error);
  const describedBy = [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset data-slot="form-fieldset" className={cn('flex flex-col', className)}>
      <legend className="mb-2 text-sm font-medium leading-none">
        {legend}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </legend>
      {description && (
        <p id={descriptionId} className="mb-2 text-sm text-muted-foreground">
          {description}
        </p>
      )}
      {children({ 'aria-describedby': describedBy, 'aria-invalid': hasError ? true : undefined })}
      <FieldError id={errorId} className="mt-1.5">
        {hasError ? error : null}
      </FieldError>
    </fieldset>
  );
}
