'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';
import { FormError } from './form-error';

type Props = {
  /** The action's error, else a hint when submitted fields are invalid. */
  formError: string | null | undefined;
  submittedWithErrors: boolean;
  dirty: boolean;
  pending: boolean;
  onDiscard: () => void;
  submitLabel: string;
  className?: string;
};

/** The end of a settings form: its error, "Discard changes" and the submit button. */
export function FormSaveBar({ formError, submittedWithErrors, dirty, pending, onDiscard, submitLabel, className }: Props) {
  return (
    <div className={cn('flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end', className)}>
      <FormError message={formError ?? (submittedWithErrors ? 'Please correct the highlighted fields.' : null)} className="py-2 sm:mr-auto sm:w-auto" />
      <div className="flex gap-2 [&>*]:flex-1 sm:[&>*]:flex-none">
        <Button type="button" variant="outline" disabled={!dirty || pending} onClick={onDiscard}>
          Discard changes
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
