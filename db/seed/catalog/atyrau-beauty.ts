import type { DemoCatalog } from './types';

/** The demo catalog of “atyrau-beauty”. */
export const ATYRAU_BEAUTY: DemoCatalog = {
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
};
