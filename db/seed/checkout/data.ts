import type { CheckoutDemo } from './types';

/**
 * Checkout settings, delivery zones, coupons and shoppers for each demo organization, by slug.
 * Cities and districts come from each organization's own address and country.
 */
export const CHECKOUT_DEMOS: Record<string, CheckoutDemo> = {
  acme: {
    settings: {
      bankTransferInstructions:
        'Pay to Acme Goods LLC, Chase Bank, routing 021000021, account 483920175. Put your order number in the memo; we ship once the transfer arrives (usually 1–2 business days).',
      pickupEnabled: true,
      pickupInstructions: 'Pick up at 120 Market Street, Mon–Sat 9:00–18:00. Bring your order number.',
      // US shelf prices are quoted before sales tax: this store shows tax-exclusive prices.
      pricesIncludeTax: false,
    },
    zones: [
      {
        name: 'Manhattan',
        description: 'Same-day courier below 96th Street, next day above.',
        city: 'New York',
        districts: ['Manhattan'],
        postalCodes: ['10001', '10002', '10003', '10010', '10011', '10013', '10014', '10016'],
        tariffs: [
          { name: 'Standard', base: 6.99, perKg: 0.5, freeFrom: 75, hours: 48 },
          { name: 'Express', base: 14.99, minOrder: 20, hours: 4 },
        ],
      },
      {
        name: 'Brooklyn & Queens',
        city: 'New York',
        districts: ['Brooklyn', 'Queens'],
        tariffs: [
          { name: 'Standard', base: 8.99, perKg: 0.75, freeFrom: 100, hours: 72 },
          { name: 'Express', base: 19.99, minOrder: 30, hours: 8 },
        ],
      },
      { name: 'Jersey City', city: 'Jersey City', tariffs: [{ name: 'Standard', base: 11.99, perKg: 1, minOrder: 25, hours: 72 }] },
    ],
    coupons: [
      { code: 'WELCOME10', name: 'Welcome 10% off', description: 'For first orders; up to $25 off.', type: 'percentage', value: 10, maxDiscount: 25, perCustomer: 1 },
      { code: 'FREESHIP', name: 'Free shipping over $50', description: 'Delivery on us for baskets from $50.', type: 'free_shipping', value: 0, minOrder: 50, usageLimit: 500 },
      { code: 'SPRING5', name: 'Spring $5 off', description: 'Last spring’s campaign.', type: 'fixed_amount', value: 5, minOrder: 40, usageLimit: 200, startsInDays: -75, endsInDays: -14 },
    ],
    shoppers: [
      { name: 'Emily Carter', email: 'emily.carter@example.com', phone: '+1 212 555 0134', district: 'Manhattan', street: '245 W 14th St, Apt 5B', postalCode: '10011' },
      { name: 'Marcus Reed', email: 'marcus.reed@example.com', phone: '+1 718 555 0199', district: 'Brooklyn', street: '88 Court St', postalCode: '11201' },
      { name: 'Sofia Alvarez', email: 'sofia.alvarez@example.com', phone: '+1 646 555 0172', district: 'Manhattan', street: '31 E 32nd St, Fl 3', postalCode: '10016' },
      { name: 'Daniel Kim', email: 'daniel.kim@example.com', phone: '+1 917 555 0110', district: 'Queens', street: '37-12 Main St', postalCode: '11354' },
    ],
  },
  bazaar: {
    settings: {
      bankTransferInstructions:
        '“Bazaar Market” MChJ, Kapitalbank, hisob raqami 2020 8000 5049 1234 5001, MFO 01018, STIR 305123456. To‘lov maqsadida buyurtma raqamini yozing.',
      pickupEnabled: true,
      pickupInstructions: 'Amir Temur 15, 1-qavat, har kuni 08:00–22:00.',
      pricesIncludeTax: true,
    },
    zones: [
      {
        name: 'Toshkent markazi',
        city: 'Tashkent',
        districts: ['Mirobod', 'Yunusobod', 'Shayxontohur', 'Yakkasaroy', 'Chilonzor'],
        tariffs: [
          { name: 'Standard', base: 20000, perKg: 2000, freeFrom: 500000, hours: 24 },
          { name: 'Express', base: 40000, minOrder: 100000, hours: 3 },
        ],
      },
      {
        name: 'Toshkent chekkasi',
        city: 'Tashkent',
        districts: ['Sergeli', 'Yangihayot', 'Bektemir', 'Uchtepa'],
        tariffs: [{ name: 'Standard', base: 30000, perKg: 3000, freeFrom: 800000, hours: 48 }],
      },
      { name: 'Samarqand', city: 'Samarkand', postalCodes: ['140100', '140101', '140103'], tariffs: [{ name: 'Standard', base: 45000, perKg: 5000, minOrder: 150000, hours: 72 }] },
    ],
    coupons: [
      { code: 'WELCOME10', name: 'Xush kelibsiz −10%', description: 'Birinchi xarid uchun, 100 000 so‘mgacha.', type: 'percentage', value: 10, maxDiscount: 100000, perCustomer: 1 },
      { code: 'FREESHIP', name: 'Bepul yetkazib berish', description: '300 000 so‘mdan ortiq buyurtmalar uchun.', type: 'free_shipping', value: 0, minOrder: 300000 },
      { code: 'NAVRUZ50', name: 'Navro‘z 50 000 so‘m', description: 'Navro‘z aksiyasi.', type: 'fixed_amount', value: 50000, minOrder: 400000, usageLimit: 300, startsInDays: -60, endsInDays: -20 },
    ],
    shoppers: [
      { name: 'Aziza Karimova', email: 'aziza.karimova@example.uz', phone: '+998 90 123 45 67', district: 'Yunusobod', street: 'Amir Temur shoh ko‘chasi 108, 12-xonadon', postalCode: '100084' },
      { name: 'Sardor Rahimov', email: 'sardor.rahimov@example.uz', phone: '+998 93 555 12 34', district: 'Chilonzor', street: 'Bunyodkor ko‘chasi 7, 45-xonadon', postalCode: '100115' },
      { name: 'Malika Yusupova', email: 'malika.yusupova@example.uz', phone: '+998 97 700 88 99', district: 'Mirobod', street: 'Oybek ko‘chasi 24', postalCode: '100015' },
      { name: 'Otabek Nazarov', email: 'otabek.nazarov@example.uz', phone: '+998 91 234 56 78', district: 'Sergeli', street: 'Yangi Sergeli 5-mavze, 14-uy', postalCode: '100163' },
    ],
  },
  inkwell: {
    settings: {
      bankTransferInstructions:
        'NEFT/IMPS to Inkwell Print Pvt Ltd, HDFC Bank, MG Road branch, A/c 50200012345678, IFSC HDFC0000075. UPI: inkwellprint@hdfcbank. Mention your order number.',
      pickupEnabled: true,
      pickupInstructions: 'Collect from 12 MG Road, Mon–Sat 10:00–19:00 (closed 13:30–14:15).',
      pricesIncludeTax: true,
    },
    zones: [
      {
        name: 'Central Bengaluru',
        city: 'Bengaluru',
        districts: ['MG Road', 'Indiranagar', 'Koramangala', 'Jayanagar'],
        postalCodes: ['560001', '560008', '560034', '560038', '560041'],
        tariffs: [
          { name: 'Standard', base: 49, perKg: 20, freeFrom: 999, hours: 48 },
          { name: 'Express', base: 149, minOrder: 299, hours: 6 },
        ],
      },
      { name: 'Greater Bengaluru', city: 'Bengaluru', districts: ['Whitefield', 'Electronic City', 'Yelahanka', 'Hebbal'], tariffs: [{ name: 'Standard', base: 79, perKg: 25, freeFrom: 1499, hours: 72 }] },
      { name: 'Mysuru', city: 'Mysuru', tariffs: [{ name: 'Courier', base: 120, perKg: 40, minOrder: 500, hours: 96 }] },
    ],
    coupons: [
      { code: 'WELCOME10', name: 'Welcome 10% off', description: 'First order, up to ₹300 off.', type: 'percentage', value: 10, maxDiscount: 300, perCustomer: 1 },
      { code: 'FREESHIP', name: 'Free delivery over ₹799', description: 'Delivery on us from ₹799.', type: 'free_shipping', value: 0, minOrder: 799 },
      { code: 'DIWALI150', name: 'Diwali ₹150 off', description: 'Festive offer.', type: 'fixed_amount', value: 150, minOrder: 1200, usageLimit: 100, startsInDays: -90, endsInDays: -30 },
    ],
    shoppers: [
      { name: 'Ananya Rao', email: 'ananya.rao@example.in', phone: '+91 98450 12345', district: 'Indiranagar', street: '14, 12th Main, HAL 2nd Stage', postalCode: '560038' },
      { name: 'Vikram Shetty', email: 'vikram.shetty@example.in', phone: '+91 99000 54321', district: 'Koramangala', street: '221, 5th Block, 80 Feet Rd', postalCode: '560034' },
      { name: 'Meera Iyer', email: 'meera.iyer@example.in', phone: '+91 97400 11223', district: 'Whitefield', street: 'B-702, Prestige Shantiniketan', postalCode: '560048' },
      { name: 'Rahul Menon', email: 'rahul.menon@example.in', phone: '+91 98860 77889', district: 'MG Road', street: '3rd Floor, Brigade Towers', postalCode: '560001' },
    ],
  },
  'atyrau-beauty': {
    settings: {
      bankTransferInstructions:
        'ТОО «Atyrau Beauty Studio», АО «Kaspi Bank», ИИК KZ12 722S 0000 1234 5678, БИК CASPKZKA, БИН 190540012345. В назначении платежа укажите номер заказа.',
      pickupEnabled: false,
      pricesIncludeTax: true,
    },
    zones: [
      { name: 'Атырау, центр', city: 'Atyrau', postalCodes: ['060011', '060005', '060002', '060007'], tariffs: [{ name: 'Standard', base: 1000, freeFrom: 15000, hours: 24 }, { name: 'Express', base: 2500, minOrder: 5000, hours: 3 }] },
      { name: 'Атырау, пригород', city: 'Atyrau', districts: ['Авангард', 'Жилгородок', 'Балыкшы'], tariffs: [{ name: 'Standard', base: 1800, perKg: 200, freeFrom: 25000, hours: 48 }] },
    ],
    coupons: [
      { code: 'WELCOME10', name: 'Скидка 10% на первый заказ', description: 'До 3 000 ₸.', type: 'percentage', value: 10, maxDiscount: 3000, perCustomer: 1 },
      { code: 'FREESHIP', name: 'Бесплатная доставка', description: 'При заказе от 10 000 ₸.', type: 'free_shipping', value: 0, minOrder: 10000 },
      { code: 'NAURYZ1000', name: 'Наурыз −1 000 ₸', description: 'Праздничная акция.', type: 'fixed_amount', value: 1000, minOrder: 8000, usageLimit: 150, startsInDays: -50, endsInDays: -25 },
    ],
    shoppers: [
      { name: 'Айгуль Сериккызы', email: 'aigul.serik@example.kz', phone: '+7 701 555 1234', district: 'Центр', street: 'ул. Сатпаева 19, кв. 8', postalCode: '060011' },
      { name: 'Асель Нурланова', email: 'asel.nurlan@example.kz', phone: '+7 702 444 5566', district: 'Авангард', street: 'мкр. Авангард-3, д. 12, кв. 41', postalCode: '060009' },
      { name: 'Динара Жумабаева', email: 'dinara.zh@example.kz', phone: '+7 705 321 9876', district: 'Центр', street: 'пр. Азаттык 44', postalCode: '060005' },
      { name: 'Мадина Касымова', email: 'madina.k@example.kz', phone: '+7 747 111 2233', district: 'Жилгородок', street: 'ул. Шернияза 7', postalCode: '060002' },
    ],
  },
};
