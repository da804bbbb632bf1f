import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Tx } from '../client';
import { withOrg, withPlatform } from '../scope';
import {
  categories,
  inventoryMovements,
  memberships,
  organizations,
  productAttributes,
  productImages,
  productRelations,
  products,
  productVariants,
  stockLevels,
  warehouses,
  type Organization,
  type WarehouseAddress,
} from '../schema';
import { catalogSlugFor } from '../../lib/catalog/slug';
import { newId } from '../../lib/ids';
import { parseDecimalAmount } from '../../lib/money/money';
import { getStorage } from '../../lib/storage';
import { variantName } from '../../lib/catalog/variant-name';

/**
 * The demo catalog of each demo organization: a category tree, two warehouses, products with
 * options, variants, specifications, images, opening stock and related products. Idempotent:
 * categories and products are found by slug and warehouses by name, and only what is missing
 * is written. It runs under tsx outside Next, where modules marked 'server-only' cannot be
 * imported (processImage, applyStockChange), so it writes
 * rows with drizzle directly: each stock row together with its 'in' movement in one
 * transaction, and images made the way processImage makes them (WebP display copy + thumbnail).
 */

type CategorySpec = [slug: string, name: string, children?: CategorySpec[]];
type WarehouseSpec = { name: string; code: string; address: WarehouseAddress; contactPerson: string; phone: string };
type ProductSpec = {
  name: string;
  cat: string;
  brand: string;
  /** Major units of the org's currency ("49.99"); converted to minor units exactly. */
  price: number;
  sale?: number;
  grams: number;
  short: string;
  tags: string[];
  specs: Record<string, string>;
  options?: Record<string, string[]>;
  /** Price adjustment (major units) for variants with this option value. */
  adjust?: Record<string, number>;
  featured?: boolean;
  status?: 'draft' | 'inactive';
  /** At or under its reorder level, so the low-stock page has something to show. */
  low?: boolean;
  digital?: boolean;
  tax?: number;
  together?: string[];
};
type DemoCatalog = { sku: string; taxRateBps: number; categories: CategorySpec[]; warehouses: [WarehouseSpec, WarehouseSpec]; products: ProductSpec[] };

const SIZES = ['S', 'M', 'L', 'XL'];

const CATALOGS: Record<string, DemoCatalog> = {
  acme: {
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
  },
  bazaar: {
    sku: 'BZR',
    taxRateBps: 1200,
    categories: [
      ['electronics', 'Electronics', [
        ['phones-tablets', 'Phones & Tablets', [['smartphones', 'Smartphones'], ['phone-accessories', 'Phone accessories']]],
        ['audio', 'Audio'],
        ['computers', 'Computers'],
      ]],
      ['household', 'Household', [
        ['kitchen-appliances', 'Kitchen appliances'],
        ['cleaning', 'Cleaning'],
        ['home-textiles', 'Home textiles'],
      ]],
    ],
    warehouses: [
      { name: 'Tashkent central', code: 'TAS', address: { street: 'Chilonzor 9', city: 'Tashkent', postalCode: '100115', country: 'UZ' }, contactPerson: 'Otabek Karimov', phone: '+998 71 200 0101' },
      { name: 'Samarkand hub', code: 'SKD', address: { street: 'Registon 12', city: 'Samarkand', postalCode: '140100', country: 'UZ' }, contactPerson: 'Malika Yusupova', phone: '+998 66 233 0202' },
    ],
    products: [
      { name: 'Samsung Galaxy A55 5G', cat: 'smartphones', brand: 'Samsung', price: 4990000, grams: 213, featured: true, short: 'A 6.6" Super AMOLED phone with a 50 MP camera and all-day battery.', tags: ['5g', 'android'], specs: { Display: '6.6" Super AMOLED, 120 Hz', Camera: '50 MP + 12 MP + 5 MP', Battery: '5000 mAh' }, options: { Storage: ['128 GB', '256 GB'], Colour: ['Awesome Navy', 'Awesome Lilac'] }, adjust: { '256 GB': 600000 }, together: ['usb-c-fast-charger-33w', 'tempered-glass-screen-protector'] },
      { name: 'Xiaomi Redmi Note 13', cat: 'smartphones', brand: 'Xiaomi', price: 2790000, sale: 2590000, grams: 188, featured: true, short: 'Big AMOLED screen and a 108 MP camera at an easy price.', tags: ['android', 'budget'], specs: { Display: '6.67" AMOLED, 120 Hz', Camera: '108 MP', Battery: '5000 mAh, 33 W' }, options: { Storage: ['128 GB', '256 GB'], Colour: ['Midnight Black', 'Ocean Teal'] }, adjust: { '256 GB': 400000 } },
      { name: 'USB-C Fast Charger 33W', cat: 'phone-accessories', brand: 'Anker', price: 149000, grams: 60, short: 'Compact GaN charger that fills most phones in about an hour.', tags: ['charger', 'usb-c'], specs: { Output: '33 W', Port: 'USB-C', Technology: 'GaN' } },
      { name: 'Braided USB-C Cable 1 m', cat: 'phone-accessories', brand: 'Anker', price: 59000, grams: 40, short: 'A nylon-braided cable rated for 10,000 bends.', tags: ['cable', 'usb-c'], specs: { Length: '1 m', Power: 'Up to 60 W' }, options: { Colour: ['Black', 'White'] } },
      { name: 'Tempered Glass Screen Protector', cat: 'phone-accessories', brand: 'Baseus', price: 39000, grams: 20, low: true, short: '9H glass with an easy-align frame.', tags: ['protection'], specs: { Hardness: '9H', Thickness: '0.3 mm' } },
      { name: 'JBL Tune 520BT Headphones', cat: 'audio', brand: 'JBL', price: 690000, grams: 157, featured: true, short: 'Wireless on-ear headphones with JBL Pure Bass and 57 hours of play.', tags: ['wireless', 'bluetooth'], specs: { Battery: 'Up to 57 h', Bluetooth: '5.3', Charging: 'USB-C' }, options: { Colour: ['Black', 'Blue', 'White'] } },
      { name: 'Xiaomi Redmi Buds 5', cat: 'audio', brand: 'Xiaomi', price: 390000, grams: 48, short: 'True wireless earbuds with active noise cancelling.', tags: ['wireless', 'anc'], specs: { ANC: 'Up to 46 dB', Battery: '40 h with case' } },
      { name: 'Portable Bluetooth Speaker', cat: 'audio', brand: 'Tronsmart', price: 450000, grams: 560, status: 'draft', short: 'A waterproof speaker with 24 hours of sound.', tags: ['bluetooth', 'outdoor'], specs: { Power: '20 W', Waterproof: 'IPX7' } },
      { name: 'Lenovo IdeaPad Slim 3 15"', cat: 'computers', brand: 'Lenovo', price: 7490000, grams: 1620, featured: true, short: 'A slim 15.6" laptop for study and work.', tags: ['laptop', 'windows'], specs: { Processor: 'Intel Core i5-12450H', Memory: '16 GB', Storage: '512 GB SSD', Display: '15.6" FHD IPS' } },
      { name: 'Wireless Keyboard & Mouse Set', cat: 'computers', brand: 'Logitech', price: 320000, grams: 700, short: 'A quiet full-size keyboard and mouse on one tiny receiver.', tags: ['wireless', 'office'], specs: { Model: 'MK270', Connection: '2.4 GHz USB receiver', Layout: 'Russian / English' }, low: true },
      { name: 'Electric Kettle 1.7 L', cat: 'kitchen-appliances', brand: 'Artel', price: 289000, grams: 1100, short: 'Boils a full kettle in under four minutes.', tags: ['kitchen', 'tea'], specs: { Capacity: '1.7 L', Power: '2200 W', Material: 'Stainless steel' }, options: { Colour: ['White', 'Black'] } },
      { name: 'Cast Iron Kazan 12 L', cat: 'kitchen-appliances', brand: 'Uzbek Craft', price: 520000, grams: 9800, short: 'The traditional pot for plov, cast in one piece.', tags: ['plov', 'cast-iron'], specs: { Capacity: '12 L', Material: 'Cast iron', Lid: 'Included' } },
      { name: 'Microfiber Cleaning Cloths (10 Pack)', cat: 'cleaning', brand: 'Vileda', price: 45000, grams: 300, short: 'Lint-free cloths for glass, screens and every surface.', tags: ['cleaning'], specs: { Size: '30 × 30 cm', Pieces: '10' } },
      { name: 'Cotton Suzani Cushion Cover', cat: 'home-textiles', brand: 'Bukhara Looms', price: 120000, grams: 250, status: 'inactive', short: 'Hand-embroidered suzani patterns on heavy cotton.', tags: ['handmade', 'suzani'], specs: { Size: '45 × 45 cm', Technique: 'Hand embroidery' } },
      { name: 'Handwoven Ikat Blanket', cat: 'home-textiles', brand: 'Margilan Silk', price: 380000, grams: 1400, short: 'Soft ikat-dyed cotton from the looms of Margilan.', tags: ['handmade', 'ikat'], specs: { Size: '150 × 200 cm', Material: 'Cotton' } },
    ],
  },
  inkwell: {
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
  },
  'atyrau-beauty': {
    sku: 'ATB',
    taxRateBps: 1200,
    categories: [
      ['cosmetics', 'Cosmetics', [
        ['skin-care', 'Skin care', [['cleansers', 'Cleansers'], ['moisturisers', 'Moisturisers'], ['serums', 'Serums']]],
        ['hair-care', 'Hair care'],
        ['nails', 'Nails'],
        ['makeup', 'Makeup'],
      ]],
      ['gift-cards', 'Gift cards'],
    ],
    warehouses: [
      { name: 'Studio stockroom', code: 'STU', address: { street: 'Satpayev 3', city: 'Atyrau', postalCode: '060011', country: 'KZ' }, contactPerson: 'Dana Serikova', phone: '+7 712 200 0001' },
      { name: 'Atyrau city warehouse', code: 'ATY', address: { street: 'Azattyk 48', city: 'Atyrau', postalCode: '060005', country: 'KZ' }, contactPerson: 'Yerlan Nurpeisov', phone: '+7 712 200 0002' },
    ],
    products: [
      { name: 'Gentle Foaming Cleanser 150 ml', cat: 'cleansers', brand: 'CeraVe', price: 7900, grams: 190, featured: true, short: 'A non-drying cleanser with ceramides for normal to oily skin.', tags: ['cleanser', 'ceramides'], specs: { Volume: '150 ml', 'Skin type': 'Normal to oily' } },
      { name: 'Micellar Water 400 ml', cat: 'cleansers', brand: 'Bioderma', price: 8500, sale: 7200, grams: 430, short: 'Lifts make-up and impurities without rinsing.', tags: ['cleanser', 'sensitive'], specs: { Volume: '400 ml', 'Skin type': 'Sensitive' } },
      { name: 'Hydrating Day Cream SPF 30', cat: 'moisturisers', brand: 'La Roche-Posay', price: 14900, grams: 80, short: 'Daily hydration with broad-spectrum sun protection.', tags: ['moisturiser', 'spf'], specs: { Volume: '50 ml', SPF: '30' } },
      { name: 'Overnight Repair Cream', cat: 'moisturisers', brand: 'Atyrau Beauty Lab', price: 16500, grams: 90, status: 'draft', short: 'A rich night cream with peptides and squalane.', tags: ['moisturiser', 'night'], specs: { Volume: '50 ml', Key: 'Peptides, squalane' } },
      { name: 'Vitamin C Brightening Serum 30 ml', cat: 'serums', brand: 'Glow Lab', price: 11900, grams: 70, featured: true, short: '15% vitamin C for a brighter, more even tone.', tags: ['serum', 'vitamin-c'], specs: { Volume: '30 ml', Active: '15% L-ascorbic acid' }, together: ['hydrating-day-cream-spf-30'] },
      { name: 'Hyaluronic Acid Serum', cat: 'serums', brand: 'Glow Lab', price: 9900, grams: 70, low: true, short: 'Three weights of hyaluronic acid for plump, hydrated skin.', tags: ['serum', 'hydration'], specs: { Volume: '30 ml', Active: '2% hyaluronic acid' } },
      { name: 'Argan Oil Shampoo', cat: 'hair-care', brand: 'Moroccanoil', price: 6500, grams: 300, short: 'Gentle, sulphate-free cleansing with argan oil.', tags: ['hair', 'sulphate-free'], specs: { 'Hair type': 'All', Key: 'Argan oil' }, options: { Volume: ['250 ml', '500 ml'] }, adjust: { '500 ml': 3500 } },
      { name: 'Keratin Hair Mask', cat: 'hair-care', brand: 'Moroccanoil', price: 8900, grams: 280, short: 'A weekly treatment that repairs and smooths.', tags: ['hair', 'treatment'], specs: { Volume: '250 ml', Use: 'Once a week' } },
      { name: 'Gel Nail Polish', cat: 'nails', brand: 'OPI', price: 4500, grams: 40, featured: true, short: 'Salon gel colour that lasts up to three weeks.', tags: ['nails', 'gel'], specs: { Volume: '15 ml', Curing: 'LED / UV lamp' }, options: { Colour: ['Ruby Red', 'Nude Blush', 'Midnight Blue', 'Pearl White'] } },
      { name: 'Cuticle Oil Pen', cat: 'nails', brand: 'OPI', price: 2900, grams: 15, short: 'Nourishing oil in a no-mess brush pen.', tags: ['nails', 'care'], specs: { Volume: '7.5 ml' } },
      { name: 'Matte Liquid Lipstick', cat: 'makeup', brand: 'Maybelline', price: 5900, grams: 20, short: 'Long-wear matte colour that does not dry out lips.', tags: ['lips', 'matte'], specs: { Finish: 'Matte', Wear: 'Up to 16 h' }, options: { Shade: ['Rosewood', 'Berry', 'Coral'] } },
      { name: 'Long-Wear Foundation', cat: 'makeup', brand: 'Maybelline', price: 12900, grams: 60, status: 'inactive', short: 'Medium-to-full coverage with a natural finish.', tags: ['face', 'foundation'], specs: { Volume: '30 ml', Coverage: 'Medium to full' }, options: { Shade: ['Ivory', 'Beige', 'Sand'] } },
      { name: 'Studio Gift Card', cat: 'gift-cards', brand: 'Atyrau Beauty Studio', price: 10000, grams: 0, featured: true, digital: true, tax: 0, short: 'Let them choose: any treatment or product at the studio.', tags: ['gift', 'gift-card'], specs: { Validity: '12 months', Delivery: 'By email' }, options: { Amount: ['10 000 ₸', '25 000 ₸', '50 000 ₸'] }, adjust: { '25 000 ₸': 15000, '50 000 ₸': 40000 } },
      { name: 'Spa Day Gift Card', cat: 'gift-cards', brand: 'Atyrau Beauty Studio', price: 45000, grams: 0, digital: true, tax: 0, short: 'A facial, a manicure and tea in the lounge.', tags: ['gift', 'gift-card', 'spa'], specs: { Validity: '6 months', Includes: 'Facial, manicure, tea' } },
    ],
  },
};

// --- Images ---------------------------------------------------------------------------------

const COLOURS: Record<string, string> = {
  white: '#e7e5e4', black: '#1c1917', navy: '#1e3a8a', blue: '#2563eb', 'light blue': '#7dd3fc', sand: '#d6c3a1', olive: '#65733a',
  'heather grey': '#9ca3af', terracotta: '#c2410c', charcoal: '#374151', oatmeal: '#d9ccb4', mustard: '#ca8a04', forest: '#166534',
  'speckled white': '#e7e5e4', sage: '#8fa98a', stone: '#a8a29e', 'awesome navy': '#1e3a8a', 'awesome lilac': '#a78bfa',
  'midnight black': '#111827', 'ocean teal': '#0f766e', gold: '#b8860b', silver: '#9ca3af', 'rose gold': '#d4a5a5',
  'ruby red': '#9f1239', 'nude blush': '#e8b4a6', 'midnight blue': '#1e1b4b', 'pearl white': '#f1f5f9', rosewood: '#9d4b5b',
  berry: '#7e1d4b', coral: '#f97362',
};

const hash = (text: string) => createHash('sha1').update(text).digest().readUInt32BE(0);
const hue = (text: string) => `hsl(${hash(text) % 360} 55% 45%)`;
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const initials = (name: string) =>
  name.replace(/[-'’]/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');

/** A gradient card with the product's initials and a caption, as PNG bytes. */
function artwork(width: number, height: number, title: string, caption: string, from: string, to: string) {
  const big = Math.round(Math.min(width, height) * 0.32);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.78}" cy="${height * 0.2}" r="${big * 0.9}" fill="#ffffff" fill-opacity="0.12"/>
    <circle cx="${width / 2}" cy="${height * 0.46}" r="${big * 0.95}" fill="#000000" fill-opacity="0.22"/>
    <text x="50%" y="${height * 0.46 + big * 0.35}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${big}" fill="#ffffff">${xml(initials(title))}</text>
    <text x="50%" y="${height * 0.86}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(big * 0.16)}" fill="#ffffff">${xml(caption)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
}

/**
 * What processImage makes of an upload: a WebP display copy (at most `maxSize`) and a 400 px
 * thumbnail, at the same quality. Encoder effort 2 instead of the default 4 makes the seed
 * about three times faster for files a few per cent larger.
 */
async function renditions(png: Buffer, maxSize = 2000) {
  const render = async (size: number) => {
    const { data, info } = await sharp(png).resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82, effort: 2 }).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  };
  const [full, thumbnail] = await Promise.all([render(maxSize), render(400)]);
  return { full, thumbnail };
}

const token = () => randomBytes(12).toString('hex');

// --- Rows -----------------------------------------------------------------------------------

const minor = (major: number, currency: string) => {
  const value = parseDecimalAmount(String(major), currency);
  if (value === null) throw new Error(`Bad demo price ${major} ${currency}`);
  return value;
};

/** Every combination of option values, in option order: Size × Colour → [{Size:'S',Colour:'Red'}, …]. */
function matrix(options: Record<string, string[]>): Record<string, string>[] {
  return Object.entries(options).reduce<Record<string, string>[]>(
    (combos, [name, values]) => combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v }))),
    [{}],
  );
}


async function ensureCategories(org: Organization, specs: CategorySpec[]) {
  const ids = new Map<string, string>();
  let created = 0;
  const storage = getStorage();
  const walk = async (list: CategorySpec[], parentId: string | null, depth: number) => {
    for (const [index, [slug, name, children]] of list.entries()) {
      let [row] = await withOrg(org.id, (tx) => tx.select().from(categories).where(and(eq(categories.organizationId, org.id), eq(categories.slug, slug))));
      if (!row) {
        let imageKey: string | null = null;
        if (depth === 0) {
          const image = await renditions(await artwork(1200, 800, name, name, org.brandPrimaryColor, org.brandSecondaryColor), 1200);
          imageKey = `orgs/${org.id}/categories/${token()}.webp`;
          await storage.put(imageKey, image.full.bytes, 'image/webp');
        }
        [row] = await withOrg(org.id, (tx) =>
          tx
            .insert(categories)
            .values({
              organizationId: org.id,
              parentId,
              name,
              slug,
              sortOrder: index,
              imageKey,
              description: `Browse ${name.toLowerCase()} at ${org.name}.`,
              metaTitle: `${name} | ${org.name}`,
            })
            .returning(),
        );
        created++;
      }
      ids.set(slug, row!.id);
      if (children) await walk(children, row!.id, depth + 1);
    }
  };
  await walk(specs, null, 0);
  return { ids, created };
}

async function ensureWarehouses(org: Organization, specs: WarehouseSpec[]) {
  return withOrg(org.id, async (tx) => {
    const existing = await tx.select().from(warehouses).where(eq(warehouses.organizationId, org.id));
    const hasDefault = existing.some((w) => w.isDefault && !w.deletedAt);
    const rows: (typeof warehouses.$inferSelect)[] = [];
    for (const [i, spec] of specs.entries()) {
      const found = existing.find((w) => w.name.toLowerCase() === spec.name.toLowerCase() && !w.deletedAt);
      const values = { organizationId: org.id, ...spec, email: `stock@${org.slug}.test`, isDefault: i === 0 && !hasDefault };
      rows.push(found ?? (await tx.insert(warehouses).values(values).returning())[0]!);
    }
    return rows;
  });
}

type Context = { org: Organization; ownerId: string; catalog: DemoCatalog; categoryIds: Map<string, string>; warehouseIds: string[] };

/** Images for a product: one per colour-like option value (at most 3), else 1–2 variations. */
async function productImagesFor(ctx: Context, spec: ProductSpec, productId: string) {
  const swatchOption = Object.keys(spec.options ?? {}).find((n) => ['Colour', 'Shade', 'Foil'].includes(n));
  const swatches = swatchOption ? spec.options![swatchOption]!.slice(0, 3) : [];
  const looks = swatches.length > 0 ? swatches : spec.featured ? [spec.brand, 'detail'] : [spec.brand];
  const storage = getStorage();
  return Promise.all(
    looks.map(async (look, i) => {
      const from = COLOURS[look.toLowerCase()] ?? hue(`${spec.name}:${i}`);
      const image = await renditions(await artwork(800, 800, spec.name, swatches.length ? look : spec.brand, from, ctx.org.brandSecondaryColor));
      const base = `orgs/${ctx.org.id}/products/${productId}/${token()}`;
      await storage.put(`${base}.webp`, image.full.bytes, 'image/webp');
      await storage.put(`${base}-thumb.webp`, image.thumbnail.bytes, 'image/webp');
      return { look: swatches.length ? look : null, storageKey: `${base}.webp`, thumbnailKey: `${base}-thumb.webp`, ...image };
    }),
  ).then((images) => ({ swatchOption, images }));
}

/** Quantity per warehouse for one variant: steady numbers from a hash, low ones where asked. */
function openingStock(spec: ProductSpec, key: string, warehouse: number) {
  if (spec.digital) return warehouse === 0 ? 500 : null;
  const h = hash(`${key}:${warehouse}`);
  if (warehouse === 0) return spec.low ? 2 + (h % 4) : h % 13 === 0 ? 4 : 12 + (h % 60);
  if (spec.low) return 0;
  return h % 9 === 0 ? null : 3 + (h % 25); // not every variant is kept in the second warehouse
}

async function createProduct(ctx: Context, spec: ProductSpec, index: number) {
  const { org, catalog } = ctx;
  const slug = catalogSlugFor(spec.name, 'product');
  const [exists] = await withOrg(org.id, (tx) => tx.select({ id: products.id }).from(products).where(and(eq(products.organizationId, org.id), eq(products.slug, slug))));
  if (exists) return false;

  const productId = newId('prod');
  const { swatchOption, images } = await productImagesFor(ctx, spec, productId);
  const options = Object.entries(spec.options ?? {}).map(([name, values]) => ({ name, values }));
  const order = options.map((o) => o.name);
  const sku = `${catalog.sku}-${1001 + index}`;
  const cur = org.defaultCurrency;
  await withOrg(org.id, async (tx) => {
    await tx.insert(products).values({
      id: productId,
      organizationId: org.id,
      categoryId: ctx.categoryIds.get(spec.cat) ?? null,
      name: spec.name,
      slug,
      sku,
      brand: spec.brand,
      shortDescription: spec.short,
      description: `${spec.short} ${Object.entries(spec.specs).map(([k, v]) => `${k}: ${v}.`).join(' ')}`,
      basePrice: minor(spec.price, cur),
      salePrice: spec.sale === undefined ? null : minor(spec.sale, cur),
      costPrice: Math.round(minor(spec.sale ?? spec.price, cur) * 0.45),
      currency: cur,
      taxRateBps: spec.tax ?? catalog.taxRateBps,
      weightGrams: spec.grams || null,
      status: spec.status ?? 'active',
      isFeatured: spec.featured ?? false,
      isDigital: spec.digital ?? false,
      requiresShipping: !spec.digital,
      lowStockThreshold: 5,
      tags: spec.tags,
      options,
      publishedAt: spec.status ? null : new Date(),
      createdById: ctx.ownerId,
      updatedById: ctx.ownerId,
    });
    const imageRows = await tx
      .insert(productImages)
      .values(images.map((im, i) => ({ organizationId: org.id, productId, storageKey: im.storageKey, thumbnailKey: im.thumbnailKey, width: im.full.width, height: im.full.height, byteSize: im.full.bytes.byteLength, altText: im.look ? `${spec.name}, ${im.look}` : spec.name, sortOrder: i, isPrimary: i === 0 })))
      .returning();
    await tx.insert(productAttributes).values(Object.entries(spec.specs).map(([name, value], i) => ({ organizationId: org.id, productId, name, value, sortOrder: i })));
    const combos = options.length ? matrix(spec.options!) : [{}];
    const variants = await tx
      .insert(productVariants)
      .values(
        combos.map((values, i) => ({
          organizationId: org.id,
          productId,
          name: variantName(values, order),
          sku: options.length ? `${sku}-${String(i + 1).padStart(2, '0')}` : sku,
          optionValues: values,
          priceAdjustment: Object.values(values).reduce((sum, v) => sum + minor(spec.adjust?.[v] ?? 0, cur), 0),
          imageId: swatchOption ? (imageRows[images.findIndex((im) => im.look === values[swatchOption])]?.id ?? null) : null,
          isDefault: options.length === 0,
          sortOrder: i,
        })),
      )
      .returning();
    await writeOpeningStock(tx, ctx, spec, variants);
  });
  return true;
}

/** Stock rows and their 'in' movements, in the product's transaction (what applyStockChange writes). */
async function writeOpeningStock(tx: Tx, ctx: Context, spec: ProductSpec, variants: (typeof productVariants.$inferSelect)[]) {
  for (const variant of variants) {
    for (const [w, warehouseId] of ctx.warehouseIds.entries()) {
      const quantity = openingStock(spec, `${variant.productId}:${variant.name}`, w);
      if (quantity === null) continue;
      const at = { organizationId: ctx.org.id, warehouseId, productId: variant.productId, variantId: variant.id };
      await tx.insert(stockLevels).values({ ...at, quantity, reorderLevel: w === 0 ? 5 : 2, maxLevel: w === 0 ? 120 : 40 });
      if (quantity > 0) {
        await tx.insert(inventoryMovements).values({ ...at, type: 'in', quantity, quantityAfter: quantity, reason: 'Opening stock', reference: 'Demo data', createdById: ctx.ownerId });
      }
    }
  }
}

/** Related: the neighbours in the same top-level group; frequently bought together: as listed. */
async function linkProducts(org: Organization, catalog: DemoCatalog) {
  await withOrg(org.id, async (tx) => {
    const slugs = catalog.products.map((p) => catalogSlugFor(p.name, 'product'));
    const rows = await tx.select({ id: products.id, slug: products.slug }).from(products).where(and(eq(products.organizationId, org.id), inArray(products.slug, slugs)));
    const idOf = new Map(rows.map((r) => [r.slug, r.id]));
    const links: (typeof productRelations.$inferInsert)[] = [];
    catalog.products.forEach((p, i) => {
      const id = idOf.get(slugs[i]!);
      if (!id) return;
      [1, 2, 3].map((d) => slugs[(i + d) % slugs.length]!).forEach((s, n) => {
        const related = idOf.get(s);
        if (related && related !== id) links.push({ organizationId: org.id, productId: id, relatedProductId: related, kind: 'related', sortOrder: n });
      });
      (p.together ?? []).forEach((s, n) => {
        const related = idOf.get(s);
        if (related) links.push({ organizationId: org.id, productId: id, relatedProductId: related, kind: 'frequently_bought_together', sortOrder: n });
      });
    });
    if (links.length) await tx.insert(productRelations).values(links).onConflictDoNothing();
  });
}

/** Runs after the demo organizations exist; safe to run again. */
export async function seedCatalogDemo(log: (line: string) => void = console.log) {
  const slugs = Object.keys(CATALOGS);
  const orgs = await withPlatform((tx) => tx.select().from(organizations).where(inArray(organizations.slug, slugs)));
  for (const org of orgs.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug))) {
    const catalog = CATALOGS[org.slug]!;
    const [owner] = await withPlatform((tx) =>
      tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.role, 'owner'))),
    );
    const { ids: categoryIds, created: newCategories } = await ensureCategories(org, catalog.categories);
    const warehouseIds = (await ensureWarehouses(org, catalog.warehouses)).map((w) => w.id);
    const ctx: Context = { org, ownerId: owner!.userId, catalog, categoryIds, warehouseIds };
    let created = 0;
    // A few at a time: image work overlaps with database round trips.
    for (let i = 0; i < catalog.products.length; i += 4) {
      const batch = catalog.products.slice(i, i + 4).map((spec, j) => createProduct(ctx, spec, i + j));
      created += (await Promise.all(batch)).filter(Boolean).length;
    }
    await linkProducts(org, catalog);
    const changed = created + newCategories > 0;
    log(`  ${changed ? '+' : '='} ${org.name} catalog: ${created} of ${catalog.products.length} products and ${newCategories} of ${categoryIds.size} categories added`);
  }
}
