import type { DemoCatalog } from './types';

/** The demo catalog of “bazaar”. */
export const BAZAAR: DemoCatalog = {
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
};
