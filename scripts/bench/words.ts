// Word lists for generated products, and the search terms shoppers type (taken from the same
// lists, so searches hit real documents in every store).

export const BRANDS = [
  'Nordica', 'Altura', 'Bexley', 'Corvid', 'Danforth', 'Elmwood', 'Fjord', 'Granite', 'Halden', 'Ironbark',
  'Juniper', 'Kestrel', 'Lumen', 'Mariner', 'Northwind', 'Oakley', 'Pinecrest', 'Quarry', 'Riverton', 'Solstice',
  'Tamarind', 'Umbra', 'Vantage', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Aurora', 'Boreal', 'Cascade',
  'Delta', 'Ember', 'Falcon', 'Glacier', 'Harbor', 'Indigo', 'Jasper', 'Kodiak', 'Lotus', 'Meridian',
];

export const ADJECTIVES = [
  'compact', 'portable', 'wireless', 'classic', 'premium', 'ergonomic', 'lightweight', 'heavy-duty', 'smart', 'rustic',
  'modern', 'vintage', 'foldable', 'waterproof', 'insulated', 'stainless', 'bamboo', 'ceramic', 'leather', 'woolen',
  'cotton', 'linen', 'organic', 'handmade', 'adjustable', 'rechargeable', 'cordless', 'digital', 'analog', 'magnetic',
  'ultra-slim', 'oversized', 'mini', 'deluxe', 'essential', 'professional', 'outdoor', 'indoor', 'travel', 'kids',
  'silent', 'quick-dry', 'non-stick', 'cast-iron', 'glass', 'walnut', 'copper', 'matte', 'glossy', 'recycled',
];

export const NOUNS = [
  'blender', 'kettle', 'toaster', 'skillet', 'saucepan', 'knife', 'cutting board', 'teapot', 'mug', 'thermos',
  'backpack', 'duffel', 'wallet', 'belt', 'jacket', 'hoodie', 'sneakers', 'boots', 'scarf', 'beanie',
  'headphones', 'earbuds', 'speaker', 'charger', 'power bank', 'keyboard', 'mouse', 'monitor stand', 'webcam', 'router',
  'desk lamp', 'floor lamp', 'lantern', 'candle', 'vase', 'rug', 'cushion', 'blanket', 'towel', 'bathrobe',
  'tent', 'sleeping bag', 'hammock', 'water bottle', 'bicycle', 'helmet', 'yoga mat', 'dumbbell', 'jump rope', 'kettlebell',
  'notebook', 'pen', 'planner', 'backpack organizer', 'desk', 'chair', 'bookshelf', 'clock', 'mirror', 'planter',
  'drill', 'screwdriver', 'hammer', 'toolbox', 'tape measure', 'watch', 'sunglasses', 'umbrella', 'suitcase', 'camera',
];

export const DESCRIPTION_WORDS = [
  'designed', 'for', 'everyday', 'use', 'with', 'a', 'durable', 'finish', 'and', 'comfortable', 'grip', 'made', 'from',
  'sustainably', 'sourced', 'materials', 'that', 'last', 'for', 'years', 'easy', 'to', 'clean', 'dishwasher', 'safe',
  'perfect', 'gift', 'home', 'office', 'travel', 'camping', 'kitchen', 'garden', 'lightweight', 'sturdy', 'frame',
  'reinforced', 'stitching', 'soft', 'lining', 'long', 'battery', 'life', 'fast', 'charging', 'energy', 'efficient',
  'quiet', 'motor', 'precise', 'control', 'timeless', 'style', 'fits', 'any', 'room', 'includes', 'warranty',
  'tested', 'by', 'experts', 'loved', 'customers', 'worldwide', 'compact', 'storage', 'folds', 'flat', 'in', 'seconds',
  'water', 'resistant', 'shell', 'breathable', 'fabric', 'keeps', 'you', 'warm', 'cool', 'dry', 'all', 'day',
  'handcrafted', 'small', 'workshop', 'natural', 'oak', 'steel', 'aluminium', 'glass', 'ceramic', 'cotton', 'wool',
  'available', 'several', 'colours', 'sizes', 'pairs', 'well', 'our', 'other', 'products', 'the', 'of', 'on', 'is',
];

export const DEPARTMENTS = [
  'Kitchen', 'Outdoor', 'Electronics', 'Home', 'Fitness', 'Office', 'Garden', 'Fashion', 'Travel', 'Tools', 'Lighting', 'Audio',
];
export const SUBCATEGORIES = ['Essentials', 'Bestsellers', 'New in', 'Accessories', 'Premium', 'Sale'];

export const ATTRIBUTES: [string, string[]][] = [
  ['Colour', ['Black', 'White', 'Navy', 'Olive', 'Sand', 'Red', 'Grey', 'Teal']],
  ['Material', ['Steel', 'Oak', 'Cotton', 'Wool', 'Aluminium', 'Ceramic', 'Glass', 'Leather']],
  ['Warranty', ['6 months', '1 year', '2 years', '3 years', '5 years']],
];

export const TAGS = ['gift', 'eco', 'bestseller', 'limited', 'new', 'sale', 'handmade', 'bundle'];

export const CURRENCIES: [currency: string, locale: string, minorPerUsdCent: number][] = [
  ['USD', 'en-US', 1],
  ['EUR', 'de-DE', 1],
  ['UZS', 'uz-UZ', 12_000],
  ['INR', 'en-IN', 80],
  ['KZT', 'ru-KZ', 450],
];

function typo(word: string) {
  // Swap two inner letters: "blender" -> "blednre"-style slips that trigram matching should forgive.
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/** What shoppers type: nouns, brand + noun, adjective + noun, prefixes while typing, and typos. */
export function searchTerms(): string[] {
  const single = NOUNS.filter((n) => !n.includes(' '));
  const terms = [
    ...NOUNS,
    ...BRANDS.map((b, i) => `${b.toLowerCase()} ${NOUNS[(i * 7) % NOUNS.length]}`),
    ...ADJECTIVES.map((a, i) => `${a} ${NOUNS[(i * 11) % NOUNS.length]}`),
    ...single.map((n) => n.slice(0, Math.max(3, Math.ceil(n.length / 2)))),
    ...single.slice(0, 30).map(typo),
    ...BRANDS.slice(0, 20),
  ];
  return [...new Set(terms)];
}
