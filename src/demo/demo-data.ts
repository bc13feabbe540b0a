import type { SourceType } from '../sources/source.schema';

/**
 * The demo data set: synthetic sources, posts and people, every text marked as demo. The names are
 * invented; places and prisons are real so that the extractor and the place names work as on real
 * posts. Pure data: src/demo/demo.service.ts loads it through the app's own services.
 */

/** Every demo address is under this reserved name (.invalid never resolves), so nothing is ever fetched. */
export const DEMO_HOST = 'demo.athar.invalid';
export const DEMO_EMAIL_DOMAIN = 'demo.athar.invalid';
export const DEMO_MARK = { en: '[DEMO · synthetic]', ar: '[تجريبي · نص مصطنع]', fr: '[DÉMO · texte fictif]' } as const;

export interface DemoUser {
  key: 'rima' | 'omar';
  email: string;
  name: string;
  roles: ('admin' | 'reviewer')[];
}

/**
 * Who "did" the demo's reviews: Rima creates the records (she is an admin, who alone may mark someone
 * dead) and Omar verifies them (four eyes). They have no password: nobody can sign in as them.
 */
export const DEMO_USERS: DemoUser[] = [
  { key: 'rima', email: `rima@${DEMO_EMAIL_DOMAIN}`, name: 'Rima (demo reviewer)', roles: ['reviewer', 'admin'] },
  { key: 'omar', email: `omar@${DEMO_EMAIL_DOMAIN}`, name: 'Omar (demo reviewer)', roles: ['reviewer'] },
];

export type DemoSourceKey = 'telegram' | 'rss' | 'mastodon' | 'html' | 'tips';

export interface DemoSource {
  key: DemoSourceKey;
  type: SourceType;
  name: string;
  config: Record<string, unknown>;
  /** Runs to record, oldest first: days ago and the error of a failed one. */
  runs: { daysAgo: number; error?: string; fetched?: number }[];
}

export const DEMO_SOURCES: DemoSource[] = [
  {
    key: 'telegram',
    type: 'telegram',
    name: '[Demo] Detainees channel (synthetic)',
    config: { channel: 'athar_demo_channel' },
    runs: [
      { daysAgo: 4, error: '(demo) the server answered HTTP 503' },
      { daysAgo: 1, fetched: 5 },
    ],
  },
  {
    key: 'rss',
    type: 'rss',
    name: '[Demo] News feed (synthetic)',
    config: { url: `https://${DEMO_HOST}/feed.rss` },
    runs: [
      { daysAgo: 2, fetched: 4 },
      { daysAgo: 0, fetched: 2 },
    ],
  },
  {
    key: 'mastodon',
    type: 'mastodon',
    name: '[Demo] Mastodon hashtag (synthetic)',
    config: { instance: `https://${DEMO_HOST}`, hashtag: 'AtharDemo' },
    runs: [{ daysAgo: 1, fetched: 3 }],
  },
  {
    key: 'html',
    type: 'html',
    name: '[Demo] NGO list page (synthetic)',
    config: { url: `https://${DEMO_HOST}/released`, selectors: { item: 'article', link: 'h2 a', date: 'time' } },
    runs: [
      { daysAgo: 3, fetched: 2 },
      { daysAgo: 0, error: '(demo) not an HTML page listing items: the selector "article" found nothing' },
    ],
  },
  { key: 'tips', type: 'manual', name: '[Demo] Tips (synthetic)', config: {}, runs: [] },
];

export type DemoLang = 'ar' | 'en' | 'fr';

export interface DemoPost {
  key: string;
  source: DemoSourceKey;
  lang: DemoLang;
  /** Without the demo mark, which is put before it. */
  text: string;
  publishedDaysAgo: number;
  collectedDaysAgo: number;
  /** Photos by key (see DEMO_PHOTOS); the same key twice is the same photo re-posted. */
  photos?: string[];
  /** A tip: who passed it on and what they said. */
  tip?: { by: DemoUser['key']; note: string };
}

/** The announcement three sources re-post with small changes: one copy group. */
const ANNOUNCEMENT =
  'أفرج اليوم عن المعتقل محمد سامي النجار من سجن صيدنايا بعد تسع سنوات من الاعتقال، وهو من مدينة داريا. ' +
  'تطلب عائلته من كل من يعرف عنه شيئاً خلال سنوات اعتقاله التواصل معها.';

export const DEMO_POSTS: DemoPost[] = [
  {
    key: 'announce-telegram',
    source: 'telegram',
    lang: 'ar',
    text: `عاجل 🔴\n${ANNOUNCEMENT}\n#صيدنايا`,
    publishedDaysAgo: 6,
    collectedDaysAgo: 6,
    photos: ['release'],
  },
  {
    key: 'announce-rss',
    source: 'rss',
    lang: 'ar',
    text: `${ANNOUNCEMENT}\nالمصدر: قناة المعتقلين`,
    publishedDaysAgo: 6,
    collectedDaysAgo: 5,
    photos: ['release-copy'],
  },
  { key: 'announce-mastodon', source: 'mastodon', lang: 'ar', text: `${ANNOUNCEMENT} 🕊️ #سوريا`, publishedDaysAgo: 5, collectedDaysAgo: 5 },
  {
    key: 'najjar-en',
    source: 'rss',
    lang: 'en',
    text: 'Mohammed Sami al-Najjar, 41, from Daraya, was released from Saydnaya prison on Monday after nine years in detention, his family said.',
    publishedDaysAgo: 5,
    collectedDaysAgo: 4,
  },
  {
    key: 'missing-en',
    source: 'mastodon',
    lang: 'en',
    text: 'Has anyone seen Samer Khalil Haddad? He has been missing since 2013, when he was arrested at a checkpoint in Homs. His mother is still searching for him.',
    publishedDaysAgo: 4,
    collectedDaysAgo: 4,
    photos: ['portrait-samer'],
  },
  {
    key: 'detained-ar',
    source: 'telegram',
    lang: 'ar',
    text: 'اعتقلت قوات الأمن الشاب يوسف عمر الحلبي (24 عاماً) من حي الميدان في دمشق عام 2019، ونقل إلى فرع فلسطين، ولا تعرف عائلته مكانه حتى الآن.',
    publishedDaysAgo: 3,
    collectedDaysAgo: 3,
    photos: ['portrait-youssef'],
  },
  {
    key: 'dead-fr',
    source: 'rss',
    lang: 'fr',
    text: 'Karim Adel Mansour, originaire de Douma, est mort en détention à Saydnaya en 2016, a annoncé sa famille, qui a reconnu sa photo parmi les images publiées.',
    publishedDaysAgo: 3,
    collectedDaysAgo: 2,
    photos: ['portrait-karim'],
  },
  {
    key: 'unknown-ar',
    source: 'html',
    lang: 'ar',
    text: 'تضاربت الأنباء حول مصير المعتقل أنس فواز العلي من حرستا، الذي اعتقل عام 2014؛ تقول مصادر إنه نقل إلى سجن عدرا.',
    publishedDaysAgo: 2,
    collectedDaysAgo: 2,
  },
  {
    key: 'list-ar',
    source: 'html',
    lang: 'ar',
    text: 'قائمة أولية بأسماء معتقلين أفرج عنهم من سجن عدرا:\n١- خالد محمود الشامي من دوما\n٢- عمر ياسر الحمود من التل\n٣- ماهر سليم العبدالله من المعضمية',
    publishedDaysAgo: 1,
    collectedDaysAgo: 1,
    photos: ['crowd'],
  },
  {
    key: 'released-fr',
    source: 'mastodon',
    lang: 'fr',
    text: 'Libéré hier de la prison de Saydnaya, Bassel Nour Kanaan a retrouvé sa famille à Jaramana après sept ans de détention.',
    publishedDaysAgo: 1,
    collectedDaysAgo: 1,
    photos: ['gate'],
  },
  {
    key: 'appeal-en',
    source: 'telegram',
    lang: 'en',
    text: 'Appeal: the family of Lina Hassan Darwish, detained in 2012 at the Air Force Intelligence branch in Harasta, asks anyone who was held with her for any news of her.',
    publishedDaysAgo: 0,
    collectedDaysAgo: 0,
  },
  {
    key: 'weather-en',
    source: 'rss',
    lang: 'en',
    text: 'Heavy rain is expected across southern Syria this weekend, with flooding possible in low-lying parts of Daraa.',
    publishedDaysAgo: 0,
    collectedDaysAgo: 0,
  },
  {
    key: 'tip-ar',
    source: 'tips',
    lang: 'ar',
    text: 'رأيت المعتقل سامر خليل حداد في سجن صيدنايا عام 2015، كان مريضاً.',
    publishedDaysAgo: 0,
    collectedDaysAgo: 0,
    tip: { by: 'omar', note: '[DEMO] A former detainee told me this by phone; he asks not to be named.' },
  },
];

export type DemoPersonStatus = 'missing' | 'detained' | 'released' | 'dead' | 'unknown';

/**
 * What the demo reviewers decide. Each person is created from the first post's mention of the name
 * (matched by its normalised Latin key), the same person's mentions in later posts are linked to it,
 * and the post is marked relevant. Posts not named here stay in the triage queue.
 */
export interface DemoPerson {
  name: string;
  /** Posts naming this person, first the one the record is created from. */
  posts: string[];
  status: DemoPersonStatus;
  verifiedBy?: DemoUser['key'];
  note?: { by: DemoUser['key']; text: string; post?: string };
}

export const DEMO_PERSONS: DemoPerson[] = [
  {
    name: 'محمد سامي النجار',
    posts: ['announce-telegram', 'najjar-en'],
    status: 'released',
    verifiedBy: 'omar',
    note: { by: 'omar', text: '[DEMO] Two independent sources and a photo; the family confirmed by phone (synthetic note).', post: 'najjar-en' },
  },
  {
    name: 'Samer Khalil Haddad',
    posts: ['missing-en'],
    status: 'missing',
    verifiedBy: 'omar',
    note: { by: 'rima', text: '[DEMO] His mother registered him as missing with the association in 2014 (synthetic note).' },
  },
  { name: 'يوسف عمر الحلبي', posts: ['detained-ar'], status: 'detained' },
  {
    name: 'Karim Adel Mansour',
    posts: ['dead-fr'],
    status: 'dead',
    note: { by: 'rima', text: '[DEMO] Recognised by his brother among the published photos (synthetic note).', post: 'dead-fr' },
  },
  {
    name: 'أنس فواز العلي',
    posts: ['unknown-ar'],
    status: 'unknown',
    note: { by: 'omar', text: '[DEMO] Reports contradict each other; status left unknown until confirmed (synthetic note).' },
  },
];

/** Posts the demo reviewers decide without naming anyone: marked not relevant. */
export const DEMO_IRRELEVANT = ['weather-en'];

export interface DemoPhoto {
  key: string;
  /** Drawn from this seed: the same seed draws the same scene. */
  seed: number;
  scene: 'portrait' | 'crowd' | 'gate';
  /** A re-post of another photo: smaller and recompressed, as channels do. */
  copyOf?: string;
}

export const DEMO_PHOTOS: DemoPhoto[] = [
  { key: 'release', seed: 11, scene: 'crowd' },
  { key: 'release-copy', seed: 11, scene: 'crowd', copyOf: 'release' },
  { key: 'portrait-samer', seed: 23, scene: 'portrait' },
  { key: 'portrait-youssef', seed: 37, scene: 'portrait' },
  { key: 'portrait-karim', seed: 41, scene: 'portrait' },
  { key: 'crowd', seed: 59, scene: 'crowd' },
  { key: 'gate', seed: 67, scene: 'gate' },
];

export function demoText(post: DemoPost): string {
  return `${DEMO_MARK[post.lang]} ${post.text}`;
}
