'use client';

import { useCallback, useRef, useState } from 'react';
import type { ImportMode, ImportProgress, ImportResult, ImportStreamLine } from '@/lib/catalog/csv/format';
import type { FieldErrors } from '@/lib/server/errors';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; dryRun: boolean; progress: ImportProgress | null }
  | { status: 'done'; result: ImportResult }
  | { status: 'failed'; message: string; fieldErrors?: FieldErrors };

/** The NDJSON lines of a response body, as they arrive. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<ImportStreamLine> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) yield JSON.parse(part) as ImportStreamLine;
    if (done) break;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as ImportStreamLine;
}

/**
 * Posts the file to the import route and follows its NDJSON stream: progress while it validates
 * and imports, then the result. A second start cancels the first request (not the import itself,
 * which the server finishes or rolls back as a whole).
 */
export function useCsvImport(orgSlug: string) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (file: File, mode: ImportMode, dryRun: boolean) => {
      controller.current?.abort();
      const abort = (controller.current = new AbortController());
      setState({ status: 'running', dryRun, progress: null });
      const form = new FormData();
      form.set('file', file);
      form.set('mode', mode);
      form.set('dry_run', String(dryRun));
      try {
        const response = await fetch(`/api/orgs/${encodeURIComponent(orgSlug)}/products/import`, { method: 'POST', body: form, signal: abort.signal });
        if (!response.ok || !response.body) {
          const body = (await response.json().catch(() => null)) as { error?: { message: string; fieldErrors?: FieldErrors } } | null;
          setState({ status: 'failed', message: body?.error?.message ?? `The server answered ${response.status}.`, fieldErrors: body?.error?.fieldErrors });
          return;
        }
        for await (const line of lines(response.body)) {
          if (line.type === 'progress') setState({ status: 'running', dryRun, progress: line });
          else if (line.type === 'error') return setState({ status: 'failed', message: line.error.message });
          else return setState({ status: 'done', result: line });
        }
        setState({ status: 'failed', message: 'The connection closed before the import finished. Check the products list before trying again.' });
      } catch (e) {
        if (abort.signal.aborted) return;
        setState({ status: 'failed', message: e instanceof Error && e.message ? `The upload failed: ${e.message}` : 'The upload failed.' });
      }
    },
    [orgSlug],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, start, reset };
}
