import type { ActorType, EventKind } from '../../src/data/schema';

/** Words the synthetic dataset is made of. Names of people and companies are invented. */

export interface ActorSeed {
  name: string;
  type: ActorType;
  role: string | null;
}

export const COUNTRIES = [
  'Ukraine',
  'United States',
  'Germany',
  'United Kingdom',
  'France',
  'Poland',
  'Netherlands',
  'Denmark',
  'Sweden',
  'Norway',
  'Finland',
  'Canada',
  'Japan',
  'Italy',
  'Spain',
  'Czech Republic',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Belgium',
  'Portugal',
  'Romania',
  'Slovakia',
  'Bulgaria',
  'Greece',
  'Austria',
  'Switzerland',
  'Ireland',
  'Australia',
  'New Zealand',
  'South Korea',
  'Turkey',
  'Croatia',
  'Slovenia',
  'Luxembourg',
  'Iceland',
  'Hungary',
  'Moldova',
  'Georgia',
  'Russia',
  'Belarus',
  'Iran',
  'North Korea',
  'China',
  'India',
] as const;

export const ORGANIZATIONS = [
  'NATO',
  'European Union',
  'European Commission',
  'European Investment Bank',
  'World Bank',
  'International Monetary Fund',
  'United Nations',
  'OSCE',
  'G7',
  'Ukraine Defense Contact Group',
  'NATO Support and Procurement Agency',
  'European Defence Agency',
  'International Committee of the Red Cross',
  'Council of Europe',
  'European Parliament',
] as const;

export const COMPANY_STEMS = [
  'Northfield',
  'Arkwright',
  'Baltic Forge',
  'Carpathia',
  'Danube',
  'Elmstone',
  'Fjordline',
  'Granite Peak',
  'Harbourgate',
  'Ironvale',
  'Juniper',
  'Kestrel',
  'Lindqvist',
  'Marlow',
  'Nordwand',
  'Oakridge',
  'Pellworth',
  'Quarry Hill',
  'Redmere',
  'Stillwater',
] as const;

export const COMPANY_TRADES = [
  'Munitions',
  'Defence Systems',
  'Aerospace',
  'Armour Works',
  'Optics',
] as const;

export const FIRST_NAMES = [
  'Anna',
  'Oleksii',
  'Maria',
  'Jonas',
  'Ingrid',
  'Pavel',
  'Sofia',
  'Lukas',
  'Emma',
  'Marek',
  'Claire',
  'Tomas',
  'Yulia',
  'Henrik',
  'Laura',
  'Andriy',
  'Petra',
  'Niko',
  'Olga',
  'Martin',
] as const;

export const LAST_NAMES = [
  'Kovalenko',
  'Lindberg',
  'Nowak',
  'Dubois',
  'Schneider',
  'Rasmussen',
  'Horvat',
  'Tamm',
  'Ozols',
  'Petrauskas',
  'Moretti',
  'Novak',
  'Fischer',
  'Bondarenko',
  'Virtanen',
  'Jensen',
  'Costa',
  'Popescu',
  'Smith',
  'Tanaka',
] as const;

export const ROLES = [
  'Minister of Defence',
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Chief of Defence',
  'Finance Minister',
  'Secretary General',
  'Ambassador to Ukraine',
  'Procurement Director',
  'Parliamentary Speaker',
] as const;

export const FRONT_PLACES = [
  'Kyiv',
  'Kharkiv',
  'Odesa',
  'Lviv',
  'Dnipro',
  'Zaporizhzhia',
  'Kherson',
  'Bakhmut',
  'Avdiivka',
  'Pokrovsk',
] as const;

export const PLACES = [
  ...FRONT_PLACES,
  'Brussels',
  'Washington',
  'Berlin',
  'London',
  'Paris',
  'Warsaw',
  'Ramstein',
  'Vilnius',
  'Tallinn',
  'Moscow',
  'Geneva',
  'Rzeszow',
] as const;

export const OUTLETS = [
  'DOD News',
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'Kyiv Independent',
  'Ukrainska Pravda',
  'Deutsche Welle',
  'BBC',
  'Politico Europe',
  'Defense News',
  null,
] as const;

export const TOPICS = [
  'artillery shells',
  'air defence',
  'drones',
  'armoured vehicles',
  'demining equipment',
  'winter equipment',
  'energy grid repairs',
  'medical supplies',
  'long-range missiles',
  'training of brigades',
  'fighter jets',
  'ammunition production',
  'humanitarian corridors',
  'sanctions',
  'grain exports',
] as const;

/** How often each kind of event occurs, relative to the others. */
export const KIND_WEIGHTS: Record<EventKind, number> = {
  visit: 6,
  meeting: 10,
  statement: 16,
  announcement: 12,
  contract: 6,
  budget: 2,
  attack: 14,
  military: 14,
  report: 10,
  reaction: 6,
  decision: 4,
};

/** Title templates per kind: {a} is the first actor, {b} the second, {t} a topic, {p} a place. */
export const TITLES: Record<EventKind, readonly string[]> = {
  visit: ['{a} visits {p}', '{a} travels to {p} to meet {b}', 'Unannounced visit by {a} to {p}'],
  meeting: ['{a} and {b} meet in {p}', '{a} hosts talks on {t}', 'Defence ministers discuss {t} in {p}'],
  statement: ['{a} says {t} remain the priority', '{a} warns about shortages of {t}', '{a} speaks on {t}'],
  announcement: ['{a} announces aid for {t}', '{a} pledges support for {t}', 'New package from {a} for {t}'],
  contract: ['{a} signs contract for {t}', 'Framework agreement on {t} with {b}', '{a} orders {t}'],
  budget: ['{a} adopts defence budget', 'Budget of {a} raises spending on {t}', '{a} approves budget line'],
  attack: ['Strike on {p} damages infrastructure', 'Missile attack on {p}', 'Drone attack near {p}'],
  military: [
    'Fighting intensifies near {p}',
    'Counteroffensive reported near {p}',
    'Troops hold line at {p}',
  ],
  report: ['{a} publishes report on {t}', 'Report tracks deliveries of {t}', 'Audit of {t} by {a}'],
  reaction: ['{a} condemns strike on {p}', '{a} responds to {b} on {t}', '{a} criticises delays in {t}'],
  decision: ['{a} decides to release funds for {t}', '{a} approves transfer of {t}', 'Vote by {a} on {t}'],
};

/** Currencies with an approximate value in USD of one unit. */
export const CURRENCIES: readonly { code: string; usd: number; weight: number }[] = [
  { code: 'USD', usd: 1, weight: 30 },
  { code: 'EUR', usd: 1.08, weight: 30 },
  { code: 'GBP', usd: 1.26, weight: 8 },
  { code: 'RUB', usd: 0.011, weight: 5 },
  { code: 'UAH', usd: 0.026, weight: 8 },
  { code: 'JPY', usd: 0.0069, weight: 4 },
  { code: 'PLN', usd: 0.25, weight: 4 },
  { code: 'CAD', usd: 0.74, weight: 4 },
  { code: 'SEK', usd: 0.095, weight: 3 },
  { code: 'NOK', usd: 0.094, weight: 2 },
  { code: 'DKK', usd: 0.145, weight: 2 },
  { code: 'CHF', usd: 1.12, weight: 2 },
];
