import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import type { WarehouseOption } from './types';

type Props = React.ComponentProps<'select'> & { id: string; label: string; warehouses: WarehouseOption[]; error?: string; placeholder?: string };

/** A warehouse picker for the stock forms; inactive warehouses are listed, marked, for moving stock out. */
export function WarehouseSelect({ id, label, warehouses, error, placeholder, ...select }: Props) {
  return (
    <FormField id={id} label={label} required error={error}>
      <Select {...select}>
        {placeholder && <option value="">{placeholder}</option>}
        {warehouses.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
            {w.isActive ? '' : ' (inactive)'}
          </option>
        ))}
      </Select>
    </FormField>
  );
}
