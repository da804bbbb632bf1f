'use client';

import { useEffect, useState } from 'react';
import { FolderInput } from 'lucide-react';
import { CategoryOptions } from '@/components/catalog/categories/category-options';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { bulkUpdateProductsAction } from '@/lib/catalog/products/actions';
import type { CategoryChoice } from './types';

type Props = {
  orgSlug: string;
  ids: string[];
  categories: CategoryChoice[];
  disabled: boolean;
  onPendingChange: (pending: boolean) => void;
  onDone: () => void;
};

/** Moves the selected products into one category, or out of any. */
export function SetCategoryDialog({ orgSlug, ids, categories, disabled, onPendingChange, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [categoryId, setCategoryId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { pending, execute } = useRunAction({
    run: () => bulkUpdateProductsAction(orgSlug, { action: 'set_category', ids, categoryId: categoryId || null }),
    successMessage: ({ updated }) => (updated === 0 ? 'Nothing to change: they were already there.' : `${updated} moved`),
    refresh: 'always',
    onDone: () => {
      setOpen(false);
      onDone();
    },
    // The dialog stays open with the reason next to the choice (say, the category was just deleted).
    onError: (e) => setError(e.fieldErrors?.categoryId?.[0] ?? e.message),
  });

  useEffect(() => {
    if (!pending) return;
    onPendingChange(true);
    return () => onPendingChange(false);
  }, [pending, onPendingChange]);

  const count = `${ids.length} product${ids.length === 1 ? '' : 's'}`;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && (setOpen(next), setError(null))}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" disabled={disabled}>
          <FolderInput aria-hidden="true" />
          Change category
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            execute();
          }}
        >
          <DialogHeader>
            <DialogTitle>Change the category of {count}</DialogTitle>
            <DialogDescription>They move to the category you choose; sub-categories are listed under their parents.</DialogDescription>
          </DialogHeader>
          <FormField id="bulk-category" label="Category" error={error}>
            <Select value={categoryId} onChange={(e) => (setCategoryId(e.target.value), setError(null))} disabled={pending}>
              <CategoryOptions options={categories} noneLabel="No category" />
            </Select>
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" disabled={pending} onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Move {count}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
