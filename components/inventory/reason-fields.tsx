import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { REASON_LABELS } from '@/lib/inventory/labels';
import { ADJUSTMENT_REASONS } from '@/lib/inventory/stock/schemas';

type Props = {
  idPrefix: string;
  /** Leave out for transfers, which only take a note. */
  reason?: UseFormRegisterReturn;
  note: UseFormRegisterReturn;
  reference: UseFormRegisterReturn;
  errors: { reason?: string; note?: string; reference?: string };
  reasonRequired?: boolean;
};

/** Reason (from the list), a free-text note and a reference, as the movement history shows them. */
export function ReasonFields({ idPrefix, reason, note, reference, errors, reasonRequired = false }: Props) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {reason && (
        <FormField id={`${idPrefix}reason`} label="Reason" required={reasonRequired} error={errors.reason}>
          <Select {...reason}>
            <option value="">{reasonRequired ? 'Choose a reason' : 'None'}</option>
            {ADJUSTMENT_REASONS.map((r) => (
              <option key={r} value={r}>
                {REASON_LABELS[r]}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField id={`${idPrefix}reference`} label="Reference" error={errors.reference} description="An invoice, order or count sheet number.">
        <Input autoComplete="off" {...reference} />
      </FormField>
      <FormField id={`${idPrefix}note`} label="Note" error={errors.note} className="sm:col-span-2" description={reason ? 'Required when the reason is “Other”.' : undefined}>
        <Input autoComplete="off" {...note} />
      </FormField>
    </div>
  );
}
