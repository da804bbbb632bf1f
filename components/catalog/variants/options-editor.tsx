'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { CircleAlert, Plus } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/use-toast';
import { setProductOptionsAction } from '@/lib/catalog/variants/actions';
import { MAX_OPTIONS, SetProductOptionsInput } from '@/lib/catalog/variants/schemas';
import { fieldErrorsOf } from '@/lib/server/field-errors';
import { MatrixPreview } from './matrix-preview';
import { OptionFields } from './option-fields';

type Option = { name: string; values: string[] };
/** A stable key per option, so focus follows an option when it moves. */
type Row = Option & { uid: number };
let nextUid = 0;
const toRows = (options: Option[]): Row[] => options.map((o) => ({ ...o, uid: nextUid++ }));
const strip = (rows: Row[]): Option[] => rows.map(({ name, values }) => ({ name, values }));

type Props = { slug: string; productId: string; initialOptions: Option[]; existingKeys: string[] };

/** Up to three options (name + values); saving regenerates the variant matrix on the server. */
export function OptionsEditor({ slug, productId, initialOptions, existingKeys }: Props) {
  const router = useRouter();
  const [options, setOptions] = useState<Row[]>(() => toRows(initialOptions));
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = JSON.stringify(strip(options)) !== JSON.stringify(initialOptions);

  const change = (index: number, next: Partial<Option>) => setOptions((all) => all.map((o, i) => (i === index ? { ...o, ...next } : o)));
  const move = (from: number, to: number) =>
    setOptions((all) => {
      const next = [...all];
      next.splice(to, 0, ...next.splice(from, 1));
      return next;
    });

  const save = () => {
    setFormError(null);
    const parsed = SetProductOptionsInput.safeParse({ productId, options: strip(options) });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setFormError('Please correct the highlighted options.');
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await setProductOptionsAction(slug, parsed.data);
      if (result.error) {
        // The message says it all (e.g. which variant still has stock); fields only mark where.
        const { options: _whole, ...fields } = result.error.fieldErrors ?? {};
        setErrors(fields);
        setFormError(result.error.message);
        return;
      }
      setOptions(toRows(parsed.data.options)); // as saved (trimmed), so the form is clean again
      const { variants, created, removed } = result.data;
      toast({ title: `${variants} variant${variants === 1 ? '' : 's'}: ${created} added, ${removed} removed`, variant: 'success' });
      router.refresh();
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {options.length > 0 && (
        <ol className="flex flex-col gap-4">
          {options.map((option, i) => (
            <OptionFields
              key={option.uid}
              option={option}
              index={i}
              count={options.length}
              errors={errors}
              disabled={pending}
              onChange={(next) => change(i, next)}
              onMove={(to) => move(i, to)}
              onRemove={() => setOptions((all) => all.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
      )}
      <FieldError id="options-error">{errors.options?.[0]}</FieldError>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="outline" disabled={pending || options.length >= MAX_OPTIONS} onClick={() => setOptions((all) => [...all, ...toRows([{ name: '', values: [] }])])}>
          <Plus aria-hidden="true" />
          Add option
        </Button>
        <MatrixPreview id="matrix-preview" options={strip(options)} existingKeys={existingKeys} />
      </div>
      {options.length >= MAX_OPTIONS && <p className="text-sm text-muted-foreground">A product can have up to {MAX_OPTIONS} options.</p>}

      {formError && (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={save} loading={pending} disabled={!dirty} aria-describedby="matrix-preview">
          Save and generate variants
        </Button>
        {dirty && !pending && (
          <Button type="button" variant="ghost" onClick={() => (setOptions(toRows(initialOptions)), setErrors({}), setFormError(null))}>
            Discard changes
          </Button>
        )}
        {pending && (
          <span role="status" className="inline-flex items-center gap-2 text-sm text-muted-foreground">
            <Spinner label={null} />
            Generating variants…
          </span>
        )}
      </div>
    </div>
  );
}
