/**
 * Writing CSV cells. Spreadsheets run a cell that starts with = + - @ (or a tab / carriage
 * return) as a formula, so such text gets a leading apostrophe; a value that already starts
 * with apostrophes before one of those gets one more, so import can always remove exactly one
 * and the text round-trips. Plain numbers (a negative stock count) are not formulas.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(value: string): string {
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormula, applied to every imported cell. */
export function restoreFormula(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF terminator (RFC 4180). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}
