'use client';

import { useRouter } from 'next/navigation';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';
import { useActionForm } from './use-action-form';

type Options<S extends z.ZodType<FieldValues, FieldValues>> = {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The save action; `changed: false` when the values were already stored. */
  action: (values: z.output<S>) => Promise<ActionResult<{ changed: boolean }>>;
  /** The toast after a save that changed something, e.g. "Settings saved". */
  savedTitle: string;
};

/**
 * A form that edits something in place (settings, a profile) and stays on the page: after a
 * save it says whether anything changed, takes the saved values as its new starting point (so
 * "Discard changes" goes back to them) and refreshes the page's server data.
 */
export function useSettingsForm<S extends z.ZodType<FieldValues, FieldValues>>({ schema, defaultValues, action, savedTitle }: Options<S>) {
  const router = useRouter();
  const settings = useActionForm({
    schema,
    defaultValues,
    action,
    onSuccess: (data) => {
      toast(data.changed ? { title: savedTitle, variant: 'success' } : { title: 'Nothing to save: no changes.' });
      settings.form.reset(settings.form.getValues());
      router.refresh();
    },
  });
  return settings;
}
