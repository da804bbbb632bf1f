'use client';

import { useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { rememberPlanLimit } from '@/components/plans/plan-limit-messages';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';

type Options<S extends z.ZodType<FieldValues, FieldValues>, R> = {
  schema: S;
  defaultValues?: DefaultValues<z.input<S>>;
  /** The server action, already bound to its org/site if it needs one. */
  action: (values: z.output<S>) => Promise<ActionResult<R>>;
  successMessage?: string;
  onSuccess?: (data: R) => void | Promise<void>;
  /**
   * Where to go after a success, as a full page load (so every server component sees a new
   * session cookie); `null` stays. Runs after `onSuccess`. `pending` stays true until the page
   * leaves, so the form cannot be sent twice meanwhile.
   */
  redirect?: (data: R) => string | null;
};

/**
 * react-hook-form + the same zod schema the server uses. Server-side field errors land
 * next to their fields; anything else is the form's error (render it with <FormError>).
 * Fields are checked on submit, then live as they change: checking on blur would insert
 * errors that shift the page under the pointer just as someone clicks the next control.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(options: Options<S, R>) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema),
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  // Back from the next page can restore this one from the back/forward cache, still "leaving".
  useEffect(() => {
    if (!leaving) return;
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setLeaving(false);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [leaving]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await options.action(values);
    if (result.error) {
      const fields = Object.entries(result.error.fieldErrors ?? {}).filter(([name]) => name !== '_form');
      for (const [name, messages] of fields) {
        if (messages?.[0]) form.setError(name as Path<z.input<S>>, { type: 'server', message: messages[0] });
      }
      if (fields.length === 0) {
        rememberPlanLimit(result.error); // so <FormError> adds "See plans and usage"
        setFormError(result.error.message);
      }
      return;
    }
    if (options.successMessage) toast({ title: options.successMessage, variant: 'success' });
    await options.onSuccess?.(result.data);
    const target = options.redirect?.(result.data);
    if (target) {
      setLeaving(true);
      window.location.assign(target);
    }
  });

  // The busy button already blocks a second submit; this also covers forms submitted some other way.
  const onSubmit = (event?: React.BaseSyntheticEvent) => {
    if (!leaving) return submit(event);
    event?.preventDefault();
    return Promise.resolve();
  };

  return { form, onSubmit, formError, pending: form.formState.isSubmitting || leaving };
}
