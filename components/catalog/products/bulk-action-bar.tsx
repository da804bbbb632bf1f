'use client';

import { useState } from 'react';
import { Archive, Eye, Trash2, X } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { bulkUpdateProductsAction, deleteProductsAction } from '@/lib/catalog/products/actions';
import { SetCategoryDialog } from './set-category-dialog';
import type { CategoryChoice } from './types';

type Props = { orgSlug: string; ids: string[]; categories: CategoryChoice[]; onDone: () => void };

const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;
const updated = ({ updated: n }: { updated: number }) => (n === 0 ? 'Nothing to change: they already were.' : `${products(n)} updated`);

/** Publish, archive, move or delete the selected products; one action at a time. */
export function BulkActionBar({ orgSlug, ids, categories, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const common = { successMessage: updated, refresh: 'always' as const, onDone };
  const publish = useRunAction({ run: () => bulkUpdateProductsAction(orgSlug, { action: 'publish', ids }), ...common });
  const archive = useRunAction({ run: () => bulkUpdateProductsAction(orgSlug, { action: 'archive', ids }), ...common });
  const locked = busy || publish.pending || archive.pending;
  const count = products(ids.length);

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="sticky top-18 z-20 flex flex-col gap-2 rounded-lg border bg-background p-3 shadow-sm sm:flex-row sm:flex-wrap sm:items-center"
    >
      <p className="text-sm font-medium sm:mr-auto" aria-live="polite">
        {count} selected
      </p>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        <Button type="button" variant="outline" size="sm" disabled={locked} loading={publish.pending} onClick={publish.execute}>
          {!publish.pending && <Eye aria-hidden="true" />}
          Publish
        </Button>
        <Button type="button" variant="outline" size="sm" disabled={locked} loading={archive.pending} onClick={archive.execute}>
          {!archive.pending && <Archive aria-hidden="true" />}
          Archive
        </Button>
        <SetCategoryDialog orgSlug={orgSlug} ids={ids} categories={categories} disabled={locked} onPendingChange={setBusy} onDone={onDone} />
        <ConfirmActionButton
          trigger={
            <>
              <Trash2 aria-hidden="true" />
              Delete
            </>
          }
          triggerVariant="ghost-destructive"
          triggerSize="sm"
          disabled={locked}
          title={`Delete ${count}?`}
          description={`${count === '1 product' ? 'It disappears' : 'They disappear'} from your store and this list. Past orders keep their details.`}
          confirmLabel={`Delete ${count}`}
          pendingLabel="Deleting…"
          destructive
          run={() => deleteProductsAction(orgSlug, { ids })}
          successMessage={({ deleted }) => `${products(deleted)} deleted`}
          refresh="always"
          onDone={onDone}
          onPendingChange={setBusy}
        />
        <Button type="button" variant="ghost" size="sm" disabled={locked} onClick={onDone} className="col-span-2 sm:col-auto">
          <X aria-hidden="true" />
          Clear selection
        </Button>
      </div>
    </div>
  );
}
