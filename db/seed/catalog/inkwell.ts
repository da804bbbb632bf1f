import type { DemoCatalog } from './types';

/** The demo catalog of “inkwell”. */
export const INKWELL: DemoCatalog = {
  sku: 'INK',
  taxRateBps: 1800,
  categories: [
    ['business-cards', 'Business Cards', [['standard-business-cards', 'Standard'], ['premium-business-cards', 'Premium']]],
    ['posters', 'Posters & Prints', [['event-posters', 'Event posters'], ['art-prints', 'Art prints']]],
    ['stickers', 'Stickers & Labels', [['die-cut-stickers', 'Die-cut stickers'], ['labels', 'Labels', [['product-labels', 'Product labels']]]]],
    ['stationery', 'Stationery'],
  ],
  warehouses: [
    { name: 'Bengaluru print floor', code: 'BLR', address: { street: '12 MG Road', city: 'Bengaluru', region: 'Karnataka', postalCode: '560001', country: 'IN' }, contactPerson: 'Kiran Rao', phone: '+91 80 4000 0101' },
    { name: 'Mumbai dispatch', code: 'BOM', address: { street: 'Andheri East, MIDC', city: 'Mumbai', region: 'Maharashtra', postalCode: '400093', country: 'IN' }, contactPerson: 'Sneha Patil', phone: '+91 22 4000 0202' },
  ],
  products: [
    { name: 'Classic Matte Business Cards', cat: 'standard-business-cards', brand: 'Inkwell', price: 499, grams: 120, featured: true, short: 'Our bestseller on 350 gsm card, printed overnight.', tags: ['cards', 'bestseller'], specs: { Paper: '350 gsm', Size: '90 × 55 mm', Turnaround: 'Next day' }, options: { Quantity: ['100', '250', '500'], Finish: ['Matte', 'Gloss'] }, adjust: { '250': 400, '500': 900 } },
    { name: 'Rounded-Corner Business Cards', cat: 'standard-business-cards', brand: 'Inkwell', price: 649, grams: 120, short: 'Soft 4 mm rounded corners on sturdy 400 gsm card.', tags: ['cards'], specs: { Paper: '400 gsm', Corners: '4 mm radius' }, options: { Quantity: ['100', '250'] }, adjust: { '250': 500 } },
    { name: 'Velvet Touch Business Cards', cat: 'premium-business-cards', brand: 'Inkwell Studio', price: 1299, grams: 140, featured: true, short: 'A soft-touch laminate that feels like suede.', tags: ['cards', 'premium'], specs: { Paper: '450 gsm', Laminate: 'Soft-touch both sides' }, options: { Quantity: ['100', '250'] }, adjust: { '250': 1100 } },
    { name: 'Foil Business Cards', cat: 'premium-business-cards', brand: 'Inkwell Studio', price: 1899, sale: 1599, grams: 140, short: 'Hot-foil logo and name that catch the light.', tags: ['cards', 'premium', 'foil'], specs: { Paper: '600 gsm cotton', Foil: 'Hot foil, one side' }, options: { Foil: ['Gold', 'Silver', 'Rose Gold'] } },
    { name: 'Event Poster', cat: 'event-posters', brand: 'Inkwell', price: 349, grams: 90, featured: true, short: 'Vivid posters for gigs, launches and sales.', tags: ['posters', 'events'], specs: { Printing: 'Full colour, one side', Turnaround: '2 days' }, options: { Size: ['A3', 'A2', 'A1'], Paper: ['Matte 170 gsm', 'Gloss 200 gsm'] }, adjust: { A2: 200, A1: 450 } },
    { name: 'Concert Poster Pack (Set of 10)', cat: 'event-posters', brand: 'Inkwell', price: 1999, grams: 800, short: 'Ten A2 posters of one design at a pack price.', tags: ['posters', 'bulk'], specs: { Size: 'A2', Quantity: '10' } },
    { name: 'Giclée Art Print', cat: 'art-prints', brand: 'Inkwell Studio', price: 899, grams: 150, short: 'Archival pigment inks on cotton rag paper.', tags: ['art', 'archival'], specs: { Paper: '310 gsm cotton rag', Inks: '12-colour pigment' }, options: { Size: ['A4', 'A3', 'A2'] }, adjust: { A3: 500, A2: 1200 } },
    { name: 'Canvas Print', cat: 'art-prints', brand: 'Inkwell Studio', price: 2499, grams: 1200, status: 'draft', short: 'Gallery-wrapped canvas on a pine frame.', tags: ['art', 'canvas'], specs: { Frame: '38 mm pine', Canvas: 'Poly-cotton' } },
    { name: 'Custom Die-Cut Stickers', cat: 'die-cut-stickers', brand: 'Inkwell', price: 599, grams: 80, featured: true, short: 'Cut to the shape of your design, 50 per pack.', tags: ['stickers', 'custom'], specs: { Material: 'Waterproof vinyl', Pack: '50 stickers' }, options: { Size: ['5 cm', '7.5 cm', '10 cm'], Finish: ['Gloss', 'Matte'] }, adjust: { '7.5 cm': 200, '10 cm': 400 } },
    { name: 'Holographic Stickers', cat: 'die-cut-stickers', brand: 'Inkwell', price: 799, grams: 80, low: true, short: 'Rainbow holographic vinyl that shifts as it moves.', tags: ['stickers', 'holographic'], specs: { Material: 'Holographic vinyl', Pack: '50 stickers' } },
    { name: 'Round Product Labels (Roll of 500)', cat: 'product-labels', brand: 'Inkwell', price: 1150, grams: 400, short: 'Labels on a roll for jars, bottles and boxes.', tags: ['labels', 'packaging'], specs: { Material: 'Semi-gloss paper', Roll: '500 labels' }, options: { Size: ['38 mm', '50 mm'] }, adjust: { '50 mm': 250 } },
    { name: 'Kraft Paper Labels', cat: 'labels', brand: 'Inkwell', price: 699, grams: 200, short: 'Natural brown kraft labels with a rustic look.', tags: ['labels', 'kraft'], specs: { Material: 'Kraft paper', Sheet: 'A4, 24 labels' } },
    { name: 'Letterhead (Pack of 100)', cat: 'stationery', brand: 'Inkwell', price: 1450, grams: 900, short: 'Your letterhead on 100 gsm bond paper.', tags: ['stationery', 'office'], specs: { Paper: '100 gsm bond', Size: 'A4' }, low: true },
    { name: 'Self-Inking Rubber Stamp', cat: 'stationery', brand: 'Trodat', price: 750, grams: 180, status: 'inactive', short: 'A custom stamp that re-inks itself with every press.', tags: ['stationery', 'stamp'], specs: { Impression: '38 × 14 mm', Ink: 'Blue' } },
  ],
};
