'use client';

import { useState } from 'react';
import { FileCheck, Upload } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError, FormFieldset } from '@/components/ui/form-field';
import { Progress } from '@/components/ui/progress';
import type { ImportMode } from '@/lib/catalog/csv/format';
import { ImportForm as ImportFormSchema } from '@/lib/catalog/csv/schemas';
import { cn } from '@/lib/utils/cn';
import { FileDropZone } from './file-drop-zone';
import { ImportResultView } from './import-result';
import { useCsvImport } from './use-csv-import';

const MODES: { value: ImportMode; label: string; description: string }[] = [
  { value: 'all_or_nothing', label: 'Import nothing if any row has an error', description: 'The whole file is imported, or none of it.' },
  { value: 'valid_rows', label: 'Import all valid rows', description: 'Products with an error in any of their rows are skipped; the rest are imported.' },
];

/** Pick a file and a mode, check it (a dry run) or import it, and follow the progress and the report. */
export function CsvImportForm({ orgSlug }: { orgSlug: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [fileError, setFileError] = useState<string | null>(null);
  const { state, start, reset } = useCsvImport(orgSlug);
  const running = state.status === 'running';
  const serverFileError = state.status === 'failed' ? state.fieldErrors?.file?.[0] : undefined;
  const shownFileError = fileError ?? serverFileError ?? null;

  const choose = (next: File | null) => {
    setFile(next);
    setFileError(null);
    reset();
  };
  const submit = (dryRun: boolean) => {
    const parsed = ImportFormSchema.safeParse({ file: file ?? undefined, mode, dry_run: String(dryRun) });
    if (!parsed.success || !file) {
      setFileError(parsed.error?.issues.find((i) => i.path[0] === 'file')?.message ?? 'Choose a CSV file.');
      return;
    }
    void start(file, mode, dryRun);
  };

  const progress = state.status === 'running' ? state.progress : null;
  const phaseLabel = !progress ? 'Uploading…' : progress.phase === 'validating' ? 'Checking rows' : state.status === 'running' && state.dryRun ? 'Trying the changes' : 'Importing';

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1.5">
        <FileDropZone id="csv-file" file={file} onFile={choose} disabled={running} invalid={Boolean(shownFileError)} describedBy="csv-file-error" />
        <FieldError id="csv-file-error">{shownFileError}</FieldError>
      </div>

      <FormFieldset id="csv-mode" legend="If some rows have errors">
        {(control) => (
          <div className="grid gap-3 sm:grid-cols-2">
            {MODES.map((m) => (
              <label
                key={m.value}
                className={cn(
                  'flex cursor-pointer gap-3 rounded-lg border p-4 transition-colors hover:bg-accent/60 has-focus-visible:outline-2 has-focus-visible:outline-ring',
                  mode === m.value && 'border-primary bg-primary/5 ring-1 ring-primary',
                )}
              >
                <input
                  type="radio"
                  name="mode"
                  value={m.value}
                  checked={mode === m.value}
                  onChange={() => setMode(m.value)}
                  disabled={running}
                  className="mt-0.5 size-4 shrink-0 accent-primary"
                  {...control}
                />
                <span className="flex flex-col gap-1">
                  <span className="text-sm font-semibold">{m.label}</span>
                  <span className="text-sm text-muted-foreground">{m.description}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </FormFieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={() => submit(true)} loading={running && state.dryRun} disabled={running}>
          {!(running && state.dryRun) && <FileCheck aria-hidden="true" />}
          Check file
        </Button>
        <Button type="button" onClick={() => submit(false)} loading={running && !state.dryRun} disabled={running}>
          {!(running && !state.dryRun) && <Upload aria-hidden="true" />}
          Import
        </Button>
      </div>

      {/* Announce the phase, not every progress tick. */}
      <p aria-live="polite" className="sr-only">
        {running ? phaseLabel : state.status === 'done' ? 'Finished.' : ''}
      </p>
      {running && (
        <div className="flex flex-col gap-2">
          <Progress value={progress?.done ?? 0} max={progress?.total || 1} label={phaseLabel} showLabel />
          <p className="text-sm text-muted-foreground tabular-nums">
            {progress ? `${progress.done.toLocaleString('en')} of ${progress.phase === 'validating' && progress.done < progress.total ? 'about ' : ''}${progress.total.toLocaleString('en')} rows` : 'Sending the file…'}
          </p>
        </div>
      )}
      {state.status === 'failed' && !serverFileError && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {state.message}
        </p>
      )}
      {state.status === 'done' && file && <ImportResultView result={state.result} orgSlug={orgSlug} fileName={file.name} />}
    </div>
  );
}
