// npm run bench:extraction [-- --posts 100000]
// Extraction throughput on one core over a generated corpus of posts in the three languages.
import { extractMentions } from '../src/extraction/extractor';
import { analyzeName } from '../src/extraction/names/name-analysis';

const count = Number(process.argv[process.argv.indexOf('--posts') + 1]) || 100_000;

const given = ['محمد', 'أحمد', 'عبد الرحمن', 'خالد', 'يوسف', 'حسين', 'عمر', 'سامر', 'فاطمة', 'رزان', 'علي', 'مازن'];
const family = ['الخطيب', 'درويش', 'الحلبي', 'حداد', 'العلي', 'الشامي', 'النجار', 'السيد', 'قباني', 'زيتونة'];
const givenLatin = ['Mohammed', 'Ahmad', 'Abdulrahman', 'Khaled', 'Youssef', 'Hussein', 'Omar', 'Samer', 'Fatima', 'Razan'];
const familyLatin = ['al-Khatib', 'Darwish', 'al-Halabi', 'Haddad', 'Al-Ali', 'Shami', 'Najjar', 'el-Sayed', 'Kabbani'];
const towns = ['داريا', 'دوما', 'حرستا', 'المعضمية', 'حمص', 'إدلب'];
const townsLatin = ['Daraya', 'Douma', 'Harasta', 'Homs', 'Idlib'];

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const ar = () => `${pick(given)} ${pick(given)} ${pick(family)}`;
const en = () => `${pick(givenLatin)} ${pick(familyLatin)}`;

const templates: (() => string)[] = [
  () => `أفرج عن المعتقل ${ar()} من ${pick(towns)} بعد ${Math.floor(rnd() * 13) + 1} عاماً في سجن صيدنايا، وكان قد اعتقل عام ٢٠١٢.`,
  () => `قائمة بأسماء المفرج عنهم اليوم:\n١- ${ar()} من ${pick(towns)}\n٢- ${ar()} من ${pick(towns)}\n٣- ${ar()}\n#صيدنايا #الحرية_للمعتقلين`,
  () => `استشهد تحت التعذيب في فرع فلسطين المعتقل ${ar()} من مواليد ١٩٨٥، وأكدت عائلته الخبر. رحمه الله 🕊️`,
  () => `نبحث عن أخي ${ar()}، مفقود منذ ٢٠١٣، آخر مرة شوهد في المخابرات الجوية بمطار المزة. أي معلومة تواصلوا معنا`,
  () => `${en()}, detained since 2012, was found in Saydnaya on Monday, his brother ${en()} told reporters.`,
  () => `Released detainees include ${en()} (${pick(townsLatin)}) and ${en()} (${pick(townsLatin)}), according to the Syrian Network for Human Rights.`,
  () => `${en()}, avocat disparu depuis 2013, a été retrouvé vivant dans la prison de Saydnaya selon sa famille.`,
  () => `Former prison director ${en()} is accused of overseeing torture of detainees, including ${en()}, who died in custody in 2015.`,
  () => `الطقس اليوم في دمشق مشمس مع ارتفاع في درجات الحرارة، وتوقعات بأمطار خفيفة نهاية الأسبوع.`,
];

const posts = Array.from({ length: count }, () => pick(templates)());
const bytes = posts.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);

// Warm up the JIT and the gazetteers before timing.
for (let i = 0; i < 2000; i++) extractMentions(posts[i]);
let peakRss = process.memoryUsage().rss;
let mentions = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < posts.length; i++) {
  for (const m of extractMentions(posts[i])) {
    analyzeName(m.name);
    mentions++;
  }
  if (i % 5000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

console.log(`bench:extraction — ${count} generated posts (${(bytes / 1024 / 1024).toFixed(1)} MB), one core, extractor + name analysis`);
console.log(`  posts/s     ${Math.round(count / seconds)}`);
console.log(`  MB/s        ${(bytes / 1024 / 1024 / seconds).toFixed(2)}`);
console.log(`  mentions    ${mentions} (${(mentions / count).toFixed(2)} per post)`);
console.log(`  time        ${seconds.toFixed(2)} s`);
console.log(`  peak RSS    ${Math.round(peakRss / 1024 / 1024)} MB`);
