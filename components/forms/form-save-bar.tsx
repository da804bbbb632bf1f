'use client';

import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';
import { FormError } from './form-error';

type Props<T extends FieldValues, U> = {
  form: UseFormReturn<T, unknown, U>;
  /** The action's error; without one, a hint when submitted fields are invalid. */
  formError: string | null | undefined;
  pending: boolean;
  submitLabel: string;
  className?: string;
};

/** The end of a settings form: its error, "Discard changes" (back to the last saved values) and the submit button. */
export function FormSaveBar<T extends FieldValues, U>({ form, formError, pending, submitLabel, className }: Props<T, U>) {
  const { isSubmitted, isDirty, errors } = form.formState;
  const submittedWithErrors = isSubmitted && Object.keys(errors).length > 0;
  return (
    <div className={cn('flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end', className)}>
      <FormError message={formError ?? (submittedWithErrors ? 'Please correct the highlighted fields.' : null)} className="py-2 sm:mr-auto sm:w-auto" />
      <div className="flex gap-2 [&>*]:flex-1 sm:[&>*]:flex-none">
        <Button type="button" variant="outline" disabled={!isDirty || pending} onClick={() => form.reset()}>
          Discard changes
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
