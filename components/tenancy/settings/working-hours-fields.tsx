'use client';

import { useFieldArray, useWatch } from 'react-hook-form';
import { Plus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { SettingsForm } from './types';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, the way most of our merchants' weeks run; values stay indexed by day (0 = Sunday). */
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

function TimeInput({ id, label, invalid, errorId, ...props }: React.ComponentProps<'input'> & { label: string; invalid: boolean; errorId: string }) {
  return (
    <Input
      id={id}
      type="time"
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      className="min-w-0 flex-1 sm:w-32 sm:flex-none"
      {...props}
    />
  );
}

function DayRow({ form, day }: { form: SettingsForm; day: number }) {
  const name = DAY_NAMES[day]!;
  const isOpen = useWatch({ control: form.control, name: `workingHours.${day}.isOpen` });
  const breaks = useFieldArray({ control: form.control, name: `workingHours.${day}.breaks` });
  const errors = form.formState.errors.workingHours?.[day];
  const hoursError = errors?.openTime?.message ?? errors?.closeTime?.message;
  const base = `hours-${day}`;

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 md:flex-row md:items-start">
      <div className="flex min-h-10 w-40 shrink-0 items-center">
        <Checkbox label={<span className="font-medium">{name}</span>} {...form.register(`workingHours.${day}.isOpen`)} />
      </div>
      {isOpen ? (
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <TimeInput
              id={`${base}-open`}
              label={`${name} opens at`}
              invalid={Boolean(errors?.openTime)}
              errorId={`${base}-error`}
              {...form.register(`workingHours.${day}.openTime`)}
            />
            <span aria-hidden="true" className="text-sm text-muted-foreground">
              to
            </span>
            <TimeInput
              id={`${base}-close`}
              label={`${name} closes at`}
              invalid={Boolean(errors?.closeTime)}
              errorId={`${base}-error`}
              {...form.register(`workingHours.${day}.closeTime`)}
            />
            {/* In the row, not under it: an error appearing on blur must not push the buttons below away from the pointer. */}
            <FieldError id={`${base}-error`} className="basis-full sm:basis-auto">
              {hoursError}
            </FieldError>
          </div>
          {breaks.fields.map((field, i) => {
            const breakErrors = errors?.breaks?.[i];
            const errorId = `${base}-break-${i}-error`;
            return (
              <div key={field.id} className="flex flex-col gap-1 border-l-2 pl-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-2 sm:border-l-0 sm:pl-0">
                {/* Phones: "Break" and the remove button on one line, the two times full width below. */}
                <div className="flex items-center justify-between sm:contents">
                  <span className="text-xs text-muted-foreground sm:w-12 sm:text-sm">Break</span>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="size-8 sm:order-last sm:size-10"
                    aria-label={`Remove ${name} break ${i + 1}`}
                    onClick={() => breaks.remove(i)}
                  >
                    <X aria-hidden="true" />
                  </Button>
                </div>
                <div className="flex items-center gap-2 sm:contents">
                  <TimeInput
                    label={`${name} break ${i + 1} starts at`}
                    invalid={Boolean(breakErrors?.startTime)}
                    errorId={errorId}
                    {...form.register(`workingHours.${day}.breaks.${i}.startTime`)}
                  />
                  <span aria-hidden="true" className="text-sm text-muted-foreground">
                    to
                  </span>
                  <TimeInput
                    label={`${name} break ${i + 1} ends at`}
                    invalid={Boolean(breakErrors?.endTime)}
                    errorId={errorId}
                    {...form.register(`workingHours.${day}.breaks.${i}.endTime`)}
                  />
                </div>
                <FieldError id={errorId} className="sm:order-last">
                  {breakErrors?.startTime?.message ?? breakErrors?.endTime?.message}
                </FieldError>
              </div>
            );
          })}
          {breaks.fields.length < 5 && (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="self-start text-muted-foreground"
              onClick={() => breaks.append({ startTime: '13:00', endTime: '14:00' })}
            >
              <Plus aria-hidden="true" />
              Add a break<span className="sr-only"> on {name}</span>
            </Button>
          )}
        </div>
      ) : (
        <p className="flex min-h-10 items-center text-sm text-muted-foreground">Closed</p>
      )}
    </li>
  );
}

/** Seven days (Monday first): open or closed, opening and closing time, and any number of breaks. */
export function WorkingHoursFields({ form }: { form: SettingsForm }) {
  const rootError = form.formState.errors.workingHours?.root?.message ?? form.formState.errors.workingHours?.message;
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y">
        {DISPLAY_ORDER.map((day) => (
          <DayRow key={day} form={form} day={day} />
        ))}
      </ul>
      <FieldError id="hours-error">{rootError}</FieldError>
    </div>
  );
}
