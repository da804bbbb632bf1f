'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { CircleAlert } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { Textarea } from '@/components/ui/textarea';
import { toast } from '@/components/ui/use-toast';
import { MAX_CSV_CHARS, type ImportRatesInput } from '@/lib/currency/schemas';
import type { ActionResult } from '@/lib/server/action';

type Counts = { rows: number; inserted: number; updated: number; pairs: number };
type Props = { action: (input: ImportRatesInput) => Promise<ActionResult<Counts>> };
type LineErrors = { line: number; problems: string[] }[];

const EXAMPLE = 'base,quote,rate,effective_on\nUSD,UZS,12650.5,2025-03-01';

/** Uploads (or pastes) a CSV of rates; a file with any bad line imports nothing and lists every problem. */
export function ImportRatesForm({ action }: Props) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [lineErrors, setLineErrors] = useState<LineErrors>([]);

  async function chooseFile(file: File | undefined) {
    setLineErrors([]);
    setFormError(null);
    if (!file) return;
    if (file.size > MAX_CSV_CHARS) {
      setFormError('Keep the file under 1 MB; split it if needed.');
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    setLineErrors([]);
    if (!text.trim()) {
      setFormError('Choose a CSV file or paste its text.');
      return;
    }
    setPending(true);
    const result = await action({ csv: text });
    setPending(false);
    if (result.error) {
      const lines = Object.entries(result.error.fieldErrors ?? {})
        .filter(([line]) => /^\d+$/.test(line))
        .map(([line, problems]) => ({ line: Number(line), problems: problems ?? [] }))
        .sort((a, b) => a.line - b.line);
      setLineErrors(lines);
      if (lines.length === 0) setFormError(result.error.message);
      return;
    }
    const { rows, inserted, updated, pairs } = result.data;
    toast({
      title: `Imported ${rows} ${rows === 1 ? 'rate' : 'rates'} for ${pairs} ${pairs === 1 ? 'pair' : 'pairs'}: ${inserted} new, ${updated} replaced.`,
      variant: 'success',
    });
    setText('');
    setFileName(null);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormField
        id={`${id}-file`}
        label="CSV file"
        description="Columns base, quote, rate, effective_on, with a header line. Rows for a day already kept replace it."
      >
        <Input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void chooseFile(e.target.files?.[0])} />
      </FormField>
      <FormField
        id={`${id}-text`}
        label="Or paste the CSV"
        description={fileName ? `Loaded from ${fileName}; you can edit it before importing.` : undefined}
      >
        <Textarea
          rows={4}
          spellCheck={false}
          className="font-mono text-xs"
          placeholder={EXAMPLE}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </FormField>
      <div aria-live="polite" className="flex flex-col gap-3">
        <FormError message={formError} />
        {lineErrors.length > 0 && (
          <Alert variant="destructive" role="alert">
            <CircleAlert aria-hidden="true" />
            <AlertTitle>
              Nothing was imported: {lineErrors.length === 1 ? '1 line has problems' : `${lineErrors.length} lines have problems`}. Fix them and try
              again.
            </AlertTitle>
            <AlertDescription>
              <Table className="mt-2">
                <caption className="sr-only">Problems by line of the file</caption>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col" className="w-16">
                      Line
                    </TableHead>
                    <TableHead scope="col">Problems</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lineErrors.map(({ line, problems }) => (
                    <TableRow key={line}>
                      <TableCell className="align-top tabular-nums">{line}</TableCell>
                      <TableCell>
                        <ul className="list-disc pl-4">
                          {problems.map((p) => (
                            <li key={p}>{p}</li>
                          ))}
                        </ul>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </AlertDescription>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" loading={pending}>
          Import rates
        </Button>
      </div>
    </form>
  );
}
