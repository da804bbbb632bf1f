'use client';

import { useFieldArray } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MAX_ATTRIBUTES } from '@/lib/catalog/products/schemas';
import type { ProductForm } from './types';

/** Name/value rows (Material: Linen) in the order the product page lists them. */
export function SpecificationsFields({ form, readOnly }: { form: ProductForm; readOnly: boolean }) {
  const { control, register, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'attributes' });
  const errors = formState.errors.attributes;

  return (
    <div className="flex flex-col gap-3">
      {fields.length === 0 && <p className="text-sm text-muted-foreground">No specifications yet. Add rows such as Material: Cotton.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const nameError = errors?.[i]?.name?.message;
          const valueError = errors?.[i]?.value?.message;
          const nameId = `attributes-${i}-name`;
          const valueId = `attributes-${i}-value`;
          return (
            <li key={field.id} className="grid gap-2 border-b pb-3 last:border-0 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:border-0 sm:pb-0">
              <div className="flex flex-col gap-1">
                <Input
                  id={nameId}
                  placeholder="Name, e.g. Material"
                  aria-label={`Specification ${i + 1} name`}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={`${nameId}-error`}
                  {...register(`attributes.${i}.name`)}
                />
                <FieldError id={`${nameId}-error`}>{nameError}</FieldError>
              </div>
              <div className="flex flex-col gap-1">
                <Input
                  id={valueId}
                  placeholder="Value, e.g. Cotton"
                  aria-label={`Specification ${i + 1} value`}
                  aria-invalid={valueError ? true : undefined}
                  aria-describedby={`${valueId}-error`}
                  {...register(`attributes.${i}.value`)}
                />
                <FieldError id={`${valueId}-error`}>{valueError}</FieldError>
              </div>
              {!readOnly && (
                <div className="flex justify-end gap-1 sm:items-start">
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={`Move specification ${i + 1} up`}
                  >
                    <ArrowUp aria-hidden="true" />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move specification ${i + 1} down`}
                  >
                    <ArrowDown aria-hidden="true" />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost-destructive"
                    size="icon"
                    onClick={() => remove(i)}
                    aria-label={`Remove specification ${i + 1}`}
                  >
                    <Trash2 aria-hidden="true" />
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <FieldError id="attributes-error">{errors?.message ?? errors?.root?.message}</FieldError>
      {!readOnly && (
        <Button
          type="button"
          variant="outline"
          className="w-fit"
          disabled={fields.length >= MAX_ATTRIBUTES}
          onClick={() => append({ name: '', value: '' })}
        >
          <Plus aria-hidden="true" />
          Add specification
        </Button>
      )}
    </div>
  );
}
