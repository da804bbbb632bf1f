'use client';

import { Checkbox } from '@/components/ui/checkbox';
import { FormFieldset } from '@/components/ui/form-field';

type Props = {
  id: string;
  legend: string;
  description?: string;
  error?: string;
  options: { value: string; label: string }[];
  value: readonly string[];
  onChange: (next: string[]) => void;
};

/** A set of checkboxes that edits one array value (plans, dependencies), in the options' order. */
export function CheckboxGroup({ id, legend, description, error, options, value, onChange }: Props) {
  const toggle = (option: string, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <FormFieldset id={id} legend={legend} description={description} error={error}>
      {(aria) => (
        <div className="grid gap-x-4 sm:grid-cols-2">
          {options.map((o) => (
            <Checkbox key={o.value} label={o.label} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} {...aria} />
          ))}
        </div>
      )}
    </FormFieldset>
  );
}
