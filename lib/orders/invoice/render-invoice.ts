import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { formatMoney } from '@/lib/money/money';

/** Everything printed on an invoice, money in minor units of `currency`. */
export type InvoiceData = {
  locale: string;
  currency: string;
  store: { name: string; addressLines: string[]; email: string | null; phone: string | null };
  number: string;
  /** Already formatted in the store's time zone. */
  date: string;
  paymentMethod: string;
  billTo: string[];
  /** The delivery address, or a line saying the order is picked up. */
  shipTo: string[];
  lines: { name: string; variant: string | null; sku: string | null; quantity: number; unitPrice: number; discount: number; tax: number; total: number }[];
  subtotal: number;
  discount: number;
  tax: number;
  shipping: number;
  total: number;
  paid: number;
  refunded: number;
  pricesIncludeTax: boolean;
};

/**
 * pdfkit's built-in Helvetica covers only WinAnsi (Western European). A TTF that also has
 * Cyrillic, Greek and Central European letters is embedded when one is at hand.
 */
const FONT_CANDIDATES = [
  'node_modules/next/dist/compiled/@vercel/og/noto-sans-v27-latin-regular.ttf',
  'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf',
];

let fontPath: string | null | undefined;
function embeddedFont(): string | null {
  if (fontPath === undefined) fontPath = FONT_CANDIDATES.map((f) => path.join(/*turbopackIgnore: true*/ process.cwd(), f)).find((f) => existsSync(f)) ?? null;
  return fontPath;
}

const MARGIN = 50;
const MUTED = '#52525b';
// Item, Qty, Unit price, Discount, Tax, Total (A4 minus margins: 495pt).
const COLUMNS = [
  { title: 'Item', width: 170, align: 'left' },
  { title: 'Qty', width: 35, align: 'right' },
  { title: 'Unit price', width: 72, align: 'right' },
  { title: 'Discount', width: 72, align: 'right' },
  { title: 'Tax', width: 66, align: 'right' },
  { title: 'Total', width: 80, align: 'right' },
] as const;

/** The invoice as a PDF file. `compress: false` keeps the text readable in the raw bytes (tests). */
export function renderInvoice(invoice: InvoiceData, { compress = true }: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress,
    info: { Title: `Invoice ${invoice.number}`, Author: invoice.store.name },
  });
  const font = embeddedFont();
  if (font) doc.registerFont('Body', font);
  // The embedded font has one weight: headings stand out by size alone.
  const regular = font ? 'Body' : 'Helvetica';
  const bold = font ? 'Body' : 'Helvetica-Bold';
  // Intl puts narrow no-break spaces in some locales' amounts; not every font has them.
  const money = (minor: number) => formatMoney(minor, invoice.currency, invoice.locale).replace(/\u202f/g, '\u00a0');

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const right = MARGIN + width;

  // Store (left) and invoice facts (right).
  const top = doc.y;
  doc.font(bold).fontSize(18).text(invoice.store.name, MARGIN, top, { width: width * 0.6 });
  doc.font(regular).fontSize(9).fillColor(MUTED);
  const contact = [...invoice.store.addressLines, invoice.store.email, invoice.store.phone].filter((l): l is string => Boolean(l));
  for (const line of contact) doc.text(line, { width: width * 0.6 });
  const leftBottom = doc.y;
  doc.fillColor('black').font(bold).fontSize(18).text('Invoice', MARGIN, top, { width, align: 'right' });
  doc.font(regular).fontSize(9);
  doc.text(`Invoice number: ${invoice.number}`, { width, align: 'right' });
  doc.text(`Date: ${invoice.date}`, { width, align: 'right' });
  doc.text(`Payment: ${invoice.paymentMethod}`, { width, align: 'right' });
  doc.y = Math.max(leftBottom, doc.y) + 20;

  // Bill to / Ship to.
  const addressTop = doc.y;
  const half = width / 2 - 10;
  doc.font(bold).fontSize(10).text('Bill to', MARGIN, addressTop, { width: half });
  doc.font(regular).fontSize(9);
  for (const line of invoice.billTo) doc.text(line, { width: half });
  const billBottom = doc.y;
  doc.font(bold).fontSize(10).text('Ship to', MARGIN + width / 2 + 10, addressTop, { width: half });
  doc.font(regular).fontSize(9);
  for (const line of invoice.shipTo) doc.text(line, MARGIN + width / 2 + 10, doc.y, { width: half });
  doc.y = Math.max(billBottom, doc.y) + 20;

  // Lines.
  const row = (cells: string[], y: number, f: string) => {
    doc.font(f).fontSize(9);
    let x = MARGIN;
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i]!.width - 6 }));
    cells.forEach((cell, i) => {
      const col = COLUMNS[i]!;
      doc.text(cell, x + (col.align === 'left' ? 0 : 6), y, { width: col.width - 6, align: col.align });
      x += col.width;
    });
    return y + Math.max(...heights) + 6;
  };
  const rule = (y: number) => doc.moveTo(MARGIN, y).lineTo(right, y).lineWidth(0.5).strokeColor('#d4d4d8').stroke();
  const header = (y: number) => {
    const next = row(COLUMNS.map((c) => c.title), y, bold);
    rule(next - 3);
    return next + 2;
  };

  let y = header(doc.y);
  for (const line of invoice.lines) {
    const item = [line.name, line.variant, line.sku ? `SKU ${line.sku}` : null].filter(Boolean).join('\n');
    const cells = [item, String(line.quantity), money(line.unitPrice), line.discount ? money(-line.discount) : '—', money(line.tax), money(line.total)];
    doc.font(regular).fontSize(9);
    const needed = doc.heightOfString(item, { width: COLUMNS[0].width - 6 }) + 8;
    if (y + needed > doc.page.height - MARGIN) {
      doc.addPage();
      y = header(MARGIN);
    }
    y = row(cells, y, regular);
  }
  rule(y - 3);

  // Totals.
  const totals: [string, string, boolean?][] = [
    ['Subtotal', money(invoice.subtotal)],
    ...(invoice.discount ? ([['Discount', money(-invoice.discount)]] as [string, string][]) : []),
    [invoice.pricesIncludeTax ? 'Tax (included)' : 'Tax', money(invoice.tax)],
    ['Shipping', money(invoice.shipping)],
    ['Total', money(invoice.total), true],
    ['Paid', money(invoice.paid)],
    ...(invoice.refunded ? ([['Refunded', money(-invoice.refunded)]] as [string, string][]) : []),
  ];
  if (y + totals.length * 16 + 40 > doc.page.height - MARGIN) {
    doc.addPage();
    y = MARGIN;
  }
  y += 6;
  const labelX = right - 220;
  for (const [label, value, strong] of totals) {
    doc.font(strong ? bold : regular).fontSize(strong ? 11 : 9).fillColor('black');
    doc.text(label, labelX, y, { width: 120 });
    doc.text(value, labelX + 120, y, { width: 100, align: 'right' });
    y += strong ? 18 : 14;
  }
  y += 10;
  doc.font(regular).fontSize(8).fillColor(MUTED);
  doc.text(invoice.pricesIncludeTax ? 'Prices include tax.' : 'Prices exclude tax; tax is added per line.', MARGIN, y, { width });

  doc.end();
  return done;
}
