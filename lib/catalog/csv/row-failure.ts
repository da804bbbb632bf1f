import type { RowError } from './format';

/** A product the file describes but cannot be written as is: its savepoint is rolled back. */
export class RowFailure extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors[0]?.message ?? 'Row failed');
    this.name = 'RowFailure';
  }
}

export const rowFailure = (row: number, column: string | null, message: string) => new RowFailure([{ row, column, message }]);
