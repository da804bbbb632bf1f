import { currencyExponent, toDecimalString } from '@/lib/money/money';
import { csvLine } from './csv-line';
import { csvHeader } from './format';

/** An amount written in whole units of any currency: 19.9 → "19.90" USD, "20" JPY. */
const amount = (units: number, currency: string) => toDecimalString(Math.round(units * 10 ** currencyExponent(currency)), currency);

/**
 * A small example file with the organization's own stock columns: a product with two sizes and
 * one without options. Category is left empty, since the example cannot know the store's slugs.
 */
export function templateCsv(currency: string, warehouses: { code: string | null; name: string }[]): string {
  const stock = (n: number) => warehouses.map(() => n);
  const money = (units: number) => amount(units, currency);
  const tee = ['classic-tee', 'Classic tee', 'TEE', '', 'Acme', '', 'draft', money(19.9), '', money(8), '18', '0.2', '30', '20', '2',
    'no', 'no', 'yes', '1', '', '10', 'no', 'cotton|summer', 'A soft cotton tee.', 'Made from 100% organic cotton.', 'Classic tee', 'A soft cotton tee.'];
  const mug = ['enamel-mug', 'Enamel mug', 'MUG', '', 'Acme', '', 'draft', money(12), money(9.5), money(4), '18', '0.35', '10', '10', '9',
    'yes', 'no', 'yes', '1', '6', '5', 'no', 'kitchen', 'Keeps coffee hot.', '', '', ''];
  return [
    csvLine(csvHeader(warehouses)),
    csvLine([...tee, 'Size', 'S', '', '', '', '', 'TEE-S', '', 'yes', ...stock(10)]),
    csvLine([...tee, 'Size', 'M', '', '', '', '', 'TEE-M', money(21.9), 'yes', ...stock(5)]),
    csvLine([...mug, '', '', '', '', '', '', 'MUG-1', '', 'yes', ...stock(24)]),
  ].join('');
}
