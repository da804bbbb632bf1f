'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ArrowDown, ArrowUp, CircleAlert, Plus, Trash2 } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/use-toast';
import { setProductOptionsAction } from '@/lib/catalog/variants/actions';
import { MAX_OPTIONS, SetProductOptionsInput } from '@/lib/catalog/variants/schemas';
import { MatrixPreview } from './matrix-preview';
import { OptionValuesInput } from './option-values-input';
import { issuesByPath } from './types';

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
      setErrors(issuesByPath(parsed.error.issues));
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
          {options.map((option, i) => {
            const label = option.name.trim() || `Option ${i + 1}`;
            return (
              <li key={option.uid} className="grid gap-4 rounded-lg border p-4 md:grid-cols-[12rem_1fr_auto]">
                <div className="flex flex-col gap-2">
                  <Label htmlFor={`option-${i}-name`}>Option name</Label>
                  <Input
                    id={`option-${i}-name`}
                    value={option.name}
                    maxLength={40}
                    disabled={pending}
                    placeholder={i === 0 ? 'e.g. Size' : 'e.g. Colour'}
                    onChange={(e) => change(i, { name: e.target.value })}
                    aria-invalid={errors[`options.${i}.name`] ? true : undefined}
                    aria-describedby={errors[`options.${i}.name`] ? `option-${i}-name-error` : undefined}
                  />
                  <FieldError id={`option-${i}-name-error`}>{errors[`options.${i}.name`]?.[0]}</FieldError>
                </div>
                <OptionValuesInput
                  id={`option-${i}-values`}
                  label={`${label} values`}
                  values={option.values}
                  disabled={pending}
                  onChange={(values) => change(i, { values })}
                  error={errors[`options.${i}.values`]?.[0] ?? Object.entries(errors).find(([k]) => k.startsWith(`options.${i}.values.`))?.[1]?.[0]}
                />
                <div className="flex items-start gap-1 md:pt-6">
                  <Button type="button" variant="ghost" size="icon" aria-label={`Move ${label} up`} aria-disabled={i === 0 || pending} onClick={() => i > 0 && !pending && move(i, i - 1)}>
                    <ArrowUp aria-hidden="true" />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Move ${label} down`}
                    aria-disabled={i === options.length - 1 || pending}
                    onClick={() => i < options.length - 1 && !pending && move(i, i + 1)}
                  >
                    <ArrowDown aria-hidden="true" />
                  </Button>
                  <Button type="button" variant="ghost-destructive" size="icon" aria-label={`Remove ${label}`} disabled={pending} onClick={() => setOptions((all) => all.filter((_, j) => j !== i))}>
                    <Trash2 aria-hidden="true" />
                  </Button>
                </div>
              </li>
            );
          })}
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
