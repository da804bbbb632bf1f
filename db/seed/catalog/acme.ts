import type { DemoCatalog } from './types';

const SIZES = ['S', 'M', 'L', 'XL'];

/** The demo catalog of “acme”. */
export const ACME: DemoCatalog = {
  sku: 'ACM',
  taxRateBps: 888,
  categories: [
    ['clothing', 'Clothing', [
      ['men', 'Men', [['mens-shirts', 'Shirts'], ['mens-t-shirts', 'T-shirts']]],
      ['women', 'Women', [['dresses', 'Dresses'], ['knitwear', 'Knitwear']]],
      ['accessories', 'Accessories'],
    ]],
    ['home-kitchen', 'Home & Kitchen', [
      ['kitchen', 'Kitchen', [['cookware', 'Cookware'], ['mugs-cups', 'Mugs & Cups']]],
      ['bedding', 'Bedding'],
      ['decor', 'Decor'],
    ]],
  ],
  warehouses: [
    { name: 'Main warehouse', code: 'NYC', address: { street: '400 Industrial Ave', city: 'Newark', region: 'NJ', postalCode: '07105', country: 'US' }, contactPerson: 'Marcus Lee', phone: '+1 973 555 0140' },
    { name: 'West Coast depot', code: 'LAX', address: { street: '2200 E 7th St', city: 'Los Angeles', region: 'CA', postalCode: '90021', country: 'US' }, contactPerson: 'Ana Ruiz', phone: '+1 213 555 0188' },
  ],
  products: [
    { name: 'Oxford Button-Down Shirt', cat: 'mens-shirts', brand: 'Acme Basics', price: 49, sale: 39, grams: 320, featured: true, short: 'A crisp cotton oxford that works at the office and on weekends.', tags: ['cotton', 'office', 'bestseller'], specs: { Material: '100% cotton oxford', Fit: 'Regular', Care: 'Machine wash 30 °C' }, options: { Size: SIZES, Colour: ['White', 'Light Blue'] }, together: ['leather-belt'] },
    { name: 'Linen Camp-Collar Shirt', cat: 'mens-shirts', brand: 'Acme Basics', price: 59, grams: 260, short: 'Breathable European linen with a relaxed camp collar.', tags: ['linen', 'summer'], specs: { Material: '100% linen', Fit: 'Relaxed', Origin: 'Made in Portugal' }, options: { Size: ['S', 'M', 'L'], Colour: ['Sand', 'Olive'] } },
    { name: 'Essential Crew T-Shirt', cat: 'mens-t-shirts', brand: 'Acme Basics', price: 18, grams: 180, featured: true, short: 'The everyday tee in soft combed cotton.', tags: ['cotton', 'basics'], specs: { Material: '100% combed cotton', Weight: '180 gsm', Fit: 'Regular' }, options: { Size: SIZES, Colour: ['Black', 'White', 'Heather Grey'] }, adjust: { XL: 2 } },
    { name: 'Heavyweight Pocket Tee', cat: 'mens-t-shirts', brand: 'Northfield', price: 26, grams: 240, short: 'A boxy, heavyweight tee with a chest pocket.', tags: ['cotton', 'heavyweight'], specs: { Material: '100% cotton jersey', Weight: '240 gsm' }, options: { Size: SIZES } },
    { name: 'Wrap Midi Dress', cat: 'dresses', brand: 'Marlow', price: 89, sale: 69, grams: 380, featured: true, short: 'A flattering wrap dress in fluid viscose.', tags: ['dress', 'occasion'], specs: { Material: '100% viscose', Length: 'Midi', Care: 'Hand wash' }, options: { Size: ['XS', 'S', 'M', 'L'], Colour: ['Navy', 'Terracotta'] } },
    { name: 'Cotton Shirt Dress', cat: 'dresses', brand: 'Marlow', price: 74, grams: 350, status: 'draft', short: 'A belted shirt dress in crisp poplin.', tags: ['dress', 'cotton'], specs: { Material: '100% cotton poplin', Length: 'Knee' }, options: { Size: ['S', 'M', 'L'] } },
    { name: 'Merino Crew Sweater', cat: 'knitwear', brand: 'Northfield', price: 95, grams: 420, featured: true, short: 'Fine-gauge merino that keeps warm without bulk.', tags: ['wool', 'winter'], specs: { Material: '100% extra-fine merino', Gauge: '14 gg', Care: 'Hand wash cold' }, options: { Size: ['S', 'M', 'L'], Colour: ['Charcoal', 'Oatmeal'] } },
    { name: 'Chunky Cable Cardigan', cat: 'knitwear', brand: 'Northfield', price: 120, grams: 780, status: 'inactive', short: 'A hand-finished cable knit for cold days.', tags: ['wool', 'winter'], specs: { Material: '70% wool, 30% alpaca', Fit: 'Oversized' }, options: { Size: ['S/M', 'L/XL'] } },
    { name: 'Leather Belt', cat: 'accessories', brand: 'Acme Leather', price: 35, grams: 210, short: 'Full-grain leather with a brushed brass buckle.', tags: ['leather', 'accessories'], specs: { Material: 'Full-grain cowhide', Width: '3.5 cm', Buckle: 'Solid brass' }, options: { Size: ['S', 'M', 'L'] }, low: true },
    { name: 'Wool Beanie', cat: 'accessories', brand: 'Northfield', price: 22, grams: 90, short: 'A ribbed beanie in soft lambswool.', tags: ['wool', 'winter', 'gift'], specs: { Material: '100% lambswool', Size: 'One size' }, options: { Colour: ['Charcoal', 'Mustard', 'Forest'] } },
    { name: 'Cast Iron Skillet 10"', cat: 'cookware', brand: 'Hearth & Co', price: 45, grams: 2300, featured: true, short: 'Pre-seasoned cast iron that sears, bakes and lasts for generations.', tags: ['cast-iron', 'kitchen'], specs: { Diameter: '10 in / 25 cm', Material: 'Cast iron', Oven: 'Safe to 260 °C' }, together: ['stainless-steel-saucepan-2-qt'] },
    { name: 'Stainless Steel Saucepan 2 qt', cat: 'cookware', brand: 'Hearth & Co', price: 39, sale: 32, grams: 1100, short: 'Tri-ply stainless steel with a tight-fitting lid.', tags: ['kitchen', 'stainless'], specs: { Capacity: '2 qt / 1.9 L', Material: 'Tri-ply stainless steel', Induction: 'Yes' } },
    { name: 'Stoneware Mug 12 oz', cat: 'mugs-cups', brand: 'Hearth & Co', price: 14, grams: 380, short: 'A hand-glazed stoneware mug, every one slightly different.', tags: ['ceramic', 'gift'], specs: { Capacity: '12 oz / 355 ml', Dishwasher: 'Safe', Microwave: 'Safe' }, options: { Colour: ['Speckled White', 'Sage', 'Charcoal'] } },
    { name: 'Double-Wall Glass Cups (Set of 2)', cat: 'mugs-cups', brand: 'Hearth & Co', price: 24, grams: 420, short: 'Borosilicate cups that keep coffee hot and hands cool.', tags: ['glass', 'coffee'], specs: { Capacity: '8 oz / 240 ml', Material: 'Borosilicate glass' }, low: true },
    { name: 'Percale Sheet Set', cat: 'bedding', brand: 'Dreamwell', price: 110, grams: 1800, short: 'Cool, crisp 300-thread-count cotton percale.', tags: ['cotton', 'bedroom'], specs: { Material: '100% long-staple cotton', 'Thread count': '300', Includes: 'Flat sheet, fitted sheet, 2 pillowcases' }, options: { Size: ['Twin', 'Queen', 'King'], Colour: ['White', 'Stone'] }, adjust: { Queen: 20, King: 40 } },
    { name: 'Linen Throw Pillow Cover', cat: 'decor', brand: 'Dreamwell', price: 29, grams: 200, status: 'draft', short: 'Stonewashed linen cover with a hidden zip.', tags: ['linen', 'living-room'], specs: { Size: '20 × 20 in', Material: '100% linen' } },
    { name: 'Ceramic Table Lamp', cat: 'decor', brand: 'Lumen House', price: 79, grams: 2600, short: 'A matte ceramic base with a linen drum shade.', tags: ['lighting', 'living-room'], specs: { Height: '18 in', Bulb: 'E26, max 60 W', Cable: '6 ft fabric cord' }, low: true },
  ],
};
