import { EXTRACTOR_VERSION, extractMentions } from './extractor';
import type { ExtractedMention, MentionAttributes, MentionRole } from './types';
import { GIVEN_NAMES } from './names/gazetteer';
import { AR_GIVEN, LAT_GIVEN } from './pipeline/lexicon';
import { phraseWords } from './pipeline/text-model';

interface Expected {
  name: string;
  role: MentionRole;
  attrs?: Partial<MentionAttributes>;
}

/** Names and roles in text order, exact spans, and the attributes given. */
function expectMentions(text: string, expected: Expected[], lang?: string): ExtractedMention[] {
  const mentions = extractMentions(text, lang);
  expect(mentions.map((m) => [m.name, m.role])).toEqual(expected.map((e) => [e.name, e.role]));
  mentions.forEach((m, k) => {
    expect(text.slice(m.start, m.end)).toBe(m.name);
    if (expected[k].attrs) expect(m.attributes).toMatchObject(expected[k].attrs);
  });
  return mentions;
}

function only(text: string, lang?: string): ExtractedMention {
  const mentions = extractMentions(text, lang);
  expect(mentions).toHaveLength(1);
  return mentions[0];
}

const roles = (text: string): [string, MentionRole][] => extractMentions(text).map((m) => [m.name, m.role]);

/** "name=role" for each mention, in text order. */
const people = (text: string, lang: string): string[] => extractMentions(text, lang).map((m) => `${m.name}=${m.role}`);
const hometownOf = (text: string, lang: string): string | null | undefined => extractMentions(text, lang)[0]?.attributes.hometown;
const hometownsOf = (text: string, lang: string): (string | null)[] => extractMentions(text, lang).map((m) => m.attributes.hometown);

describe('extractMentions', () => {
  it('has a version', () => {
    expect(EXTRACTOR_VERSION).toBe('rules-37');
  });

  describe('the examples of the brief', () => {
    it('Arabic release with hometown and prison', () => {
      const text = 'أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في صيدنايا';
      const m = only(text);
      expect(m).toEqual({
        name: 'محمد أحمد الخطيب',
        start: text.indexOf('محمد'),
        end: text.indexOf('محمد') + 'محمد أحمد الخطيب'.length,
        role: 'released',
        attributes: { hometown: 'داريا', prison: 'saydnaya', age: null, birthYear: null, arrestYear: null, releaseDate: null, deathDate: null },
        confidence: expect.any(Number),
        cues: ['أفرج عن', 'المعتقل', 'بعد 12 عاماً في صيدنايا'],
        refersTo: null,
        partial: false,
      });
      expect(m.confidence).toBeGreaterThanOrEqual(0.9);
    });

    it('"found" in a prison is no release: the person stays a detainee', () => {
      const m = only('Ahmad Darwish, detained since 2012, was found in Saydnaya');
      expect(m).toMatchObject({ name: 'Ahmad Darwish', start: 0, end: 13, role: 'detainee', cues: ['detained'] });
      expect(m.attributes).toMatchObject({ arrestYear: 2012, prison: 'saydnaya' });
    });

    it('French: a lawyer who disappeared is missing', () => {
      const m = only('Samir Haddad, avocat disparu depuis 2013', 'fr');
      expect(m).toMatchObject({ name: 'Samir Haddad', role: 'missing', cues: ['disparu'] });
      expect(m.attributes.arrestYear).toBe(2013);
    });
  });

  describe('Arabic names after a role cue', () => {
    it('reads released, dead, missing and detained people', () => {
      expectMentions('أطلق سراح المعتقل سامر خالد العلي بعد سنوات في فرع فلسطين', [
        { name: 'سامر خالد العلي', role: 'released', attrs: { prison: 'branch-235' } },
      ]);
      expectMentions('استشهد الشاب محمد الخطيب تحت التعذيب', [{ name: 'محمد الخطيب', role: 'dead' }]);
      expectMentions('ما زال المغيب قسراً يوسف عمر الحلبي مجهول المصير', [{ name: 'يوسف عمر الحلبي', role: 'missing' }]);
      expectMentions('المفقود حسن علي منذ 2013', [{ name: 'حسن علي', role: 'missing', attrs: { arrestYear: 2013 } }]);
      expectMentions('الأسير المحرر أبو عمر الحمصي يروي ما عاشه', [{ name: 'أبو عمر الحمصي', role: 'released' }]);
    });

    it('reads a name after a verb with its subject in between', () => {
      expectMentions('مصادر محلية: قوات النظام اعتقلت الشاب ماهر سليمان البكور من أهالي مدينة اللطامنة بريف حماة الشمالي.', [
        { name: 'ماهر سليمان البكور', role: 'detainee', attrs: { hometown: 'اللطامنة' } },
      ]);
    });

    it('lets a release or a death outrank the standing word «المعتقل»', () => {
      expect(roles('توفي المعتقل عبد الرحمن أبو محمود الشامي تحت التعذيب')).toEqual([['عبد الرحمن أبو محمود الشامي', 'dead']]);
      expect(roles('أفرج اليوم عن المعتقل خالد سعيد')).toEqual([['خالد سعيد', 'released']]);
      expect(roles('قُتل المعتقل السابق زياد محمود الأحمد برصاص مجهولين بعد شهرين من الإفراج عنه')).toEqual([['زياد محمود الأحمد', 'dead']]);
    });

    it('treats «المعتقل السابق», «الناجي» and «تحرير» as releases', () => {
      expect(only('المعتقل السابق رامي سليمان يدلي بشهادته').role).toBe('released');
      expect(only('تم تحرير الأسير البطل أبو عمر الحمصي من سجن حماة المركزي').attributes.prison).toBe('hama-central');
    });

    it('understands dialect verbs', () => {
      expectMentions('الحمد لله طلع أخوي يامن الشيخ علي من صيدنايا بعد ١١ سنة 💚', [
        { name: 'يامن الشيخ علي', role: 'released', attrs: { prison: 'saydnaya' } },
      ]);
      expectMentions('ابو عبدو الحمصي طلع من سجن صيدنايا والحمدلله، الشب كان معتقل من 2013', [
        { name: 'ابو عبدو الحمصي', role: 'released', attrs: { arrestYear: 2013, prison: 'saydnaya' } },
      ]);
      expectMentions('الله يرحمك يا خالي محمود عيسى، مات بالمعتقل وما سلمونا جثتو', [{ name: 'محمود عيسى', role: 'dead' }]);
      expectMentions('انقتل الشب أحمد ياسين الحمود بفرع المنطقة', [{ name: 'أحمد ياسين الحمود', role: 'dead', attrs: { prison: 'branch-227' } }]);
      expectMentions('خرج اليوم من سجن صيدنايا المعتقل أبو محمد الدوماني بعد 13 عاماً من الاعتقال', [
        { name: 'أبو محمد الدوماني', role: 'released', attrs: { prison: 'saydnaya' } },
      ]);
    });

    it('reads death notices', () => {
      const text =
        'ننعى إليكم الشهيد البطل عبد الله محمود الحسن ابن بلدة كفرنبل الذي قضى تحت التعذيب في أقبية فرع فلسطين بعد اعتقاله عام 2012، وقد تعرفت عائلته على صورته ضمن صور قيصر. رحمه الله';
      expectMentions(text, [{ name: 'عبد الله محمود الحسن', role: 'dead', attrs: { hometown: 'كفرنبل', prison: 'branch-235', arrestYear: 2012 } }]);
      expectMentions('وصلتنا أنباء عن وفاة المعتقل حسام الدين العبد الله (مواليد ١٩٨٩) في سجن صيدنايا، وكان معتقلاً منذ ٢٠١٤.', [
        { name: 'حسام الدين العبد الله', role: 'dead', attrs: { birthYear: 1989, arrestYear: 2014, prison: 'saydnaya' } },
      ]);
      expectMentions('استشهد الطفل حمزة علي الخطيب تحت التعذيب عام 2011 بعد اعتقاله في درعا.', [
        { name: 'حمزة علي الخطيب', role: 'dead', attrs: { deathDate: '2011' } },
      ]);
    });
  });

  describe('Arabic names before a cue', () => {
    it('reads «الاسم، المعتقل منذ…» and «الاسم استشهد…»', () => {
      expectMentions('محمد الخطيب، المعتقل منذ عام 2012 في سجن صيدنايا، خرج اليوم إلى الحرية', [
        { name: 'محمد الخطيب', role: 'released', attrs: { arrestYear: 2012, prison: 'saydnaya' } },
      ]);
      expectMentions('سامي يوسف العمر استشهد تحت التعذيب في صيدنايا', [{ name: 'سامي يوسف العمر', role: 'dead' }]);
    });

    it('does not take a pronoun-suffixed noun before a cue for a name', () => {
      expect(extractMentions('والدته تناشد لمعرفة مصيره، فهو مختفٍ قسرياً منذ 2013')).toEqual([]);
    });
  });

  describe('Arabic name shapes', () => {
    it('keeps compounds, kunyas and bin chains whole', () => {
      expect(roles('استشهد المعتقل عبد الكريم محمود شربجي')).toEqual([['عبد الكريم محمود شربجي', 'dead']]);
      expect(roles('الشهيد أبو خالد الحوراني 🥀')).toEqual([['أبو خالد الحوراني', 'dead']]);
      expect(roles('أفرج عن المعتقل محمد بن أحمد السالم')).toEqual([['محمد بن أحمد السالم', 'released']]);
      expect(roles('استشهد المعتقل نور الدين محمد عليان')).toEqual([['نور الدين محمد عليان', 'dead']]);
    });

    it('takes a kunya alone as a name, but not a bracketed nickname after a name', () => {
      expectMentions('أفرج عن المعتقل أبو أحمد', [{ name: 'أبو أحمد', role: 'released' }]);
      expectMentions('استشهد المعتقل محمد الخطيب (أبو أحمد) تحت التعذيب', [{ name: 'محمد الخطيب', role: 'dead' }]);
    });

    it('reads a lone given name only as a partial name, and only right after its cue', () => {
      const [m] = extractMentions('أفرج عن المعتقل محمد من داريا');
      expect(m).toMatchObject({ name: 'محمد', partial: true, refersTo: null });
      expect(m.confidence).toBeLessThan(0.6);
      expect(extractMentions('🙏🏽🇸🇾 المعتقل 🕊️ محمد 👍')).toEqual([]);
    });

    it('tells the name علي from the preposition على', () => {
      expect(roles('المعتقلة فاطمة علي الحسن')).toEqual([['فاطمة علي الحسن', 'detainee']]);
      expect(roles('توفي المعتقل محمد أحمد على يد السجانين')).toEqual([['محمد أحمد', 'dead']]);
    });

    it('stops at stop words, digits, punctuation and line breaks', () => {
      expect(roles('المعتقل محمد أحمد في صيدنايا').map((r) => r[0])).toEqual(['محمد أحمد']);
      expect(roles('المعتقل محمد أحمد، من داريا').map((r) => r[0])).toEqual(['محمد أحمد']);
      expect(roles('المعتقل محمد أحمد 1985').map((r) => r[0])).toEqual(['محمد أحمد']);
      expect(roles('المعتقل محمد أحمد\nخالد').map((r) => r[0])).toEqual(['محمد أحمد']);
      expect(roles('المعتقل محمد الخطيب يروي قصته').map((r) => r[0])).toEqual(['محمد الخطيب']);
    });

    it('ends a name at a bare kinship noun', () => {
      expect(roles('المعتقل محمد حسن شقيق الشهيد أحمد حسن')).toEqual([
        ['محمد حسن', 'detainee'],
        ['أحمد حسن', 'dead'],
      ]);
    });

    it('keeps diacritics, tatweel and hamza spellings inside the exact span', () => {
      const text = 'المعتقـــل مُحَمَّد أحمَد الخَطيب ابن حي القابون ما زال مجهول المصير منذ ١٤٣٥ هـ';
      expectMentions(text, [{ name: 'مُحَمَّد أحمَد الخَطيب', role: 'missing', attrs: { hometown: 'القابون', arrestYear: 2014 } }]);
      expect(roles('الافراج عن المعتقل احمد ابراهيم الاسعد')).toEqual([['احمد ابراهيم الاسعد', 'released']]);
    });

    it('strips a joined و or ل from the name', () => {
      expectMentions('الحرية لمحمد عبد الكريم الأحمد', [{ name: 'محمد عبد الكريم الأحمد', role: 'detainee' }]);
      expectMentions('#الحرية_لمحمد_الخطيب', [{ name: 'محمد_الخطيب', role: 'detainee' }]);
    });
  });

  describe('several people in one post', () => {
    it('scopes cues to each person', () => {
      expectMentions('استشهد المعتقل محمد الخطيب تحت التعذيب، والمعتقل أحمد سعيد ما زال في صيدنايا. أفرج عن المعتقلة ريم حسن', [
        { name: 'محمد الخطيب', role: 'dead' },
        { name: 'أحمد سعيد', role: 'detainee', attrs: { prison: 'saydnaya' } },
        { name: 'ريم حسن', role: 'released' },
      ]);
    });

    it('shares a cue among coordinated names', () => {
      expectMentions('أفرج عن كل من محمد الخطيب وأحمد سعيد العلي وخالد عمر من سجن عدرا', [
        { name: 'محمد الخطيب', role: 'released', attrs: { prison: 'adra' } },
        { name: 'أحمد سعيد العلي', role: 'released', attrs: { prison: 'adra' } },
        { name: 'خالد عمر', role: 'released', attrs: { prison: 'adra' } },
      ]);
      expectMentions('المغيبة قسراً رزان زيتونة والناشطين وائل حمادة وناظم حمادي وسميرة الخليل', [
        { name: 'رزان زيتونة', role: 'missing' },
        { name: 'وائل حمادة', role: 'missing' },
        { name: 'ناظم حمادي', role: 'missing' },
        { name: 'سميرة الخليل', role: 'missing' },
      ]);
    });

    it('splits clauses at «بينما» and "while"', () => {
      expectMentions('أفرج عن المعتقل محمد الخطيب بينما لا يزال شقيقه أحمد الخطيب في فرع فلسطين', [
        { name: 'محمد الخطيب', role: 'released', attrs: { prison: null } },
        { name: 'أحمد الخطيب', role: 'detainee', attrs: { prison: 'branch-235' } },
      ]);
      expectMentions('Omar Hassan was released, while his cousin Bilal Hassan remains in Adra.', [
        { name: 'Omar Hassan', role: 'released', attrs: { prison: null } },
        { name: 'Bilal Hassan', role: 'detainee', attrs: { prison: 'adra' } },
      ]);
      expectMentions('Ahmad Darwish was released but his brother Omar Darwish died under torture in 2013.', [
        { name: 'Ahmad Darwish', role: 'released', attrs: { deathDate: null } },
        { name: 'Omar Darwish', role: 'dead', attrs: { deathDate: '2013' } },
      ]);
    });

    it('keeps each person’s attributes in their own part of the sentence', () => {
      expectMentions('اعتقل محمد الخطيب من داريا عام 2012 وأحمد سعيد من دوما عام 2013', [
        { name: 'محمد الخطيب', role: 'detainee', attrs: { hometown: 'داريا', arrestYear: 2012 } },
        { name: 'أحمد سعيد', role: 'detainee', attrs: { hometown: 'دوما', arrestYear: 2013 } },
      ]);
    });
  });

  describe('lists', () => {
    it('gives every item the role of its heading, with the heading’s prison', () => {
      const text =
        'أسماء المعتقلين المفرج عنهم اليوم من سجن صيدنايا:\n١- محمد أحمد الخطيب من داريا\n٢- خالد عمر العلي - دوما\n٣- أبو أحمد\n٤- سامر حسن الحمصي (مواليد 1980)';
      expectMentions(text, [
        { name: 'محمد أحمد الخطيب', role: 'released', attrs: { hometown: 'داريا', prison: 'saydnaya' } },
        { name: 'خالد عمر العلي', role: 'released', attrs: { hometown: 'دوما', prison: 'saydnaya' } },
        { name: 'أبو أحمد', role: 'released', attrs: { prison: 'saydnaya' } },
        { name: 'سامر حسن الحمصي', role: 'released', attrs: { birthYear: 1980 } },
      ]);
    });

    it('reads death lists and unnumbered lines under a heading', () => {
      expectMentions('قائمة بأسماء الشهداء تحت التعذيب من مدينة داريا:\n1- محمد خير الدين عليان\n2- أحمد سعيد الخولاني', [
        { name: 'محمد خير الدين عليان', role: 'dead' },
        { name: 'أحمد سعيد الخولاني', role: 'dead' },
      ]);
      expectMentions('أسماء المعتقلين الذين تم الإفراج عنهم:\nعلي حسين الأحمد\nمحمود فيصل العمر\nجهاد خالد الحسين', [
        { name: 'علي حسين الأحمد', role: 'released' },
        { name: 'محمود فيصل العمر', role: 'released' },
        { name: 'جهاد خالد الحسين', role: 'released' },
      ]);
    });

    it('lets an item’s own death cue outrank a release heading', () => {
      expectMentions('المفرج عنهم من صيدنايا:\n- محمد الخطيب\n- أحمد سعيد (توفي بعد خروجه بيومين)', [
        { name: 'محمد الخطيب', role: 'released' },
        { name: 'أحمد سعيد', role: 'dead' },
      ]);
    });

    it('reads Latin lists with bullets, numbers and inline markers', () => {
      expectMentions('Released today:\n1. Ahmad Darwish (Daraya)\n2. Omar Hassan, 34, Douma', [
        { name: 'Ahmad Darwish', role: 'released', attrs: { hometown: 'Daraya' } },
        { name: 'Omar Hassan', role: 'released', attrs: { hometown: 'Douma', age: 34 } },
      ]);
      expectMentions(
        'List of detainees freed from Adra prison on 8 December:\n- Mohammad Khair Al-Masri (Douma)\n- Yasser Abdul Karim Hamwi, 41, Harasta\n- Abu Ahmad al-Halabi',
        [
          { name: 'Mohammad Khair Al-Masri', role: 'released', attrs: { hometown: 'Douma', prison: 'adra' } },
          { name: 'Yasser Abdul Karim Hamwi', role: 'released', attrs: { hometown: 'Harasta', age: 41, prison: 'adra' } },
          { name: 'Abu Ahmad al-Halabi', role: 'released', attrs: { prison: 'adra' } },
        ],
      );
      expectMentions('Les noms des détenus libérés : 1. Ahmad Khalil (Alep) 2. Samir Issa (Homs) 3. Fadi Nasser', [
        { name: 'Ahmad Khalil', role: 'released', attrs: { hometown: 'Alep' } },
        { name: 'Samir Issa', role: 'released', attrs: { hometown: 'Homs' } },
        { name: 'Fadi Nasser', role: 'released' },
      ]);
    });

    it('splits several numbered items on one line', () => {
      expectMentions('الشهداء: ١- محمد علي الحسن ٢- خالد يوسف العمر ٣- عمار سعيد', [
        { name: 'محمد علي الحسن', role: 'dead' },
        { name: 'خالد يوسف العمر', role: 'dead' },
        { name: 'عمار سعيد', role: 'dead' },
      ]);
    });
  });

  describe('relatives', () => {
    it('marks a possessed kinship word before the name as a relative', () => {
      expectMentions('والدته فاطمة الحسن تناشد المنظمات للكشف عن مصير ابنها المعتقل منذ 2013', [{ name: 'فاطمة الحسن', role: 'relative' }]);
      expectMentions('زوجته أم محمد تناشد المنظمات للكشف عن مصيره', [{ name: 'أم محمد', role: 'relative' }]);
      expectMentions('According to his sister Lina Kabbani, Tarek Kabbani disappeared at a checkpoint in 2014.', [
        { name: 'Lina Kabbani', role: 'relative' },
        { name: 'Tarek Kabbani', role: 'missing', attrs: { arrestYear: 2014 } },
      ]);
      expectMentions('Sa mère Nadia Haddad cherche toujours son fils Rami Haddad, disparu depuis 2015.', [
        { name: 'Nadia Haddad', role: 'relative', attrs: { arrestYear: null } },
        { name: 'Rami Haddad', role: 'missing', attrs: { arrestYear: 2015 } },
      ]);
      expectMentions('Ahmad Darwish, son of Omar Darwish, was released on Monday.', [
        { name: 'Ahmad Darwish', role: 'released' },
        { name: 'Omar Darwish', role: 'relative' },
      ]);
    });

    it('does not make the one held a relative in «والدة المعتقل…»', () => {
      // Asking for his fate to be revealed says it is unknown: missing (GUIDE.md).
      expectMentions('والدة المعتقل حسان سعيد العلي تطالب بالكشف عن مصيره', [{ name: 'حسان سعيد العلي', role: 'missing' }]);
    });

    it('lets a relative’s own cue describe them: "his brother X was also arrested"', () => {
      expectMentions('Ahmad Darwish and his brother Yasser Darwish were arrested at a checkpoint in Homs in 2014.', [
        { name: 'Ahmad Darwish', role: 'detainee', attrs: { arrestYear: 2014 } },
        { name: 'Yasser Darwish', role: 'detainee', attrs: { arrestYear: 2014 } },
      ]);
      expectMentions('اعتقل محمد الخطيب وشقيقه أحمد عبد الله الخطيب عام 2012', [
        { name: 'محمد الخطيب', role: 'detainee', attrs: { arrestYear: 2012 } },
        { name: 'أحمد عبد الله الخطيب', role: 'detainee', attrs: { arrestYear: 2012 } },
      ]);
    });

    it('reads «أخي»/"my brother" posts as about that person when the post says what happened', () => {
      expectMentions('يا جماعة مين بيعرف شي عن أخي مصطفى أحمد الزعبي؟ اعتقلوه من حاجز الكسوة سنة ٢٠١٣. عمره هلق ٣٥ سنة', [
        { name: 'مصطفى أحمد الزعبي', role: 'missing', attrs: { arrestYear: 2013, age: 35 } },
      ]);
      expectMentions('My father Ibrahim Haj Ali has been missing since 2012. He was taken from our home in Daraya.', [
        { name: 'Ibrahim Haj Ali', role: 'missing', attrs: { arrestYear: 2012 } },
      ]);
      expectMentions('أخي محمد الخطيب', [{ name: 'محمد الخطيب', role: 'relative' }]);
    });
  });

  describe('officials and public figures', () => {
    it('never makes a regime official a detainee', () => {
      expectMentions('أشرف العميد جميل حسن على تعذيب المعتقل سامر خالد العلي في مطار المزة', [
        { name: 'جميل حسن', role: 'official' },
        { name: 'سامر خالد العلي', role: 'detainee', attrs: { prison: 'mezzeh-airport' } },
      ]);
      expectMentions('Brigadier General Ali Mamlouk ordered the arrest of Yusuf Omar in 2012.', [
        { name: 'Ali Mamlouk', role: 'official' },
        { name: 'Yusuf Omar', role: 'detainee', attrs: { arrestYear: 2012 } },
      ]);
      expectMentions('Bashar al-Assad fled to Moscow as rebels opened the gates of Saydnaya.', [{ name: 'Bashar al-Assad', role: 'official' }]);
      expectMentions('Le régime de Bachar al-Assad a libéré Jamal Sulaiman, détenu depuis 2012 à Saydnaya.', [
        { name: 'Bachar al-Assad', role: 'official' },
        { name: 'Jamal Sulaiman', role: 'released', attrs: { arrestYear: 2012, prison: 'saydnaya', releaseDate: null } },
      ]);
      const text = 'Ali Mamlouk and Jamil Hassan are wanted by French justice for the deaths of Mazen Dabbagh and his son Patrick.';
      expect(roles(text).slice(0, 3)).toEqual([
        ['Ali Mamlouk', 'official'],
        ['Jamil Hassan', 'official'],
        ['Mazen Dabbagh', 'dead'],
      ]);
      expect(
        extractMentions(text)
          .slice(3)
          .map((m) => [m.name, m.partial]),
      ).toEqual([['Patrick', true]]);
    });

    it('reads an official title before or after a name', () => {
      expectMentions('وكان مدير السجن العميد طلعت محفوض يشرف على الإعدامات', [{ name: 'طلعت محفوض', role: 'official' }]);
      expectMentions('Colonel Samer Ibrahim, head of Branch 215, oversaw the interrogations.', [{ name: 'Samer Ibrahim', role: 'official' }]);
      expectMentions('Karim Haddad, the prison director, refused to comment.', [{ name: 'Karim Haddad', role: 'official' }]);
      expectMentions('القاضي محمد كنجو حسن أصدر أحكام الإعدام بحق آلاف المعتقلين', [{ name: 'محمد كنجو حسن', role: 'official' }]);
      // "the new governor", "the prison's warden", "who headed", a government's spokesman.
      expectMentions('Omar Haddad, the new governor of Damascus, visited Saydnaya.', [{ name: 'Omar Haddad', role: 'official' }]);
      expectMentions("Omar Haddad, the prison's warden, was seen fleeing.", [{ name: 'Omar Haddad', role: 'official' }]);
      expectMentions('Omar Haddad, who headed the Palestine Branch, fled to Russia.', [{ name: 'Omar Haddad', role: 'official' }]);
      expectMentions('Omar Haddad, a spokesman for the new government, said 100,000 people were missing.', [{ name: 'Omar Haddad', role: 'official' }]);
      expectMentions('Omar Haddad, qui dirigeait la branche 215, a fui en Russie.', [{ name: 'Omar Haddad', role: 'official' }], 'fr');
    });

    it('never takes a governorate («محافظة») for its governor («محافظ»)', () => {
      expectMentions('محمد الحداد، من محافظة درعا، اعتقل عام 2012.', [
        { name: 'محمد الحداد', role: 'detainee', attrs: { hometown: 'درعا', arrestYear: 2012 } },
      ]);
      expectMentions('أفرج عن أحمد العلي ابن محافظة إدلب من سجن صيدنايا.', [{ name: 'أحمد العلي', role: 'released', attrs: { prison: 'saydnaya' } }]);
      expectMentions('قال محافظ درعا أحمد العلي إن المعتقلين سيعودون.', [{ name: 'أحمد العلي', role: 'official' }]);
    });

    it('keeps a detained or defected officer a detainee', () => {
      expectMentions('اعتقل العقيد المنشق حسين هرموش عام 2011 وما زال مصيره مجهولاً', [{ name: 'حسين هرموش', role: 'missing', attrs: { arrestYear: 2011 } }]);
      expectMentions('المعتقل النقيب خالد محمود الأسعد توفي في صيدنايا', [{ name: 'خالد محمود الأسعد', role: 'dead' }]);
      expectMentions('Security forces arrested former prison director Samer Hamdan in Latakia.', [{ name: 'Samer Hamdan', role: 'official' }]);
    });

    it('keeps sentenced or arrested perpetrators officials', () => {
      expectMentions("L'ancien chef de la sécurité Anwar Raslan a été condamné à la prison à vie à Coblence.", [{ name: 'Anwar Raslan', role: 'official' }]);
      expectMentions('Syrian authorities arrested Atef Najib, the former head of Political Security in Daraa.', [{ name: 'Atef Najib', role: 'official' }]);
      expectMentions('A military court sentenced Kamal Labwani to 12 years.', [{ name: 'Kamal Labwani', role: 'detainee' }]);
    });

    it('lets a detainee cue win over a common name that a figure also has', () => {
      expectMentions('أفرج عن المعتقل علاء موسى من سجن عدرا', [{ name: 'علاء موسى', role: 'released' }]);
    });

    it('keeps famous disappeared activists missing', () => {
      expectMentions('Razan Zaitouneh, a prominent human rights lawyer, was abducted in Douma in December 2013. Her fate remains unknown.', [
        { name: 'Razan Zaitouneh', role: 'missing', attrs: { arrestYear: 2013 } },
      ]);
    });
  });

  describe('journalists, lawyers and witnesses who speak', () => {
    it('keeps a lawyer who speaks for detainees or their families no former prisoner', () => {
      expect(people("Omar Haddad, a lawyer who represents detainees' families, said the lists were incomplete.", 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad, who defends detainees, said the lists were incomplete.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad and Fadi Khalil, detainees at Saydnaya, were freed.', 'en')).toEqual(['Omar Haddad=released', 'Fadi Khalil=released']);
    });

    it('gives speakers the role other', () => {
      expectMentions('قال الناشط مازن درويش إن المعتقل حسان سعيد توفي في صيدنايا عام ٢٠١٤', [
        { name: 'مازن درويش', role: 'other', attrs: { deathDate: null } },
        { name: 'حسان سعيد', role: 'dead', attrs: { prison: 'saydnaya', deathDate: '2014' } },
      ]);
      expectMentions('Selon l’avocat Michel Shammas, le juge Mohammed Kanjo Hassan a condamné des milliers de détenus.', [
        { name: 'Michel Shammas', role: 'other' },
        { name: 'Mohammed Kanjo Hassan', role: 'official' },
      ]);
      expectMentions('Human Rights Watch researcher Sara Kayyali told Al Jazeera that families deserve answers.', [{ name: 'Sara Kayyali', role: 'other' }]);
      expectMentions('بحسب مدير الشبكة السورية فضل عبد الغني فإن أكثر من 100 ألف شخص لا يزالون مختفين قسرياً.', [{ name: 'فضل عبد الغني', role: 'other' }]);
    });

    it('still reads a speaking survivor as released', () => {
      expectMentions('Former detainee Omar Alshogre, who survived Saydnaya, testified before the US Congress.', [
        { name: 'Omar Alshogre', role: 'released', attrs: { prison: 'saydnaya' } },
      ]);
      expectMentions('المعتقلة المفرج عنها نورا الأحمد: "قضيت 7 سنوات في فرع فلسطين"', [
        { name: 'نورا الأحمد', role: 'released', attrs: { prison: 'branch-235' } },
      ]);
    });
  });

  describe('appeals', () => {
    it('reads a demand for release as someone still held', () => {
      expectMentions('نطالب بالإفراج عن المعتقل يوسف الحلبي المعتقل منذ عام ١٤٣٤ هـ', [{ name: 'يوسف الحلبي', role: 'detainee', attrs: { arrestYear: 2013 } }]);
      expectMentions('عائلة الشاب أيهم غزول تطالب بالإفراج عنه', [{ name: 'أيهم غزول', role: 'detainee' }]);
      expectMentions('Free Ahmad Darwish! Detained since 2011 for peaceful protest.', [
        { name: 'Ahmad Darwish', role: 'detainee', attrs: { arrestYear: 2011 } },
      ]);
      expectMentions('Activists are calling for the release of Tal al-Mallohi, jailed since 2009.', [
        { name: 'Tal al-Mallohi', role: 'detainee', attrs: { arrestYear: 2009 } },
      ]);
      expectMentions('لم يفرج عن المعتقل عمار الحسن حتى الآن', [{ name: 'عمار الحسن', role: 'detainee' }]);
    });

    it('reads "who knows anything about" posts as missing', () => {
      expectMentions('هذا الشاب اسمه عمر عبد الله السعيد، مواليد 1995، من ريف إدلب، معتقل من 2015 بفرع الخطيب، الرجاء لمن يعرف عنه شيئاً التواصل', [
        { name: 'عمر عبد الله السعيد', role: 'missing', attrs: { birthYear: 1995, arrestYear: 2015, hometown: 'ريف إدلب', prison: 'branch-251' } },
      ]);
      expectMentions('نشرت صفحة "معتقلي داريا" صورة للمعتقل المفقود باسل خالد شحادة وتطالب من لديه معلومات عنه بالتواصل.', [
        { name: 'باسل خالد شحادة', role: 'missing' },
      ]);
    });

    it('reads a family that searches for him, in any word order and among the freed, as his being missing', () => {
      const read = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role}`);
      expect(read('اعتقل محمد الحداد عام 2012، وبحثت عائلته عنه في كل السجون.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(read('اعتقل محمد الحداد عام 2012. ويبحث أهله عنه بين المفرج عنهم.', 'ar')).toEqual(['محمد الحداد=missing']);
      // Searching the prisons and morgues, knocking on every door, news sought in vain, alive or dead.
      expect(read('اعتقل محمد الحداد عام 2012، ومنذ سقوط النظام تبحث عائلته في السجون والمشافي.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(read('Omar Haddad was arrested in 2012. Since the fall of the regime his family has searched prisons and morgues.', 'en')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(read('Omar Haddad a été arrêté en 2012. Depuis la chute du régime, sa famille fouille les prisons.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His wife has knocked on every door.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad a été arrêté en 2012. Sa femme frappe à toutes les portes.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His family paid middlemen for news of him, in vain.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Personne ne sait s'il est vivant ou mort.", 'fr')).toEqual(['Omar Haddad=missing']);
      // An arrest never acknowledged, contact lost, a place of detention unknown, no death certificate, a sighting told by another.
      expect(read('Omar Haddad was arrested in 2012. The government never acknowledged his arrest.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Le régime n'a jamais reconnu l'avoir arrêté.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His family lost all contact with him.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad a été arrêté en 2012. Sa famille a perdu tout contact avec lui.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad a été arrêté en 2012. Son lieu de détention est inconnu.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His family never received a death certificate.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Sa famille n'a reçu ni certificat de décès ni nouvelles.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('اعتقل محمد الحداد عام 2012، ولم تتسلم عائلته شهادة وفاة ولا أي خبر عنه.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(read('Omar Haddad a été arrêté en 2012. Sa famille a reçu un certificat de décès en 2018.', 'fr')).toEqual(['Omar Haddad=dead']);
      expect(read('Omar Haddad was arrested in 2012. A released cellmate says he saw him in Saydnaya in 2015.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Un codétenu libéré dit l'avoir vu à Saydnaya en 2015.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('اعتقل محمد الحداد عام 2012، وقال معتقل مفرج عنه إنه رآه في صيدنايا عام 2015.', 'ar')).toEqual(['محمد الحداد=missing']);
      // None of them came back; a mother who still does not know where he is.
      expect(read("Omar Haddad, Fadi Khalil et Sami Nasser ont été arrêtés en 2012. Aucun n'est revenu.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=missing',
        'Sami Nasser=missing',
      ]);
      expect(read('Omar Haddad and Fadi Khalil were arrested in 2012. None has returned.', 'en')).toEqual(['Omar Haddad=missing', 'Fadi Khalil=missing']);
      expect(read('Omar Haddad a été arrêté en 2012. Sa mère ne sait toujours pas où il est.', 'fr')).toEqual(['Omar Haddad=missing']);
      // His name nowhere, a family living in uncertainty, silence.
      expect(read("Omar Haddad a été arrêté à un barrage en 2012. Depuis, son nom n'apparaît nulle part.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté à un barrage en 2012. Depuis, sa famille vit dans l'incertitude.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté à un barrage en 2012. Depuis, c'est le silence.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested at a checkpoint in 2012. His name appears nowhere.', 'en')).toEqual(['Omar Haddad=missing']);
      // "X, whose son has been missing": the son's fate, X his family; "whose mother has no news": X is gone.
      expect(read('Fatima Haddad, whose son has been missing since 2013, spoke at the conference.', 'en')).toEqual(['Fatima Haddad=relative']);
      expect(read('Fatima Haddad, 52, whose two sons vanished in 2012, told reporters she still hopes.', 'en')).toEqual(['Fatima Haddad=relative']);
      expect(read('Omar Haddad, whose brother disappeared in 2013, has campaigned for the missing ever since.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(read('Fatima Haddad still does not know what happened to her husband.', 'en')).toEqual(['Fatima Haddad=relative']);
      expect(read('Fatima Haddad ne sait toujours pas ce qui est arrivé à son mari.', 'fr')).toEqual(['Fatima Haddad=relative']);
      // «الذي اعتقل شقيقه»: "whose brother was arrested", in Arabic.
      expect(read('محمد الحداد، الذي اعتقل شقيقه عام 2012، يطالب بمحاسبة المسؤولين.', 'ar')).toEqual(['محمد الحداد=relative']);
      expect(read('فاطمة العلي، التي قتل ابنها تحت التعذيب، تطالب بالعدالة.', 'ar')).toEqual(['فاطمة العلي=relative']);
      expect(read('محمد الحداد، الذي اعتقل عام 2012، خرج من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
      // "Mother of three detainees" right after the name; news awaited "of her husband".
      expect(read('فاطمة الحداد أم لثلاثة معتقلين مختفين قسرياً.', 'ar')).toEqual(['فاطمة الحداد=relative']);
      expect(read('فاطمة الحداد أم لطفلين، اعتقلت عام 2013.', 'ar')).toEqual(['فاطمة الحداد=detainee']);
      expect(read('Fatima Haddad attend toujours des nouvelles de son mari, arrêté en 2012.', 'fr')).toEqual(['Fatima Haddad=relative']);
      // A relative in apposition to "X's mother" who searches for "him" makes X the one missing; what she says
      // "he" went through is X's, not her own story.
      expect(read('والدة محمد الحداد، فاطمة العلي، تبحث عنه منذ 2013.', 'ar')).toEqual(['محمد الحداد=missing', 'فاطمة العلي=relative']);
      expect(read("Omar Haddad's mother, Fatima Ali, has been searching for him since 2013.", 'en')).toEqual(['Omar Haddad=missing', 'Fatima Ali=relative']);
      expect(read('Fatima Ali, the mother of Omar Haddad, says he was arrested in 2012.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
      const mother = read("Fatima Ali, Omar Haddad's mother, says he was arrested in 2012.", 'en');
      expect(mother).toContain('Omar Haddad=detainee');
      expect(mother).not.toContain('Fatima Ali=released');
      // One who asks for "his" release is not the one held; his family asking is.
      expect(read('Omar Haddad was arrested in 2012. Fatima Ali demanded his release.', 'en')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=other']);
      expect(read('اعتقل محمد الحداد عام 2012. وطالبت فاطمة العلي بالإفراج عنه.', 'ar')).toEqual(['محمد الحداد=detainee', 'فاطمة العلي=other']);
      expect(read('Fatima Ali demanded the release of Omar Haddad.', 'en')).toEqual(['Fatima Ali=other', 'Omar Haddad=detainee']);
      expect(read("Omar Haddad's family demanded his release.", 'en')).toEqual(['Omar Haddad=detainee']);
      // The one who does not know where he is, named before, is his family, not missing.
      expect(read('Fatima Khalil ne sait pas où est son fils Omar Haddad, arrêté en 2012.', 'fr')).toEqual(['Fatima Khalil=relative', 'Omar Haddad=missing']);
      expect(read('Fatima Khalil does not know where her son Omar Haddad is.', 'en')).toEqual(['Fatima Khalil=relative', 'Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His mother searched for him among the released prisoners.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His mother searched for him among the freed.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Sa mère l'a cherché parmi les détenus libérés, en vain.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read("Omar Haddad a été arrêté en 2012. Sa mère n'a jamais su ce qu'il était devenu.", 'fr')).toEqual(['Omar Haddad=missing']);
      // «ce qu'il était devenu» alone may be what a freed man had become.
      expect(read("Libéré en 2024, Omar Haddad ne reconnaissait pas ce qu'il était devenu.", 'fr')).toEqual(['Omar Haddad=released']);
      expect(read('Omar Haddad was detained in 2012. Since then, there has been no word.', 'en')).toEqual(['Omar Haddad=missing']);
      // Seen for the last time, reportedly seen, a family still waiting or asking for the truth.
      expect(read('His mother saw Omar Haddad for the last time in a Syrian prison in 1990.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was reportedly seen in Saydnaya in 2000.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 1982. Forty years later, his family is still waiting.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad, arrêté en 1982 ; sa famille réclame toujours la vérité.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad aurait été aperçu à Saydnaya en 2000.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad a été arrêté en 1982. Quarante ans plus tard, sa famille attend encore.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(read('لم تعثر عائلة محمد الحداد على أي أثر له بعد فتح السجون.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(read('دفعت عائلة محمد الحداد آلاف الدولارات لمعرفة مكان احتجازه دون جدوى.', 'ar')).toEqual(['محمد الحداد=missing']);
      // Not on the lists of the freed: nobody knows where he is.
      expect(read('Omar Haddad was arrested in 2012. His name did not appear on any list of the released.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('Omar Haddad was arrested in 2012. His name was not on the lists of released prisoners.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(read('اعتقل محمد الحداد عام 2012، ولم يرد اسمه في قوائم المفرج عنهم.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(read('Omar Haddad, who had been missing, was among the released prisoners.', 'en')).toEqual(['Omar Haddad=released']);
      // Still a wait for a release, and still one of the freed.
      expect(read('Omar Haddad is still waiting for his release.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(read('Omar Haddad was among the released prisoners.', 'en')).toEqual(['Omar Haddad=released']);
    });
  });

  describe('English and French news', () => {
    it('reads names after and before cues', () => {
      expectMentions('The regime released Mohammed al-Khatib on Monday.', [{ name: 'Mohammed al-Khatib', role: 'released' }]);
      expectMentions('The Syrian Network for Human Rights documented the death of detainee Khaled Yousef Nasser under torture in Saydnaya in 2015.', [
        { name: 'Khaled Yousef Nasser', role: 'dead', attrs: { prison: 'saydnaya', deathDate: '2015' } },
      ]);
      expectMentions('Syrian activist Mazen Hamada was found dead in Saydnaya prison in December 2024, after returning to Syria in 2020.', [
        { name: 'Mazen Hamada', role: 'dead', attrs: { prison: 'saydnaya', deathDate: '2024' } },
      ]);
      expectMentions('Mohammed bin Ahmed al-Saleh, 27, from Homs, was arrested in 2012 and died in Saydnaya in 2015.', [
        {
          name: 'Mohammed bin Ahmed al-Saleh',
          role: 'dead',
          attrs: { age: 27, hometown: 'Homs', arrestYear: 2012, deathDate: '2015', prison: 'saydnaya' },
        },
      ]);
      expectMentions('Ahmad Darwish, a 34-year-old engineer from Daraya, was released from Saydnaya prison on Monday after 11 years in detention.', [
        { name: 'Ahmad Darwish', role: 'released', attrs: { age: 34, hometown: 'Daraya', prison: 'saydnaya' } },
      ]);
    });

    it('reads a coordinated list of names after "include"', () => {
      expectMentions('Detainees released on 8 December 2024 include Nour Eddin Khatib, Fadi Saqr and Bassel Safadi.', [
        { name: 'Nour Eddin Khatib', role: 'released', attrs: { releaseDate: '2024-12-08' } },
        { name: 'Fadi Saqr', role: 'released', attrs: { releaseDate: '2024-12-08' } },
        { name: 'Bassel Safadi', role: 'released', attrs: { releaseDate: '2024-12-08' } },
      ]);
    });

    it('keeps a given name that is also a cue word inside a name', () => {
      expect(roles('The detainee Ahmad Said was released, his lawyer said.')).toEqual([['Ahmad Said', 'released']]);
    });

    it('does not read an active verb as what happened to its subject', () => {
      expect(roles('Omar Hassan released a statement on Monday')).toEqual([['Omar Hassan', 'other']]);
      expect(roles('Ahmad Darwish opened a bakery in Damascus')).toEqual([['Ahmad Darwish', 'other']]);
    });

    it('reads French cues', () => {
      expectMentions('Le détenu Karim Nasser, 28 ans, a été libéré le 8 décembre 2024 de la prison de Saydnaya.', [
        { name: 'Karim Nasser', role: 'released', attrs: { age: 28, releaseDate: '2024-12-08', prison: 'saydnaya' } },
      ]);
      expectMentions('Le militant Ghiath Matar est mort sous la torture en 2011, quelques jours après son arrestation à Daraya.', [
        { name: 'Ghiath Matar', role: 'dead', attrs: { deathDate: '2011' } },
      ]);
      expectMentions('Hussein Issa, 52 ans, originaire de Hama, a été libéré de la prison d’Adra le 9 décembre 2024.', [
        { name: 'Hussein Issa', role: 'released', attrs: { age: 52, hometown: 'Hama', prison: 'adra', releaseDate: '2024-12-09' } },
      ]);
      expectMentions('La famille de Rim Khaled, disparue en 2014, réclame la vérité.', [{ name: 'Rim Khaled', role: 'missing', attrs: { arrestYear: 2014 } }]);
    });

    it('carries a next sentence about the same people', () => {
      expectMentions(
        'Razan Zaitouneh was abducted in Douma in December 2013 along with Samira Khalil, Wael Hamada and Nazem Hammadi. Their fate remains unknown.',
        [
          { name: 'Razan Zaitouneh', role: 'missing' },
          { name: 'Samira Khalil', role: 'missing' },
          { name: 'Wael Hamada', role: 'missing' },
          { name: 'Nazem Hammadi', role: 'missing' },
        ],
      );
    });
  });

  describe('more shapes of real posts', () => {
    it('reads a form-style appeal', () => {
      const text =
        '📢 مناشدة إنسانية\nالمعتقل: عبد الكريم ياسين الشيخ\nمواليد: 1987\nمن: مدينة معرة النعمان\nتاريخ الاعتقال: 3/5/2013\nآخر مكان شوهد فيه: سجن صيدنايا\nلمن لديه أي معلومة التواصل مع العائلة';
      expectMentions(text, [
        {
          name: 'عبد الكريم ياسين الشيخ',
          role: 'detainee',
          attrs: { hometown: 'معرة النعمان', birthYear: 1987, arrestYear: 2013, prison: 'saydnaya' },
        },
      ]);
    });

    it('reads a release verb whose subject stands before «من السجن»', () => {
      expectMentions('بالصور | لحظة خروج المعتقل رياض الأسعد من سجن صيدنايا ولقائه بوالدته الحاجة أم رياض', [
        { name: 'رياض الأسعد', role: 'released', attrs: { prison: 'saydnaya' } },
        { name: 'أم رياض', role: 'relative' },
      ]);
      expectMentions('خرجت أم محمد الحوراني من سجن عدرا بعد خمس سنوات', [{ name: 'أم محمد الحوراني', role: 'released', attrs: { prison: 'adra' } }]);
    });

    it('ends a name at a profession noun and skips an abbreviated title', () => {
      expectMentions('د. رامي سليمان طبيب الأسنان من حماة مغيب منذ 2013', [
        { name: 'رامي سليمان', role: 'missing', attrs: { hometown: 'حماة', arrestYear: 2013 } },
      ]);
    });

    it('gives the names after a colon what the words before it say', () => {
      expectMentions('عاجل: الإفراج عن 3 معتقلين من أبناء مدينة التل: علاء الدين محمد، سمير خليل الحاج، عبد الرحمن يوسف', [
        { name: 'علاء الدين محمد', role: 'released', attrs: { hometown: 'التل' } },
        { name: 'سمير خليل الحاج', role: 'released', attrs: { hometown: 'التل' } },
        { name: 'عبد الرحمن يوسف', role: 'released', attrs: { hometown: 'التل' } },
      ]);
    });

    it('takes the role of cue-less list lines from a closing hashtag line', () => {
      expectMentions('محمد الخطيب - داريا\nأحمد سعيد - دوما\n#المفرج_عنهم #صيدنايا', [
        { name: 'محمد الخطيب', role: 'released', attrs: { hometown: 'داريا', prison: 'saydnaya' } },
        { name: 'أحمد سعيد', role: 'released', attrs: { hometown: 'دوما', prison: 'saydnaya' } },
      ]);
    });

    it('reads kunyas with an «ال» word, compound given names and feminine cues', () => {
      expectMentions('الله يرحمك يا أبو العبد، ضحيت بحياتك لأجلنا', [{ name: 'أبو العبد', role: 'dead' }]);
      expectMentions('يا رب ترجعلي أمي فاطمة الزهراء العلي، مخطوفة من ٢٠١٤', [{ name: 'فاطمة الزهراء العلي', role: 'missing', attrs: { arrestYear: 2014 } }]);
    });

    it('calls an abducted person missing unless another cue says where he is or what became of him', () => {
      expectMentions('Omar Haddad was abducted at a checkpoint near Homs in 2014.', [{ name: 'Omar Haddad', role: 'missing', attrs: { arrestYear: 2014 } }]);
      expectMentions('Omar Haddad was abducted in 2014 and is still held in Adra prison.', [{ name: 'Omar Haddad', role: 'detainee' }]);
      expectMentions('Omar Haddad, kidnapped in 2014, was released on Monday.', [{ name: 'Omar Haddad', role: 'released' }]);
      // An abduction elsewhere in the post does not make a held man missing.
      expectMentions('Omar Haddad is held in Adra prison. Gunmen abducted two aid workers in Idlib last year.', [{ name: 'Omar Haddad', role: 'detainee' }]);
    });

    it('calls someone a relative when an appositive or a search says so, and leaves the searched-for missing', () => {
      expectMentions('Lina Haddad, the sister of Omar Haddad, spoke to us. Omar Haddad disappeared in 2013.', [
        { name: 'Lina Haddad', role: 'relative' },
        { name: 'Omar Haddad', role: 'missing' },
        { name: 'Omar Haddad', role: 'missing' },
      ]);
      expectMentions('قالت لينا الحداد، شقيقة المعتقل عمر الحداد، إن أخاها مغيب منذ 2013', [
        { name: 'لينا الحداد', role: 'relative' },
        { name: 'عمر الحداد', role: 'missing' },
      ]);
      expectMentions('Wafa Mustafa, whose father Ali Mustafa was forcibly disappeared in 2013, campaigns for the missing.', [
        { name: 'Wafa Mustafa', role: 'relative' },
        { name: 'Ali Mustafa', role: 'missing' },
      ]);
      expectMentions('Fatima Haddad has been looking for her son since he disappeared at a checkpoint in 2013.', [{ name: 'Fatima Haddad', role: 'relative' }]);
      expectMentions("Omar Haddad's mother, Fatima, has been searching for him since his arrest in 2013.", [
        { name: 'Omar Haddad', role: 'missing' },
        { name: 'Fatima', role: 'relative' },
      ]);
      // A name in apposition to "X's mother" / «la mère de X» is X's relative; its own verb still decides.
      const fatima = extractMentions("La mère d'Omar Haddad, Fatima, ne l'a pas revu depuis 2013.", 'fr').find((m) => m.name === 'Fatima');
      expect(fatima?.role).toBe('relative');
      // «هو الآخر», "too", «lui aussi» between a name and its cue.
      expectMentions('وأكد أحمد سليمان أن عمر الحداد هو الآخر معتقل منذ 2012', [
        { name: 'أحمد سليمان', role: 'other' },
        { name: 'عمر الحداد', role: 'detainee' },
      ]);
      expectMentions(
        "Le frère d'Omar Haddad, Ahmad Suleiman, a été libéré en 2015.",
        [
          { name: 'Omar Haddad', role: 'relative' },
          { name: 'Ahmad Suleiman', role: 'released' },
        ],
        'fr',
      );
      expectMentions("Lina Haddad's husband, Omar Haddad, disappeared in 2013.", [
        { name: 'Lina Haddad', role: 'relative' },
        { name: 'Omar Haddad', role: 'missing' },
      ]);
      expectMentions(
        "Depuis l'arrestation d'Omar Haddad en 2013, Fatima Ahmad le recherchait dans toutes les prisons.",
        [
          { name: 'Omar Haddad', role: 'missing' },
          { name: 'Fatima Ahmad', role: 'relative' },
        ],
        'fr',
      );
      // A possessive appositive names the one the post is about; a mother's name after the name is hers.
      expectMentions('For 11 years his mother never stopped asking about Omar Haddad, her son, missing since 2013.', [
        { name: 'Omar Haddad', role: 'missing' },
      ]);
      expectMentions('المفرج عنهم من سجن عدرا:\n- خالد مصطفى النجار، والدته سميرة، تولد ١٩٧٩', [
        { name: 'خالد مصطفى النجار', role: 'released' },
        { name: 'سميرة', role: 'relative' },
      ]);
    });

    it('reads a lone given name whose role verb follows an auxiliary as a partial name', () => {
      const [iyad] = expectMentions('Iyad est mort sous la torture en 2014.', [{ name: 'Iyad', role: 'dead' }], 'fr');
      expect(iyad.partial).toBe(true);
      expectMentions('Suleiman has been held in Adra since 2012.', [{ name: 'Suleiman', role: 'detainee' }]);
      // A given name that is also a word ("hala") needs its own verb.
      expectMentions('Hala was released last week after two years in Adra.', [{ name: 'Hala', role: 'released' }]);
    });

    it('calls someone killed by a shell, a sniper or a bombing outside detention other, not dead in detention', () => {
      expectMentions('توفيت سعاد الأحمد متأثرة بإصابتها جراء قذيفة سقطت على منزلها في حي المالكي', [{ name: 'سعاد الأحمد', role: 'other' }]);
      expectMentions('Omar Haddad was killed by sniper fire during a protest in Daraa.', [{ name: 'Omar Haddad', role: 'other' }]);
      expectMentions('Khaled Ahmad est mort sous les bombardements à Douma en 2018.', [{ name: 'Khaled Ahmad', role: 'other' }], 'fr');
      // Killed at a protest or in combat.
      expectMentions("Omar Haddad a été tué lors d'une manifestation à Deraa en 2011.", [{ name: 'Omar Haddad', role: 'other' }], 'fr');
      expectMentions('Omar Haddad est mort au combat en 2014.', [{ name: 'Omar Haddad', role: 'other' }], 'fr');
      expectMentions('استشهد محمد الحداد خلال مظاهرة في درعا عام 2011.', [{ name: 'محمد الحداد', role: 'other' }]);
      expectMentions("Omar Haddad a été arrêté lors d'une manifestation en 2011 et est mort sous la torture.", [{ name: 'Omar Haddad', role: 'dead' }], 'fr');
      // Custody in the sentence, or hunger (detainees starve too), keeps the death in detention.
      expectMentions('Omar Haddad, arrested in 2012, was killed by shelling that hit Adra prison in 2016.', [{ name: 'Omar Haddad', role: 'dead' }]);
      expectMentions('وأشار إلى أن رفيقه في المهجع عماد الصالح توفي أمامه جوعاً.', [{ name: 'عماد الصالح', role: 'dead' }]);
    });

    it('calls the one whose father or brother is named next a relative, and reads missing from "no news" idioms', () => {
      expectMentions(
        'Wafa Mustafa milite pour la libération de son père, Ali Mustafa, disparu depuis juillet 2013.',
        [
          { name: 'Wafa Mustafa', role: 'relative' },
          { name: 'Ali Mustafa', role: 'missing' },
        ],
        'fr',
      );
      expectMentions('Obeida Dabbagh, a French-Syrian student, and his father Mazen were arrested in Damascus in November 2013.', [
        { name: 'Obeida Dabbagh', role: 'detainee' },
        { name: 'Mazen', role: 'detainee' },
      ]);
      expectMentions('Amina Khoulani, dont les trois frères sont morts en détention, témoigne à Genève.', [{ name: 'Amina Khoulani', role: 'relative' }], 'fr');
      expectMentions(
        "Khalil Matouq, avocat des droits humains, n'a plus donné signe de vie depuis octobre 2012.",
        [{ name: 'Khalil Matouq', role: 'missing' }],
        'fr',
      );
      expectMentions(
        "Yahya Charbaji a été arrêté en 2011 ; sa famille n'a plus jamais eu de ses nouvelles.",
        [{ name: 'Yahya Charbaji', role: 'missing' }],
        'fr',
      );
    });

    it('calls a speaker who tells of her own father or son taken a relative', () => {
      expectMentions('"My father was taken from our home in 2014," said Hiba Saleh. "We have heard nothing since."', [
        { name: 'Hiba Saleh', role: 'relative' },
      ]);
      expectMentions('«اعتقلوا أخي عام 2013 ولم نعرف عنه شيئا»، تقول سلمى الحسن', [{ name: 'سلمى الحسن', role: 'relative' }]);
      expectMentions('« Mon fils a été arrêté en 2012 », raconte Fatima Ahmad.', [{ name: 'Fatima Ahmad', role: 'relative' }], 'fr');
      // His own arrest told with his brother in it is no relative's story.
      const [omar] = extractMentions('"I was arrested in 2012 with my brother," said Omar Haddad.');
      expect(omar.role).not.toBe('relative');
    });

    it('reads no hometown from an everyday word after «من», and the home named after «منزلهما في»', () => {
      expectMentions('تمكنت عائلة المعتقل عبد الرحمن الأحمد من التعرف على صورته ضمن صور قيصر.', [
        { name: 'عبد الرحمن الأحمد', role: 'dead', attrs: { hometown: null } },
      ]);
      expectMentions('اعتقلت قوات الأمن الشاب أحمد الخطيب من منزله في حي الوعر بحمص.', [
        { name: 'أحمد الخطيب', role: 'detainee', attrs: { hometown: 'الوعر' } },
      ]);
      expectMentions('اعتقلت قوات الأمن الشابين محمد وأحمد الخطيب من منزلهما في حي الوعر بحمص.', [
        { name: 'محمد', role: 'detainee', attrs: { hometown: 'الوعر' } },
        { name: 'أحمد الخطيب', role: 'detainee', attrs: { hometown: 'الوعر' } },
      ]);
    });

    it('reads a general after «اللواء» as an official, and a brigade named after someone as no person', () => {
      expectMentions('أعلنت إدارة العمليات العسكرية القبض على اللواء محمد خضور المتهم بتعذيب المعتقلين.', [{ name: 'محمد خضور', role: 'official' }]);
      expectMentions('انشق عن لواء محمد الفاتح عدد من العناصر', []);
    });

    it('reads missing from a fate or whereabouts nobody knows, after an arrest', () => {
      expectMentions('Khaled Issa was arrested at a checkpoint in 2012. Nobody knows whether he is still alive.', [{ name: 'Khaled Issa', role: 'missing' }]);
      expectMentions('Relatives of Samer Khalil, who was taken by security forces in 2014, still do not know his fate.', [
        { name: 'Samer Khalil', role: 'missing' },
      ]);
      expectMentions("Yahya Haddad a été arrêté en 2011 ; sa mère ne sait pas s'il est encore en vie.", [{ name: 'Yahya Haddad', role: 'missing' }], 'fr');
    });

    it('reads a return to the family as a release and "last seen" in dialect as missing', () => {
      expectMentions('عاجل | وصول المعتقل محمد الصالح إلى أهله في مدينة سراقب بعد 12 عاما من الاعتقال', [{ name: 'محمد الصالح', role: 'released' }]);
      expectMentions('يا ريت حدا يعرف شي عن أخي محمد خالد السلوم، آخر مرة شفناه بفرع فلسطين سنة 2014', [
        { name: 'محمد خالد السلوم', role: 'missing', attrs: { prison: 'branch-235' } },
      ]);
      expectMentions(
        'والد المعتقل محمد عادل الشيخ يناشد: ابني اعتقل على حاجز في جرمانا سنة 2013، ومن وقتها ما منعرف عنه شي. إذا حدا شافه بصيدنايا أو بغيرها يتواصل معنا',
        [{ name: 'محمد عادل الشيخ', role: 'missing', attrs: { arrestYear: 2013 } }],
      );
      // A body handed back to the family is a death, not a release.
      expectMentions('سلمت جثة المعتقل محمد الصالح إلى أهله بعد شهر من اعتقاله', [{ name: 'محمد الصالح', role: 'dead' }]);
    });

    it('gives a later "his death", «son corps» or «جثته» to the last person named before it', () => {
      expectMentions('Mahmoud Mawid had been arrested in Mazzeh five months earlier. His death was reported on Monday.', [
        { name: 'Mahmoud Mawid', role: 'dead' },
      ]);
      expectMentions(
        "Hamzeh al-Khatib avait été interpellé le 21 avril à Deraa, et son corps n'a été restitué à ses proches que le 25 mai.",
        [{ name: 'Hamzeh al-Khatib', role: 'dead' }],
        'fr',
      );
      expectMentions('اعتقل الشاب محمد الصالح على حاجز القطيفة عام 2013. وبعد عامين تسلم أهله جثته من المشفى العسكري.', [
        { name: 'محمد الصالح', role: 'dead' },
      ]);
      // "the body of his brother, Omar" is Omar's, not the one named before.
      expectMentions('Ahmad Darwish was arrested in 2013. His brother identified the body of Omar Darwish in the Caesar photos.', [
        { name: 'Ahmad Darwish', role: 'detainee' },
        { name: 'Omar Darwish', role: 'dead' },
      ]);
    });

    it('does not take a family speaking of a detainee for the detainee telling his own story', () => {
      expectMentions('The family of Omar Haddad, from Daraya, says he was arrested in 2012.', [
        { name: 'Omar Haddad', role: 'detainee', attrs: { hometown: 'Daraya' } },
      ]);
    });

    it('calls a researcher named after her organisation other, even when what she says speaks of detainees', () => {
      expectMentions('وقالت الباحثة في منظمة هيومن رايتس ووتش سارة الكيالي إن المعتقلين تعرضوا للتعذيب.', [{ name: 'سارة الكيالي', role: 'other' }]);
      // A journalist can be the one arrested.
      expectMentions('اعتقلت قوات الأمن الصحفي في قناة الجزيرة محمد الخطيب عام 2012', [{ name: 'محمد الخطيب', role: 'detainee' }]);
    });

    it('does not read a name made only of everyday words', () => {
      expectMentions('وثقت الشبكة مقتل معتقل خارج إطار القانون في سجن صيدنايا', []);
      expectMentions('اعتقلت دورية خارج إطار القانون الشاب أحمد سعيد', [{ name: 'أحمد سعيد', role: 'detainee' }]);
    });

    it('does not read a ministry or a nationality as a name', () => {
      expectMentions('أعلنت وزارة الداخلية السورية القبض على العميد أحمد الخليل المتهم بارتكاب جرائم تعذيب في فرع المنطقة', [
        { name: 'أحمد الخليل', role: 'official' },
      ]);
      expectMentions("Father Paolo Dall'Oglio, an Italian Jesuit priest, disappeared in Raqqa in 2013.", [
        { name: "Paolo Dall'Oglio", role: 'missing', attrs: { arrestYear: 2013 } },
      ]);
    });

    it('keeps a relative named in a later sentence apart from the detainee', () => {
      expectMentions(
        'In 2012, Mohammad Ali Ibrahim was arrested at his university in Aleppo. Twelve years later, his mother Hanan Youssef still waits for news.',
        [
          // twelve years of waiting for news: his fate is unknown (GUIDE.md: missing)
          { name: 'Mohammad Ali Ibrahim', role: 'missing' },
          { name: 'Hanan Youssef', role: 'relative' },
        ],
      );
    });
  });

  describe('names from the gazetteer with no cue', () => {
    it('finds them with a lower confidence and the role other', () => {
      const m = only('محمد أحمد الخطيب من داريا يحب كرة القدم');
      expect(m).toMatchObject({ name: 'محمد أحمد الخطيب', role: 'other', cues: [] });
      expect(m.confidence).toBeLessThan(0.6);
      expect(only('Ahmad Darwish opened a bakery in Damascus').confidence).toBeLessThan(0.6);
    });

    it('takes the role from cues elsewhere in the sentence', () => {
      expectMentions('وكان محمد سعيد الأحمد قد اعتقل عام 2012 على حاجز في حمص', [{ name: 'محمد سعيد الأحمد', role: 'detainee', attrs: { arrestYear: 2012 } }]);
    });

    it('does not read common words that are also names', () => {
      expect(extractMentions('أمل كبير بأن يعود الجميع إلى بيوتهم')).toEqual([]);
      expect(extractMentions('حسن المعاملة حق لكل سجين')).toEqual([]);
    });
  });

  describe('posts that name nobody', () => {
    it.each([
      'الحرية لجميع المعتقلين في سجون النظام 🕊️ #صيدنايا #الحرية_للمعتقلين',
      'يوم أسود جديد على سوريا، النظام يعتقل العشرات في ريف دمشق',
      'مدينة داريا تستعد لاستقبال أبنائها المعتقلين المفرج عنهم',
      'الشبكة السورية لحقوق الإنسان: 157 ألف معتقل ومختفٍ قسرياً في سوريا',
      'وثقت الشبكة السورية لحقوق الإنسان مقتل 15 معتقلاً تحت التعذيب',
      'أفرج النظام عن 20 معتقلاً من سجن عدرا بموجب مرسوم العفو الأخير',
      'Breaking: Syrian regime releases dozens of detainees from Saydnaya Prison. Families gather outside Damascus.',
      'Amnesty International and Human Rights Watch called on Damascus to reveal the fate of the missing.',
      'The Caesar files contain 55,000 photos of detainees killed in custody.',
      'Le Réseau syrien des droits de l’homme recense plus de 100 000 disparus.',
    ])('%s', (text) => {
      expect(extractMentions(text)).toEqual([]);
    });
  });

  describe('Unicode and markup', () => {
    it('handles RTL marks, Arabic-Indic digits, emoji and hashtags', () => {
      const text = '\u200Fاستشهد المعتقل \u200Eمحمد الخطيب\u200F 🥀 عام ٢٠١٣ #صيدنايا';
      const m = only(text);
      expect(m.role).toBe('dead');
      expect(text.slice(m.start, m.end)).toBe(m.name);
      expect(m.attributes.deathDate).toBe('2013');
    });

    it('reads through HTML tags with exact spans', () => {
      const text = '<p class="x">أفرج عن المعتقل <b>محمد أحمد الخطيب</b> من داريا</p><br/><a href="#">released Ahmad Darwish</a>';
      expectMentions(text, [
        { name: 'محمد أحمد الخطيب', role: 'released', attrs: { hometown: 'داريا' } },
        { name: 'Ahmad Darwish', role: 'released' },
      ]);
    });

    it('reports the cue phrases as written', () => {
      expect(only('أُفْرِجَ عَنِ المُعتقَـل مُحَمَّد أحمد، بعد سنوات').cues).toEqual(['أُفْرِجَ عَنِ', 'المُعتقَـل']);
      expect(only('Former detainee Ahmad Darwish was released.').cues).toEqual(['Former detainee', 'released']);
    });
  });

  describe('confidence', () => {
    it('is higher for a name read after a cue than for a gazetteer guess', () => {
      const cued = only('أفرج عن المعتقل محمد أحمد الخطيب');
      const guessed = only('التقيت محمد أحمد الخطيب في السوق');
      expect(cued.confidence).toBeGreaterThan(guessed.confidence);
      for (const m of [cued, guessed]) {
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    });
  });

  describe('given names', () => {
    it('are the name matcher’s gazetteer: every one-word name and spelling it lists is a known given name here', () => {
      for (const row of GIVEN_NAMES) {
        for (const a of [row.ar, ...row.arVariants]) {
          const ws = phraseWords(a);
          if (ws.length === 1) expect([a, AR_GIVEN.has(ws[0])]).toEqual([a, true]);
        }
        for (const l of row.latin) {
          const ws = phraseWords(l);
          if (ws.length === 1) expect([l, LAT_GIVEN.has(ws[0])]).toEqual([l, true]);
        }
      }
    });

    it('find a name the old fallback list lacked, with no cue, in both scripts', () => {
      expect(extractMentions('التقيت شيار أحمد الخطيب في السوق').map((m) => m.name)).toEqual(['شيار أحمد الخطيب']);
      expect(extractMentions('Yesterday Shiyar Ahmad spoke to us').map((m) => m.name)).toEqual(['Shiyar Ahmad']);
    });
  });

  describe('never throws', () => {
    it('on empty and odd input', () => {
      expect(extractMentions('')).toEqual([]);
      expect(extractMentions('   \n\n  ')).toEqual([]);
      expect(extractMentions('🙏🏽🇸🇾🕊️👍')).toEqual([]);
      expect(extractMentions('\uD800المعتقل محمد\uDC00 أحمد')).toEqual(expect.any(Array));
      expect(extractMentions(undefined as unknown as string)).toEqual([]);
      expect(extractMentions(42 as unknown as string)).toEqual([]);
      expect(extractMentions('المعتقل')).toEqual([]);
      expect(extractMentions('released')).toEqual([]);
      expect(extractMentions('\u064E\u064Fالمعتقل \u0651محمد')).toEqual(expect.any(Array));
      expect(extractMentions('١-\n٢-\n:\n- \n()')).toEqual(expect.any(Array));
    });

    it('on 20k random characters, with exact spans', () => {
      let seed = 7;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const pool = [
        ...'abcXYZ éß-’\'.,:;!?؟،\n\t ٠١٢3 ـ\u064E\u0651\u200B\u202B\u200F<>/"()#_🙂',
        ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى',
        '\uD83D',
        '\uDE00',
        ' المعتقل ',
        ' أفرج عن ',
        ' عبد ',
        ' أبو ',
        ' محمد ',
        ' released ',
        ' was ',
        ' Ahmad ',
        ' al-',
        ' Darwish',
        '\n١- ',
        ' 2012 ',
        ' صيدنايا ',
        ' من داريا ',
        ' والدته ',
        ' العميد ',
      ];
      for (let run = 0; run < 3; run++) {
        let text = '';
        while (text.length < 20_000) text += pool[Math.floor(random() * pool.length)];
        const mentions = extractMentions(text);
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.name);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
        }
      }
    });
  });
  describe('rules added for headings, missing people and officials', () => {
    it('calls held someone a post is searching for', () => {
      expectMentions('ابن خالتي مروان سليم العقاد من سقبا، اعتقل عام ٢٠١٤ ولم يصلنا عنه شيء منذ ذلك الحين.', [{ name: 'مروان سليم العقاد', role: 'missing' }]);
    });

    it('keeps a third «ال» word as the family name', () => {
      expectMentions('توفي المعتقل كنان وليد الخياط من القابون تحت التعذيب.', [{ name: 'كنان وليد الخياط', role: 'dead' }]);
    });

    it('reads an emoji-marked line over a list as its heading', () => {
      const text = '🟢 أفرج عن المعتقلين التالية أسماؤهم:\n🔹 رامي فؤاد الحلبي – حمص – معتقل منذ ٢٠١٤\n🔹 زياد نبيل القاسم – حماة – معتقل منذ ٢٠١٥';
      expectMentions(text, [
        { name: 'رامي فؤاد الحلبي', role: 'released' },
        { name: 'زياد نبيل القاسم', role: 'released' },
      ]);
    });

    it('keeps an arrested official whose title stands in an appositive', () => {
      expectMentions(
        'Police arrested Nabil Fares Moussa, a former guard at the Sednaya prison, near Homs.',
        [{ name: 'Nabil Fares Moussa', role: 'official' }],
        'en',
      );
    });

    it('reads a military judge as an official', () => {
      expectMentions('Le juge militaire Karim Saleh Nassar a été arrêté à Lattaquié.', [{ name: 'Karim Saleh Nassar', role: 'official' }], 'fr');
    });
  });

  describe('rules against common words read as names', () => {
    it('never takes a common noun or adjective as a name word', () => {
      expectMentions('أفرج عن المعتقل باسل نزار من حمص، وقال شقيقه إن الفرق تبحث عن مهاجع سرية في السجن.', [{ name: 'باسل نزار', role: 'released' }]);
      expect(roles('نشرت الرابطة قائمة بأسماء ضباط متورطين في تعذيب المعتقلين.')).toEqual([]);
    });

    it('ends a kunya before an adjective', () => {
      const names = extractMentions('اعتقل الشاب طارق منير الحلو عام ٢٠١٣، وأمه أم طارق مريضة تنتظر أي خبر عنه.', 'ar').map((m) => m.name);
      expect(names).toEqual(['طارق منير الحلو', 'أم طارق']);
    });

    it('ends a name before an adverbial accusative («قائلاً»)', () => {
      expectMentions('وروى الناجي عمار بكري قائلاً: "كنا ننام واقفين".', [{ name: 'عمار بكري', role: 'released' }]);
    });

    it('keeps «السيد» as a third-word family name in a list', () => {
      expectMentions('أفرج عن المعتقلين:\n١- وسيم سامر السيد من حمص\n٢- جلال رياض الحسن من حماة', [
        { name: 'وسيم سامر السيد', role: 'released' },
        { name: 'جلال رياض الحسن', role: 'released' },
      ]);
    });

    it('reads an ambiguous given name without a cue only at the head of a three-word name', () => {
      expectMentions('من المفقودين في ريف حلب حسن إبراهيم الزعبي منذ ٢٠١٤.', [{ name: 'حسن إبراهيم الزعبي', role: 'missing' }]);
      expect(roles('وصل إلى المحكمة حسن صالح.')).toEqual([]);
    });

    it('reads an abbreviated rank with its dot as an official title', () => {
      expectMentions('Former inmates told reporters that Lt. Col. Samir Haddad ran the interrogations.', [{ name: 'Samir Haddad', role: 'official' }], 'en');
    });

    it('skips «السابق» between a title and the name', () => {
      expectMentions('يقول القاضي السابق فراس عادل النمر إن السجلات أحرقت.', [{ name: 'فراس عادل النمر', role: 'official' }]);
    });
  });

  describe('on real text', () => {
    it('reads foreign given names that the Arabic-centred lists lack', () => {
      expectMentions(
        'Journalist Gareth Whitfield was released in 2013 after eight months in captivity.',
        [{ name: 'Gareth Whitfield', role: 'released' }],
        'en',
      );
    });

    it('reads no name after a cue when neither word is a known name («طرح قضية»)', () => {
      expect(roles('وأعاد الحراك طرح قضية المعتقلين في السجون.')).toEqual([]);
      expectMentions('وأعاد المعتقل سامر قناص طرح قضية زملائه.', [{ name: 'سامر قناص', role: 'detainee' }]);
    });

    it('gives a name nothing is said of the outcome of the post it is in', () => {
      expectMentions('أفرج عن المعتقل محمد الخطيب من سجن صيدنايا. وكان معه في الزنزانة يوسف العلي.', [
        { name: 'محمد الخطيب', role: 'released' },
        { name: 'يوسف العلي', role: 'released' },
      ]);
    });

    it('links a surname used alone to the full name and lets its sentence decide the role', () => {
      const text = 'Omar Haddad spoke to reporters on Monday. Haddad was released from Saydnaya in 2020.';
      const [full, surname] = extractMentions(text, 'en');
      expect([full.name, full.role, full.partial]).toEqual(['Omar Haddad', 'released', false]);
      expect([surname.name, surname.role, surname.partial]).toEqual(['Haddad', 'released', true]);
      expect(surname.refersTo).toEqual({ start: full.start, end: full.end });
      expect(full.attributes.prison).toBe('saydnaya');
    });

    it('reads a capitalised given name alone after a comma, or before one, as a partial name', () => {
      const found = extractMentions('Released from Adra two days ago, Khaled can barely walk.', 'en');
      expect(found.map((m) => [m.name, m.role, m.partial])).toEqual([['Khaled', 'released', true]]);
      expect(extractMentions('His mother is still looking for Tarek, arrested at a checkpoint in 2014.', 'en').map((m) => m.name)).toEqual(['Tarek']);
      expect(extractMentions('The court in Karim district reopened.', 'en')).toEqual([]);
      expect(extractMentions('The agency quoted PETRA, the news service.', 'en')).toEqual([]);
    });

    it('gives a death a post about one held person opens with to that person', () => {
      const one = extractMentions('His family said he had died in a military prison. Samir Haddad, a teacher from Homs, was detained in 2013.', 'en');
      expect(one.map((m) => [m.name, m.role])).toEqual([['Samir Haddad', 'dead']]);
      // Told after the name, or in a post about several, a death is someone else's.
      const after = extractMentions('Samir Haddad, a teacher from Homs, was detained in 2013. Another detainee died under torture.', 'en');
      expect(after.map((m) => [m.name, m.role])).toEqual([['Samir Haddad', 'detainee']]);
      const mixed = extractMentions('Many detainees died under torture this year. Fadi Naser was released on Monday, while Rami Khoury is still held.', 'en');
      expect(mixed.map((m) => [m.name, m.role])).toEqual([
        ['Fadi Naser', 'released'],
        ['Rami Khoury', 'detainee'],
      ]);
    });

    it('reads no release in the name of an army or a party («جيش التحرير الفلسطيني»)', () => {
      const found = extractMentions('توفي تحت التعذيب في سجون النظام المعتقل أحمد سليم، وهو رقيب انشق عن جيش التحرير الفلسطيني', 'ar');
      expect(found.map((m) => [m.name, m.role])).toEqual([['أحمد سليم', 'dead']]);
    });

    it('reads a lone given name said of a detainee as a partial name with low confidence', () => {
      const [m] = extractMentions('Karim, 31, said he was detained for two years in the Palestine Branch.', 'en');
      expect(m).toMatchObject({ name: 'Karim', partial: true, refersTo: null });
      expect(m.confidence).toBeLessThan(0.6);
      expect(extractMentions('The court in Karim district reopened.', 'en')).toEqual([]);
    });

    it('never reads the preposition «على» as the name «علي»', () => {
      expect(extractMentions('أفرج عن المعتقل سامر الحلبي بعد أن حصل على عفو.', 'ar').map((m) => m.name)).toEqual(['سامر الحلبي']);
    });

    it('reads a hometown written in quotes, after a place type, or before one in English', () => {
      expectMentions('أفرجت قوات النظام عن الشاب "سامر خليل العمر"، وهو من أبناء بلدة "كفرشمس" غرب درعا.', [
        { name: 'سامر خليل العمر', role: 'released', attrs: { hometown: 'كفرشمس' } },
      ]);
      expectMentions(
        'Samer Khalil, 30, who comes from al-Harra town in Daraa, was released on Monday.',
        [{ name: 'Samer Khalil', role: 'released', attrs: { hometown: 'al-Harra', age: 30 } }],
        'en',
      );
    });

    it('gives a hometown said after a group of names to each of them', () => {
      const ms = extractMentions('وشمل الإفراج "محمد خالد العلي" و"سامر يوسف الحسن"، وكلاهما من أبناء مدينة الحراك.', 'ar');
      expect(ms.map((m) => [m.name, m.attributes.hometown])).toEqual([
        ['محمد خالد العلي', 'الحراك'],
        ['سامر يوسف الحسن', 'الحراك'],
      ]);
    });

    it('reads a term served in prison as a release', () => {
      expect(roles('Omar Haddad spent six years in prison.')).toEqual([['Omar Haddad', 'released']]);
      expect(roles('أمضى سامر الخطيب 7 سنوات في سجن صيدنايا')).toEqual([['سامر الخطيب', 'released']]);
      expect(roles('Omar Haddad was arrested after six days of protests.')).toEqual([['Omar Haddad', 'detainee']]);
      // the term as a noun after "his", «ses»: "his two years in prison", «ses sept mois d'emprisonnement»
      expect(people("Mouna Khalil essaie de reconstruire sa vie, mais le souvenir de ses sept mois d'emprisonnement ne la quitte pas.", 'fr')).toEqual([
        'Mouna Khalil=released',
      ]);
      expect(people('Omar Haddad still has nightmares about his two years in prison.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('links a kunya given as a nickname to the name before it, and marks any other kunya alone as partial', () => {
      const ms = extractMentions('استشهد تحت التعذيب المعتقل سامر خليل الحلبي الملقب بـ"أبو أحمد" في سجن صيدنايا.', 'ar');
      expect(ms.map((m) => [m.name, m.partial, m.refersTo !== null])).toEqual([
        ['سامر خليل الحلبي', false, false],
        ['أبو أحمد', true, true],
      ]);
      expect(ms[1].refersTo).toEqual({ start: ms[0].start, end: ms[0].end });
    });
    it('takes someone who tells of their own detention for released', () => {
      expect(roles('Omar Haddad, held in the Palestine Branch for a year, told reporters what he went through.')).toEqual([['Omar Haddad', 'released']]);
      expect(roles('"They beat us every night," said Omar Haddad, who was detained in 2013.')).toEqual([['Omar Haddad', 'released']]);
      expect(roles('I am Omar Haddad. In 2014 the police arrested me at a checkpoint and my brother was killed.')).toEqual([['Omar Haddad', 'released']]);
      // What a speaker says of someone else is not theirs.
      expect(roles('Samer Khalil, a lawyer, said that the detainee had died in the Palestine Branch.')).toEqual([['Samer Khalil', 'other']]);
    });

    it('reads a lone given name joined to a full name as a partial name, but not a capitalised given name alone', () => {
      expect(extractMentions('Since 2012, Karim and Samer Khalil have been held in Saydnaya.', 'en').map((m) => [m.name, m.role, m.partial])).toEqual([
        ['Karim', 'detainee', true],
        ['Samer Khalil', 'detainee', false],
      ]);
      expect(roles('D’après le site syrien Karim, les services ont torturé à mort un réfugié.')).toEqual([]);
    });
    it('takes everyone named after a possessive kinship phrase for a relative', () => {
      expect(roles('Omar Haddad was released on Monday, according to his parents, Samer Haddad and Lina Haddad.')).toEqual([
        ['Omar Haddad', 'released'],
        ['Samer Haddad', 'relative'],
        ['Lina Haddad', 'relative'],
      ]);
    });
    it('never reads a place and what follows it as a name («درعا جنوبي», «… بدرعا»)', () => {
      expect(roles('وقال مسؤول في درعا جنوبي البلاد إن المعتقلين خرجوا.')).toEqual([]);
      expect(roles('أفرج عن المعتقل سامر الحلبي بدرعا يوم أمس.')).toEqual([['سامر الحلبي', 'released']]);
    });
    it('reads a hometown after a short appositive, a possessive place word, or an article', () => {
      expect(only('Omar Haddad, a 40-year-old taxi driver from Kafrbatna, was released.', 'en').attributes.hometown).toBe('Kafrbatna');
      expect(only('Omar Haddad, a man from al Mseifra town, was released.', 'en').attributes.hometown).toBe('al Mseifra');
      expect(only('وصل المعتقل المحرر سامر الحلبي إلى بلدته كفربطنا بعد خروجه من السجن.', 'ar').attributes.hometown).toBe('كفربطنا');
    });
    it("takes a kunya made of another named person's given name for their parent", () => {
      expect(roles('Oum Karim waited at the gate for her son Karim Haddad, released from Saydnaya on Sunday.')).toContainEqual(['Oum Karim', 'relative']);
    });

    it('reads «أخلى سبيل» as a release, and a release noun after the «ل» of purpose as still held', () => {
      expect(roles('أخلي سبيل المعتقل سامر الحلبي من سجن عدرا.')).toEqual([['سامر الحلبي', 'released']]);
      expect(roles('اعتقلت قوات النظام سامر الحلبي، وجرت وساطات سعياً لإخلاء سبيله دون جدوى.')).toEqual([['سامر الحلبي', 'detainee']]);
    });
    it('counts a name once when an RSS title repeats a sentence of the description', () => {
      const title = 'Omar Haddad released from Saydnaya after ten years';
      const ms = extractMentions(`${title}\n\nDamascus, Monday. ${title}. Omar Haddad, 45, was greeted by his family.`, 'en');
      expect(ms.map((m) => m.name)).toEqual(['Omar Haddad', 'Omar Haddad']);
      expect(ms.every((m) => m.start > title.length)).toBe(true);
      expect(ms[0].role).toBe('released');
      // A title the description does not repeat keeps its names.
      expect(extractMentions(`${title}\n\nOmar Haddad, 45, was greeted by his family.`, 'en')[0].start).toBe(0);
    });
    it('keeps birth, arrest and release years apart in all three languages', () => {
      expect(only('Omar Haddad, born in 1990, was arrested in 2012 and released in 2020.', 'en').attributes).toMatchObject({
        birthYear: 1990,
        arrestYear: 2012,
        releaseDate: '2020',
      });
      expect(only('Omar Haddad, né en 1988, arrêté en 2012, a été libéré en 2019.', 'fr').attributes).toMatchObject({
        birthYear: 1988,
        arrestYear: 2012,
        releaseDate: '2019',
      });
      expect(only('أفرج عن سامر الحلبي (مواليد 1985) بعد اعتقاله عام 2013.', 'ar').attributes).toMatchObject({ birthYear: 1985, arrestYear: 2013 });
    });
    it('knows an official by a title whose complement stands between it and the name', () => {
      expect(roles('Detainees said the director of Saydnaya prison, Samer Khalil, ordered the executions.')).toEqual([['Samer Khalil', 'official']]);
      expect(roles('Le chef de la branche 215, Samer Khalil, a été arrêté en 2024.')).toEqual([['Samer Khalil', 'official']]);
      expect(roles('The commander of the 4th Division, Samer Khalil, ordered the arrest of Omar Haddad.')).toEqual([
        ['Samer Khalil', 'official'],
        ['Omar Haddad', 'detainee'],
      ]);
      expect(roles('وقال القيادي في تحرير الشام "أبو العبد أشداء" إن المعتقلين سيخرجون.')).toEqual([['أبو العبد أشداء', 'official']]);
    });
    it("reads a kunya set off by commas after a name as that name's, but not one in a list of names", () => {
      const read = (text: string, lang: string) =>
        extractMentions(text, lang).map((m) => [m.name, m.refersTo ? text.slice(m.refersTo.start, m.refersTo.end) : null, m.attributes.hometown]);
      expect(read('محمد الحداد، أبو أحمد، من داريا، اعتقل عام 2012.', 'ar')).toEqual([
        ['محمد الحداد', null, 'داريا'],
        ['أبو أحمد', 'محمد الحداد', 'داريا'],
      ]);
      expect(read('Omar Haddad, Abu Ahmad, from Daraya, was arrested in 2012.', 'en')[1]).toEqual(['Abu Ahmad', 'Omar Haddad', 'Daraya']);
      expect(read('أفرج عن محمد الحداد، أبو أحمد، فادي خليل من سجن صيدنايا.', 'ar').map(([name, ref]) => [name, ref])).toEqual([
        ['محمد الحداد', null],
        ['أبو أحمد', null],
        ['فادي خليل', null],
      ]);
    });

    it('reads a kunya in double brackets as the nickname of the name before it, and ends a kunya at a town', () => {
      const ms = extractMentions('ما زال فرع المخابرات الجوية يحتجز منذ الأمس سامر الحلبي ((أبو علي))، والبالغ من العمر 57 عاماً.', 'ar');
      expect(ms.map((m) => m.name)).toEqual(['سامر الحلبي']);
      expect(roles('اعتقلت الهيئة الناشط أبو عزام سراقب أمس.').map(([n]) => n)).toEqual(['أبو عزام']);
    });
    it('reads French participles in every agreement («libérées», «mortes en détention», «portés disparus»)', () => {
      expect(roles('Samira Khalil et Lina Haddad, libérées hier, ont retrouvé leurs familles.')).toEqual([
        ['Samira Khalil', 'released'],
        ['Lina Haddad', 'released'],
      ]);
      expect(roles('Samira Khalil, morte en détention en 2014, était infirmière.')).toEqual([['Samira Khalil', 'dead']]);
    });
    it('gives a lone given name or kunya no role from the rest of the post', () => {
      expect(roles('أفرج عن المعتقل سامر الحلبي من سجن صيدنايا. وقال أبو ربيع إن الطريق كانت طويلة.')).toEqual([
        ['سامر الحلبي', 'released'],
        ['أبو ربيع', 'other'],
      ]);
    });
    it('gives the one hometown of a lede that names nobody to the held people named after it', () => {
      const ms = extractMentions('اعتقلت الأجهزة الأمنية شابين ينحدران من بلدة كفربطنا. والشابان هما المعتقل سامر خليل العمر والمعتقل يوسف أحمد الحسن.', 'ar');
      expect(ms.map((m) => [m.name, m.attributes.hometown])).toEqual([
        ['سامر خليل العمر', 'كفربطنا'],
        ['يوسف أحمد الحسن', 'كفربطنا'],
      ]);
    });
    it('gives a heading its role for every name under it, across blank lines', () => {
      expect(roles('المفرج عنهم اليوم من سجن عدرا:\n\nمحمد خالد العلي\n\nسامر يوسف الحسن\n\nأحمد سعيد النجار')).toEqual([
        ['محمد خالد العلي', 'released'],
        ['سامر يوسف الحسن', 'released'],
        ['أحمد سعيد النجار', 'released'],
      ]);
      expect(roles('شهداء تحت التعذيب في سجن صيدنايا\n\nمحمد خالد العلي (داريا)\nسامر يوسف الحسن (دوما)')).toEqual([
        ['محمد خالد العلي', 'dead'],
        ['سامر يوسف الحسن', 'dead'],
      ]);
    });
    it('follows a list whose names each stand in quotes («"…" و"…"»)', () => {
      const found = extractMentions('أفرج عن "محمد ناصر العدوي" و"نور الدين محمود نور الدين" ابن بلدة سحم', 'ar');
      expect(found.map((m) => [m.name, m.role])).toEqual([
        ['محمد ناصر العدوي', 'released'],
        ['نور الدين محمود نور الدين', 'released'],
      ]);
    });

    it('reads a release verb and its object with the releaser between («أخلت سلطات النظام سبيل…»)', () => {
      const found = extractMentions('أخلت سلطات النظام سبيل شاب من أبناء بلدة زاكية. وبحسب مصادر محلية فإن الشاب سامر العلي اعتُقل قبل عامين.', 'ar');
      expect(found.map((m) => [m.name, m.role])).toEqual([['سامر العلي', 'released']]);
    });

    it('leaves a release said of an unnamed detainee to them («خبر من معتقل خرج من السجن»)', () => {
      const found = extractMentions('اعتُقل ابني سامر الخطيب عام 2014، وجاءنا خبر من معتقل خرج من السجن يفيد بأنه موجود في صيدنايا.', 'ar');
      expect(found.map((m) => [m.name, m.role])).toEqual([['سامر الخطيب', 'detainee']]);
    });

    it('reads a given name after a naming word as a person («باسم "هدى"», "a man named Karim")', () => {
      expect(extractMentions('استندت المجموعة إلى إفادة معتقلة أُشير إليها باسم "هدى" روت فيها تفاصيل قاسية', 'ar').map((m) => [m.name, m.partial])).toEqual([
        ['هدى', true],
      ]);
      expect(extractMentions('A detainee named Karim described the cells.', 'en').map((m) => m.name)).toEqual(['Karim']);
    });

    it('reads a lone given name followed by a role verb, or by an age after «وعمرها», as a person', () => {
      expect(extractMentions('ابني وقطعة من قلبي عصام اعتُقل بتاريخ 11/3/2014 من مقر عمله', 'ar').map((m) => [m.name, m.partial])).toEqual([['عصام', true]]);
      expect(extractMentions('لا تعرف شيئاً عن شقيقتها الأصغر سمر، وعمرها 25 عاما، والتي اقتيدت من حلب.', 'ar').map((m) => [m.name, m.attributes.age])).toEqual([
        ['سمر', 25],
      ]);
    });

    it('reads a lone given name with a role word in brackets after it as a person («سامر (أحد الناجين)»)', () => {
      const found = extractMentions('ويحكي سامر (أحد الناجين) أنه اعتُقل على أحد الحواجز عام 2016.', 'ar');
      expect(found.map((m) => [m.name, m.role, m.partial])).toEqual([['سامر', 'released', true]]);
    });

    it('links a name that is the first words of a longer one in the post to it ("Mohammad Ghassan" after "Mohammad Ghassan al-Issa")', () => {
      const found = extractMentions(
        'Her son Mohammad Ghassan al-Issa has been missing since 2013. Back then, Mohammad Ghassan was trying to leave Yarmouk.',
        'en',
      );
      expect(found.map((m) => [m.name, m.refersTo ? 'ref' : null])).toEqual([
        ['Mohammad Ghassan al-Issa', null],
        ['Mohammad Ghassan', 'ref'],
      ]);
    });

    it('reads what a family says of the person named as said of that person («أسرة … أكدت وفاته»)', () => {
      expect(extractMentions('وذكرت المصادر أن أسرة علي نجيب الشيخ أكدت وفاته تحت التعذيب.', 'ar').map((m) => [m.name, m.role])).toEqual([
        ['علي نجيب الشيخ', 'dead'],
      ]);
      expect(extractMentions('The family of Omar Haddad said he died under torture in Saydnaya.', 'en').map((m) => [m.name, m.role])).toEqual([
        ['Omar Haddad', 'dead'],
      ]);
      expect(extractMentions('Omar Haddad’s family said he died under torture in Saydnaya.', 'en').map((m) => [m.name, m.role])).toEqual([
        ['Omar Haddad', 'dead'],
      ]);
    });

    it('reads a death left unsure (a fear, a condition) as missing, and a reported one as a death', () => {
      expect(extractMentions('The activist Omar Haddad, kidnapped last month, is now feared dead.', 'en').map((m) => m.role)).toEqual(['missing']);
      expect(extractMentions('قالت زوجته: إن كان قد مات فليعطونا جثته. وكان سامر الخطيب قد خُطف عام 2013.', 'ar').map((m) => m.role)).toEqual(['missing']);
      expect(extractMentions('Selon plusieurs sources, Karim Haddad aurait été torturé et tué en détention.', 'fr').map((m) => m.role)).toEqual(['dead']);
    });

    it('reads no nationality as a person, and keeps it as a family name with «ال»', () => {
      expect(extractMentions('أفرجت السلطات عن المعتقل فلسطيني الجنسية', 'ar')).toEqual([]);
      expect(extractMentions('أفرج عن المعتقل أحمد السوري', 'ar').map((m) => m.name)).toEqual(['أحمد السوري']);
    });

    it('reads no name into a phrase with «ها»/«هما», «بال», or a plural in ـات', () => {
      expect(extractMentions('انتشرت صور معتقلين سوريين هرّبها العسكري المنشق', 'ar').map((m) => m.name)).toEqual([]);
      expect(
        extractMentions('وأصدرت المحكمة على الناشط المعتقل سامر حكماً بالسجن عشر سنوات', 'ar')
          .map((m) => m.name)
          .join(' '),
      ).not.toContain('بالسجن');
      expect(extractMentions('أطلق القيادي اتهامات وانتقادات كثيرة', 'ar').map((m) => m.name)).toEqual([]);
      expect(extractMentions('أفرج عن المعتقل أدهم سعيد الخطيب', 'ar').map((m) => m.name)).toEqual(['أدهم سعيد الخطيب']);
    });

    it('reads a name with a word in ـه between a given name and a family name («أحمد تايه الخليل»)', () => {
      const found = extractMentions('قضى تحت التعذيب كل من: محمد نزيه العلي، أحمد تايه الخليل، علي تايه الخليل.', 'ar');
      expect(found.map((m) => m.name)).toEqual(['محمد نزيه العلي', 'أحمد تايه الخليل', 'علي تايه الخليل']);
      // A pronoun ending right after a name still ends it.
      expect(extractMentions('اعتقل الأمن المعتقل محمد سعيد وعائلته', 'ar').map((m) => m.name)).toEqual(['محمد سعيد']);
    });

    it('reads a known place joined to «ب» after «مدينته», and a place type after a longer intro, as the hometown', () => {
      const a = extractMentions('توفي تحت التعذيب المعتقل يحيى الأحمد، وكان من أبرز الناشطين السلميين بمدينته داريا.', 'ar');
      expect(a.map((m) => [m.name, m.attributes.hometown])).toEqual([['يحيى الأحمد', 'داريا']]);
      const b = extractMentions('أفرجت السلطات عن المعتقل سامر العلي الذي اعتقل في مدينته بخان شيخون عام 2019.', 'ar');
      expect(b.map((m) => [m.name, m.attributes.hometown])).toEqual([['سامر العلي', 'خان شيخون']]);
    });

    it('reads the birthplace of «ولد X في Y» as the hometown, and not the place of «اعتقل X في Y»', () => {
      const read = (text: string) => extractMentions(text, 'ar').map((m) => [m.name, m.attributes.hometown]);
      expect(read('ولد محمد الحداد في مدينة حلب عام 1975، واعتقل عام 2012.')).toEqual([['محمد الحداد', 'حلب']]);
      expect(read('ولدت فاطمة العلي في حمص عام 1985، واعتقلت عام 2014.')).toEqual([['فاطمة العلي', 'حمص']]);
      expect(read('ولد محمد الحداد عام 1980 في داريا، واعتقل عام 2012.')).toEqual([['محمد الحداد', 'داريا']]);
      expect(read('اعتقل محمد الحداد في مدينة داريا عام 2012.')).toEqual([['محمد الحداد', null]]);
    });

    it('reads the name after an Arabic verb and a one-word organisation as its subject («اعتقلت قسد محمد الحداد»)', () => {
      expect(people('اعتقلت قسد محمد الحداد عام 2021.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقلت داعش محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «فارق X الحياة», «لفظ X أنفاسه الأخيرة» (the one who died between verb and object) as a death', () => {
      expect(people('فارق محمد الحداد الحياة داخل المعتقل.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('لفظ محمد الحداد أنفاسه الأخيرة في فرع فلسطين.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('فارق الشاب محمد الحداد الحياة في حادث سير.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads "was pardoned" as a release, as «gracié» was', () => {
      expect(people('Omar Haddad was pardoned in 2016.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «نال محمد حريته» (verb, name, "his freedom") as a release', () => {
      expect(people('نال محمد الحداد حريته بعد 10 سنوات من الاعتقال.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('استعادت فاطمة العلي حريتها بعد سنتين في سجن عدرا.', 'ar')).toEqual(['فاطمة العلي=released']);
    });

    it('reads a transfer: held, and in the prison it ended in', () => {
      const read = (text: string, lang: string) => extractMentions(text, lang).map((m) => [m.name, m.role, m.attributes.prison]);
      expect(read('Omar Haddad was transferred from Saydnaya to Adra prison in 2016.', 'en')).toEqual([['Omar Haddad', 'detainee', 'adra']]);
      expect(read('نقل محمد الحداد من سجن صيدنايا إلى سجن عدرا عام 2016.', 'ar')).toEqual([['محمد الحداد', 'detainee', 'adra']]);
      expect(read('Omar Haddad was transferred to Adra after six years in Saydnaya.', 'en')).toEqual([['Omar Haddad', 'detainee', 'adra']]);
      expect(read('نقل محمد الحداد إلى سجن عدرا بعد سنوات في صيدنايا.', 'ar')).toEqual([['محمد الحداد', 'detainee', 'adra']]);
      // Where the one person of a post was taken, in a sentence of its own, outweighs the prison named with the name.
      expect(read('اعتقلت المخابرات الجوية الشابة فاطمة العلي على حاجز قرب درعا. وذكرت مصادر أنها اقتيدت إلى مطار المزة العسكري.', 'ar')).toEqual([
        ['فاطمة العلي', 'detainee', 'mezzeh-airport'],
      ]);
      expect(read('Omar Haddad was arrested in 2012 and flown to an overcrowded prison on Mezze air base.', 'en')).toEqual([
        ['Omar Haddad', 'detainee', 'mezzeh-airport'],
      ]);
      // A term served with no transfer is still a release.
      expect(read('أفرج عن محمد الحداد بعد سنوات في صيدنايا.', 'ar')).toEqual([['محمد الحداد', 'released', 'saydnaya']]);
    });

    it('reads «من أهالي داريا» before a cue as where the name is from, not as "the families of those held"', () => {
      expect(people('محمد الحداد من أهالي داريا اعتقل عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('أسس محمد الحداد رابطة أهالي المعتقلين عام 2013.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it("reads «وهو ابن X» after a clause as the hometown of the sentence's subject", () => {
      const read = (text: string) => extractMentions(text, 'ar').map((m) => [m.name, m.role, m.attributes.hometown]);
      expect(read('خرج محمد الحداد من السجن، وهو ابن داريا.')).toEqual([['محمد الحداد', 'released', 'داريا']]);
      expect(read('خرج محمد الحداد من السجن، وهو ابن ريف حلب.')).toEqual([['محمد الحداد', 'released', 'ريف حلب']]);
    });

    it("reads «ابن مدينة X» before a name as its hometown after any verb, a departure's «من» still as no hometown", () => {
      const read = (text: string) => extractMentions(text, 'ar').map((m) => [m.name, m.role, m.attributes.hometown]);
      expect(read('خرج ابن مدينة داريا محمد الحداد من السجن أمس.')).toEqual([['محمد الحداد', 'released', 'داريا']]);
      expect(read('اعتقل ابن بلدة الحراك محمد الحداد عام 2012.')).toEqual([['محمد الحداد', 'detainee', 'الحراك']]);
      expect(read('اعتقل محمد الحداد بعد أن خرج من داريا.')).toEqual([['محمد الحداد', 'detainee', null]]);
    });

    it('reads «مواليد 1985 داريا» (birth year, then place) as the hometown, and a long subject of «خرج … من سجن»', () => {
      const read = (text: string) => extractMentions(text, 'ar').map((m) => [m.name, m.role, m.attributes.hometown]);
      expect(read('المعتقل محمد الحداد، مواليد 1985 داريا، خرج من سجن صيدنايا.')).toEqual([['محمد الحداد', 'released', 'داريا']]);
      expect(read('خرج الشاب محمد الحداد ابن قرية تل شهاب من سجن صيدنايا.')).toEqual([['محمد الحداد', 'released', 'تل شهاب']]);
    });

    it('reads a hometown named after a comma ("in his hometown, Daraya") and "returned home to"', () => {
      const read = (text: string, lang: string) => extractMentions(text, lang).map((m) => [m.name, m.attributes.hometown]);
      expect(read('Omar Haddad was arrested in 2012 in his hometown, Daraya.', 'en')).toEqual([['Omar Haddad', 'Daraya']]);
      expect(read('Omar Haddad a regagné sa ville natale, Daraya, après sa libération.', 'fr')).toEqual([['Omar Haddad', 'Daraya']]);
      expect(read('عاد محمد الحداد إلى مسقط رأسه، داريا، بعد خروجه من سجن صيدنايا.', 'ar')).toEqual([['محمد الحداد', 'داريا']]);
      expect(read('Omar Haddad returned home to Daraya after 12 years in Saydnaya.', 'en')).toEqual([['Omar Haddad', 'Daraya']]);
    });

    it("reads the place of a name's home («منزل X في Y», \"X's home in Y\") as the hometown, not a friend's", () => {
      const read = (text: string, lang: string) => extractMentions(text, lang).map((m) => [m.name, m.attributes.hometown]);
      expect(read('داهمت قوات الأمن منزل محمد الحداد في مدينة داريا واعتقلته.', 'ar')).toEqual([['محمد الحداد', 'داريا']]);
      expect(read('داهمت دورية منزل عائلة محمد الحداد في داريا عام 2012 واعتقلته.', 'ar')).toEqual([['محمد الحداد', 'داريا']]);
      expect(read("Security forces raided Omar Haddad's home in Daraya and arrested him in 2012.", 'en')).toEqual([['Omar Haddad', 'Daraya']]);
      expect(read('Security forces raided the home of Omar Haddad in Daraya and arrested him.', 'en')).toEqual([['Omar Haddad', 'Daraya']]);
      expect(read("Les forces de sécurité ont arrêté Omar Haddad au domicile d'Omar Haddad à Daraya.", 'fr')[0]).toEqual(['Omar Haddad', 'Daraya']);
      expect(read('اعتقل محمد الحداد في منزل صديقه في حمص عام 2012.', 'ar')).toEqual([['محمد الحداد', null]]);
      expect(read("Omar Haddad was arrested at a friend's house in Homs in 2012.", 'en')).toEqual([['Omar Haddad', null]]);
    });

    it('gives an age said of "each of them" after a list to every name of it', () => {
      const read = (text: string) => extractMentions(text, 'ar').map((m) => [m.name, m.attributes.age]);
      expect(read('اعتقل الأمن الشابين محمد الحداد وأحمد العلي، وعمر كل منهما 17 سنة.')).toEqual([
        ['محمد الحداد', 17],
        ['أحمد العلي', 17],
      ]);
    });

    it('reads the name after an apposed speaker\'s "said" as the subject of what is said, and "took him away" as an arrest', () => {
      expect(people('Fadi Khalil, a lawyer, said Omar Haddad was arrested in 2012.', 'en')).toEqual(['Fadi Khalil=other', 'Omar Haddad=detainee']);
      expect(people('Security forces raided the house in 2012 and took Omar Haddad with them. They took him away.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads a place before "-born" or "native" as the hometown, and no name in it', () => {
      const a = extractMentions('Bashar Kadumi, an East Jerusalem-born journalist, was detained in Raqqa.', 'en');
      expect(a.map((m) => [m.name, m.attributes.hometown])).toEqual([['Bashar Kadumi', 'East Jerusalem']]);
      const b = extractMentions('Omar Haddad, a Homs native, was arrested in 2012.', 'en');
      expect(b.map((m) => [m.name, m.attributes.hometown])).toEqual([['Omar Haddad', 'Homs']]);
    });

    it('reads a stated home as the hometown ("his home in", «من منزلها في», «vit à»)', () => {
      expect(only('In 2017 the police raided his home in Kafrbatna and arrested Omar Haddad.', 'en').attributes.hometown).toBe('Kafrbatna');
      expect(only('اقتادت قوات النظام المعتقلة سلمى الحلبي من منزلها في مدينة كفربطنا.', 'ar').attributes.hometown).toBe('كفربطنا');
    });
    it.each([
      ['Omar Haddad, a student from the Damascus suburb of Douma, was arrested in 2012.', 'en', 'Douma'],
      ['Omar Haddad, from the Kurdish city of Qamishli, was arrested in 2012.', 'en', 'Qamishli'],
      ['Omar Haddad, from the Damascus countryside, was arrested in 2012.', 'en', 'Damascus countryside'],
      ["Daraya's Omar Haddad was arrested in 2012.", 'en', 'Daraya'],
      ['Omar Haddad, a Douma resident, was arrested in 2012.', 'en', 'Douma'],
      ['Omar Haddad, who lived in Harasta, was arrested in 2012.', 'en', 'Harasta'],
      ['Omar Haddad, un habitant de la Ghouta orientale, a été arrêté en 2012.', 'fr', 'Ghouta orientale'],
      ['Omar Haddad, qui vivait à Daraya, a été arrêté en 2012.', 'fr', 'Daraya'],
    ])('reads the hometown in %j (%s) as %s', (text, lang, hometown) => {
      expect(only(text, lang).attributes.hometown).toBe(hometown);
    });

    it('reads no hometown in an organisation after "of" ("a member of Families for Freedom")', () => {
      expect(only('Fatima Haddad, a member of Families for Freedom, has not heard from her brother since 2012.', 'en').attributes.hometown).toBeNull();
      expect(only("Fatima Haddad, membre de Familles pour la liberté, n'a plus de nouvelles de son frère.", 'fr').attributes.hometown).toBeNull();
      expect(only('Omar Haddad, of Kafr Batna, was arrested in 2012.', 'en').attributes.hometown).toBe('Kafr Batna');
    });

    it('reads no hometown in a place of disappearance or a group named after a town', () => {
      const yarmouk = extractMentions("Mohammad Ghassan disappeared in 2013 after months under siege in Damascus's Yarmouk camp area.", 'en');
      expect(yarmouk.map((m) => m.attributes.hometown)).toEqual([null]);
      expect(only('Haytham Alhamwi belonged to the Darayya Youth group.', 'en').attributes.hometown).toBeNull();
    });

    it('reads a place that ends with the comma before the name as its hometown', () => {
      expect(only('Natif de la bourgade de Kafrbatna, Omar Haddad avait été arrêté le 21 avril.', 'fr').attributes.hometown).toBe('Kafrbatna');
    });

    it('reads the names of a list before the last one, which its cue follows ("X, Y and Z were arrested"), past a description of each', () => {
      expect(people('Omar Haddad, Sami Khalil and Yasser Nasser were arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Sami Khalil=detainee',
        'Yasser Nasser=detainee',
      ]);
      expect(people('Security forces arrested Baran Hesso, Zoran Bitar and Dilan Hesso in 2012.', 'en')).toEqual([
        'Baran Hesso=detainee',
        'Zoran Bitar=detainee',
        'Dilan Hesso=detainee',
      ]);
      expect(people('Zoran Bitar, Baran Hesso et Dilan Hesso ont été libérés.', 'fr')).toEqual([
        'Zoran Bitar=released',
        'Baran Hesso=released',
        'Dilan Hesso=released',
      ]);
      expect(people('عمر الحداد وسامي خليل وياسر ناصر اعتقلوا عام 2012.', 'ar')).toEqual(['عمر الحداد=detainee', 'سامي خليل=detainee', 'ياسر ناصر=detainee']);
      // Past a description of each: "X, un vieillard de 85 ans, Y, un enfant de 5 ans et Z".
      expect(
        people('Hamid Salih, un vieillard de 85 ans, Omar Haddad, un enfant de 5 ans et Sami Khalil ont été libérés.', 'fr').map((p) => p.split('=')[1]),
      ).toEqual(['released', 'released', 'released']);
      expect(people('Dans le camp assiégé, Hamid Salih, un vieillard de 85 ans et Sami Khalil ont péri de faim.', 'fr')).toEqual([
        'Hamid Salih=other',
        'Sami Khalil=other',
      ]);
      // Only names: a place or a phrase before the comma is no one.
      expect(people('In Aleppo, Omar Haddad and Yasser Nasser were arrested.', 'en')).toEqual(['Omar Haddad=detainee', 'Yasser Nasser=detainee']);
    });

    it('reads «والدة عمر» as Omar’s mother, and the name after a family word as the one the family is of', () => {
      // Folded, «والدة» and «والده» (his father) are one word: the ة says construct.
      expectMentions('قالت والدة عمر الحداد إن ابنها اعتقل عام 2013.', [{ name: 'عمر الحداد', role: 'detainee' }], 'ar');
      expectMentions('ناشدت عائلة عمر الحداد الكشف عن مصيره.', [{ name: 'عمر الحداد', role: 'missing' }], 'ar');
      // «إنه» ends a name; a relative is not the one «إنه» speaks of.
      expectMentions('وقالت والدته فاطمة إنه اعتقل عام 2013.', [{ name: 'فاطمة', role: 'relative' }], 'ar');
    });

    it('makes the one a relative is still looking or waiting for missing, not the searcher', () => {
      expect(people('Fatima Haddad cherche toujours son fils Omar, arrêté en 2012.', 'fr')).toEqual(['Fatima Haddad=relative', 'Omar=missing']);
      expect(people('Fatima Haddad attend toujours le retour de son fils Omar, arrêté en 2013.', 'fr')).toEqual(['Fatima Haddad=relative', 'Omar=missing']);
      expect(people('Fatima Haddad is still waiting for her son Omar, arrested in 2013.', 'en')).toEqual(['Fatima Haddad=relative', 'Omar=missing']);
      expect(people('Fatima Haddad n’a jamais revu son fils Omar, arrêté en 2013.', 'fr')).toEqual(['Fatima Haddad=relative', 'Omar=missing']);
    });

    it('gives a role said of many unnamed people or of an unnamed relative to no name before it', () => {
      expect(only('Le photographe Omar Haddad, qui a documenté la mort de milliers de détenus, vit en Allemagne.', 'fr').role).toBe('other');
      expect(only('The photographer Omar Haddad, who documented the deaths of thousands of detainees, lives in Germany.', 'en').role).toBe('other');
      expect(only('عمر الحداد، الذي توفي شقيقه تحت التعذيب، يطالب بالعدالة.', 'ar').role).not.toBe('dead');
      // A name after the crowd may be one of them; a year is no crowd.
      expect(only('Thousands of detainees died under torture, among them Omar Haddad.', 'en').role).toBe('dead');
      expect(only('Fadi Kassem, originaire de Qatana, détenu de 2012 à 2019, témoigne.', 'fr').role).not.toBe('other');
    });

    it('reads the name after a role noun and "of" ("the death of Sami Khalil", «l’arrestation d’Omar») as the one it befell', () => {
      expect(people('Le journaliste Omar Haddad a annoncé la mort de Sami Khalil dans la prison de Saydnaya.', 'fr')).toEqual([
        'Omar Haddad=other',
        'Sami Khalil=dead',
      ]);
      expect(people('The journalist Omar Haddad announced the death of Sami Khalil in Saydnaya.', 'en')).toEqual(['Omar Haddad=other', 'Sami Khalil=dead']);
      expect(people("L'arrestation d'Omar Haddad a eu lieu en 2012.", 'fr')).toEqual(['Omar Haddad=detainee']);
      // "the body of his father": the death is the unnamed father's, not the speaker's.
      expect(people('Omar Haddad identified the body of his father at the hospital.', 'en')).not.toContain('Omar Haddad=dead');
    });

    it('reads the name before an alias word, and «dit» after a comma as "known as", not "said"', () => {
      expect(people('Jihad Mohammad, dit Abou Rami, est toujours détenu.', 'fr')).toEqual(['Jihad Mohammad=detainee', 'Abou Rami=detainee']);
      const [full, alias] = extractMentions('Jihad Mohammad, known as Abu Rami, is still detained.', 'en');
      expect(full.name).toBe('Jihad Mohammad');
      expect(alias.refersTo).toEqual({ start: full.start, end: full.end });
    });

    it('reads a lone given name after «a été» or a kinship word, and the one an Arabic search verb is for', () => {
      expect(people('Tarek a été arrêté en 2013. Sa sœur Noura le cherche toujours.', 'fr')).toEqual(['Tarek=missing', 'Noura=relative']);
      expect(people('تبحث فاطمة الحداد عن ابنها يوسف منذ 2013.', 'ar')).toEqual(['فاطمة الحداد=relative', 'يوسف=missing']);
      // A road accident is a death outside detention (not a heart attack: death certificates of detainees give that cause).
      expect(people('توفي أحمد الخطيب إثر حادث سير خلال بحثه عن ابنه.', 'ar')).not.toContain('أحمد الخطيب=dead');
    });

    it('reads «عمر» with a family name when set apart, and a name after an adjective of origin («اعتقل الفلسطيني عمر الحداد»)', () => {
      expect(people('عمر الحداد، من أهالي مدينة دير الزور، معتقل منذ 2012', 'ar')).toEqual(['عمر الحداد=detainee']);
      expect(people('اعتقل الفلسطيني عمر الحداد عام 2012.', 'ar')).toEqual(['عمر الحداد=detainee']);
      // «عمر» alone is also "age": no name in «في عمر الثورة، خرج الناس».
      expect(people('في عمر الثورة، خرج الناس إلى الشوارع.', 'ar')).toEqual([]);
    });

    it('reads the speaker named after an inverted verb («», raconte Fatima) and leaves the story to the one it is about', () => {
      expect(people('« Mon fils, Ahmad, a été arrêté en 2012 », raconte Fatima.', 'fr')).toEqual(['Ahmad=detainee', 'Fatima=relative']);
      expect(people('"My son Ahmad was arrested in 2012," says Fatima.', 'en')).toEqual(['Ahmad=detainee', 'Fatima=relative']);
    });

    it('reads lone given names joined by "and" to one that is a person, and one set off by a role word after its comma', () => {
      expect(people('Ahmad et Khaled ont été arrêtés en 2012.', 'fr')).toEqual(['Ahmad=detainee', 'Khaled=detainee']);
      expect(people('Mazen, arrêté en 2012, est mort en 2014 à Saydnaya.', 'fr')).toEqual(['Mazen=dead']);
      expect(people('Razan, Samira, Wael et Nazem ont été enlevés à Douma en 2013.', 'fr')).toEqual([
        'Razan=missing',
        'Samira=missing',
        'Wael=missing',
        'Nazem=missing',
      ]);
      // A given name used as an everyday word stays unread: "Hope and Grace were the words of the day."
      expect(people('Hope and Grace were the words of the day.', 'en')).toEqual([]);
    });

    it('reads a name the lists half know when it opens its sentence and a comma sets it apart («مصطفى درويش كاجوج، من صوران…»)', () => {
      expect(people('مصطفى درويش كاجوج، من صوران وعمره 34 سنة، قضى هو الآخر تحت التعذيب.', 'ar')).toEqual(['مصطفى درويش كاجوج=dead']);
      // Not everyday words after a given name: «سعيد جدا، قال الرجل» reads no one.
      expect(people('محمد سعيد جدا، قال الرجل.', 'ar')).not.toContain('محمد سعيد جدا=other');
    });

    it('reads an Arabic name set in quotes after a role word of its sentence («اعتقلت قوات الأمن "أبو عروبة"»)', () => {
      expect(people('اعتقلت قوات نظام الأسد "أبو عروبة" على طريق حماة.', 'ar')).toEqual(['أبو عروبة=detainee']);
      expect(people('كما شمل الإفراج "محمد ناصر العدوي" و"نور الدين محمود نور الدين".', 'ar')).toEqual([
        'محمد ناصر العدوي=released',
        'نور الدين محمود نور الدين=released',
      ]);
      // Not quoted either: the subject «قوات الأمن» between the verb and the name.
      expect(people('اعتقلت قوات الأمن أبو عروبة على طريق حماة.', 'ar')).toEqual(['أبو عروبة=detainee']);
      expect(people('اعتقلت قوات نظام الأسد محمد الخطيب على طريق حماة.', 'ar')).toEqual(['محمد الخطيب=detainee']);
      // A quoted charge is no one: «اعتقل الأمن شابا بتهمة "النيل من هيبة الدولة"».
      expect(people('اعتقل الأمن شابا بتهمة "النيل من هيبة الدولة" أمس.', 'ar')).toEqual([]);
    });

    it("reads detention words that name the topic of someone's work as no role of theirs, and an appeal past «المعتقلين»", () => {
      expect(people('ويعمل سامر الخطيب على توثيق حالات الاعتقال والاختفاء القسري منذ 2012.', 'ar')).toEqual(['سامر الخطيب=other']);
      expect(people('أسس سامر الخطيب رابطة عائلات المعتقلين والمفقودين.', 'ar')).not.toContain('سامر الخطيب=missing');
      expect(people('تطالب عائلات المعتقلين بالإفراج عن سامر الخطيب.', 'ar')).toEqual(['سامر الخطيب=detainee']);
      // The cue of the name itself still counts: «توفي المعتقل سامر الخطيب تحت التعذيب».
      expect(people('توفي المعتقل سامر الخطيب تحت التعذيب.', 'ar')).toEqual(['سامر الخطيب=dead']);
    });

    it('shares a verb with a companion joined by «ورفيقه», "and his friend", «et son ami»', () => {
      expect(people('اعتقلت الدورية محمد المصري ورفيقه هاشم المصري.', 'ar')).toEqual(['محمد المصري=detainee', 'هاشم المصري=detainee']);
      expect(people('Security forces arrested Omar Haddad and his friend Sami Khalil.', 'en')).toEqual(['Omar Haddad=detainee', 'Sami Khalil=detainee']);
    });

    it('reads brothers named with one family name («اعتقل الشقيقان عمر وسامي الحداد»)', () => {
      expect(people('اعتقل الشقيقان عمر وسامي الحداد من مدينة داريا عام 2012.', 'ar')).toEqual(['عمر=detainee', 'سامي الحداد=detainee']);
    });

    it('reads a second name that shares the first one\'s verb ("X was arrested in 2012 and Y in 2013"), and "neither has been seen since"', () => {
      expect(people('Omar Haddad was arrested in 2012 and Sami Khalil in 2013. Neither has been seen since.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Sami Khalil=missing',
      ]);
      expect(people('Omar Haddad a été arrêté en 2012 à Damas, Sami Khalil en 2013 à Homs.', 'fr')).toEqual(['Omar Haddad=detainee', 'Sami Khalil=detainee']);
      expect(people('اعتقل عمر الحداد عام 2012 وسامي الخطيب عام 2013.', 'ar')).toEqual(['عمر الحداد=detainee', 'سامي الخطيب=detainee']);
      expect(people('Omar Haddad a été arrêté en 2012. Sami Khalil a été arrêté en 2013. Aucun des deux n’a été revu.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Sami Khalil=missing',
      ]);
    });

    it('gives what befalls "the son of X", «ابن X», "X\'s son" or "her son" to the son, and makes X his relative', () => {
      expect(people('The son of Fatima Haddad has been missing since 2013.', 'en')).toEqual(['Fatima Haddad=relative']);
      expect(people("Fatima Haddad's son has been missing since 2013.", 'en')).toEqual(['Fatima Haddad=relative']);
      expect(people('Le fils de Fatima Haddad est porté disparu depuis 2013.', 'fr')).toEqual(['Fatima Haddad=relative']);
      expect(people('ابن فاطمة الحداد مفقود منذ عام 2013.', 'ar')).toEqual(['فاطمة الحداد=relative']);
      expect(people('Pour Fatima Haddad, l’attente dure depuis onze ans : son fils a disparu en 2013.', 'fr')).not.toContain('Fatima Haddad=missing');
      // In apposition to someone else, what follows is the named one's: "Oum Youssef, mère de Youssef Kurdi, disparu en 2012".
      expect(people('Le ministre a reçu Oum Youssef, mère de Youssef Hamdi Kurdi, disparu en 2012.', 'fr')).toContain('Youssef Hamdi Kurdi=missing');
      // The one whose mother speaks of "her son" is that son.
      expect(people("Omar Haddad's mother said her son was arrested in 2013.", 'en')).not.toContain('Omar Haddad=other');
    });

    it('gives what a speaker says of someone named after the verb to that person, not the speaker', () => {
      expect(people('Ahmad Suleiman said Omar Haddad, too, had been detained.', 'en')).toEqual(['Ahmad Suleiman=other', 'Omar Haddad=detainee']);
      expect(people("Ahmad Suleiman a confirmé qu'Omar Haddad est lui aussi mort.", 'fr')).toEqual(['Ahmad Suleiman=other', 'Omar Haddad=dead']);
    });

    it('makes the relative whose death, arrest or disappearance is told dead, held or missing ("the death of his brother Sami")', () => {
      expect(people('Omar Haddad a témoigné de la mort de son frère Sami Haddad sous la torture.', 'fr')).toEqual(['Omar Haddad=relative', 'Sami Haddad=dead']);
      expect(people('Omar Haddad spoke of the disappearance of his brother Sami Haddad.', 'en')).toEqual(['Omar Haddad=relative', 'Sami Haddad=missing']);
    });

    it('reads «les prisons libérées», "the freed prisons", «السجون المحررة» as opened prisons, not a release', () => {
      expect(only('Omar Haddad a été arrêté en 2013. Sa mère a fait le tour des prisons libérées, sans le trouver.', 'fr').role).toBe('missing');
      expect(only('Omar Haddad was arrested in 2013. His mother searched the freed prisons but did not find him.', 'en').role).toBe('missing');
      expect(only('اعتقل عمر الحداد عام 2013، وبحثت عنه والدته في السجون المحررة ولم تجده.', 'ar').role).toBe('missing');
      // A release from a prison is a release; a verb after «في السجن» too.
      expect(only('Omar Haddad was released from prison in 2020.', 'en').role).toBe('released');
      expect(only('بعد عشر سنوات في السجن أفرج عن عمر الحداد عام 2020.', 'ar').role).toBe('released');
      // The women held, «المعتقلات», can be released.
      expect(only('المعتقلات المفرج عنهن من سجن عدرا:\n1. نور محمد الحسن', 'ar').role).toBe('released');
    });

    it.each([
      ["Omar Haddad a été arrêté en 2012. Il n'a jamais été revu.", 'fr', 'missing'],
      ["Omar Haddad a été emmené par des hommes armés et on ne sait pas ce qu'il est devenu.", 'fr', 'missing'],
      ["Ses parents n'ont plus jamais eu de nouvelles d'Omar Haddad.", 'fr', 'missing'],
      ["La trace d'Omar Haddad se perd à Saydnaya en 2014.", 'fr', 'missing'],
      ['Omar Haddad manque toujours à l’appel.', 'fr', 'missing'],
      ['Elle n’a jamais su ce qui était arrivé à son mari, Omar Haddad.', 'fr', 'missing'],
      ['Omar Haddad was detained in 2012. His family still does not know where he is.', 'en', 'missing'],
      ['اعتقل عمر الحداد عام 2012، ولا تزال عائلته تجهل مكانه.', 'ar', 'missing'],
      // "where he is held" is a detention, not a disappearance; a death in exile is no death in detention.
      ['Omar Haddad was moved to Adra, where he is held today.', 'en', 'detainee'],
      ['Omar Haddad est détenu à Adra, où il se trouve depuis 2013.', 'fr', 'detainee'],
      ['Le militant Omar Haddad est mort en exil en 2020.', 'fr', 'other'],
      // A headline's participle is passive: "X released after 10 years"; "X released a statement" is not a release.
      ['Daraya: Omar Haddad released after 10 years', 'en', 'released'],
      ['Omar Haddad freed from Saydnaya', 'en', 'released'],
      ['Omar Haddad released a statement on Monday.', 'en', 'other'],
      // "those who are missing" are others; "among those who are missing" includes the name.
      ['Yasmin Mashaan said the association works to trace those who are missing.', 'en', 'other'],
      ['Omar Haddad is among those who are missing.', 'en', 'missing'],
      // Hunger is a death outside detention only where the post speaks of a siege.
      ['Dans le camp assiégé de Yarmouk, Hamid Salih a péri de faim et faute de soins.', 'fr', 'other'],
      ['Hamid Salih, détenu à Saydnaya, est mort de faim en 2014.', 'fr', 'dead'],
      // A survivor telling of deaths around him stays released; "among the detainees executed" was one of them.
      ['Omar Haddad, a former detainee, described how cellmates died under torture.', 'en', 'released'],
      ['Omar Haddad was released in 2020. He said many of his cellmates were executed.', 'en', 'released'],
      ['روى عمر الحداد، الذي أمضى ثلاث سنوات في صيدنايا، كيف مات رفاقه تحت التعذيب.', 'ar', 'released'],
      ['قال المعتقل السابق عمر الحداد إنه شاهد معتقلين يموتون تحت التعذيب.', 'ar', 'released'],
      ['Omar Haddad was among the detainees executed in 2013.', 'en', 'dead'],
      ['Omar Haddad and other detainees were freed on Sunday.', 'en', 'released'],
      ['Omar Haddad described a world where prisoners wait to be killed.', 'en', 'other'],
      ['Abdulghany Kabbani thinks there can be just one explanation: the majority died under torture.', 'en', 'other'],
      ['Fatima Haddad lost her husband, who died under torture in Saydnaya.', 'en', 'relative'],
      ["Fatima Haddad's son, arrested in 2013, died under torture.", 'en', 'relative'],
      ['Omar Haddad and other prisoners were killed in 2014.', 'en', 'dead'],
      ['Anas Kabbani, from Daraa, fled an Assad regime prison in 2014.', 'en', 'released'],
      ['عمر الحداد ومعتقلون آخرون خرجوا من صيدنايا.', 'ar', 'released'],
      // "that" and another subject: the reported clause is not about the speaker.
      ['قال مراسل عنب بلدي في درعا، سامر الخطيب، إن الأمن اعتقل شابين.', 'ar', 'other'],
      ['قال الناطق باسم الدفاع المدني أحمد الجاسم إن فرق البحث لم تعثر على أي سراديب تحت سجن صيدنايا.', 'ar', 'other'],
      // Adjectives of origin between a role word and the name.
      ['توفي تحت التعذيب اللاجئ الفلسطيني "محمد يوسف" المقيم في مخيم اليرموك.', 'ar', 'dead'],
      // A speaker quoting their own detention is a former prisoner; an organisation's "we" is not.
      ['"I spent five years in Saydnaya," said Omar Haddad.', 'en', 'released'],
      ["« J'ai passé cinq ans à Saydnaya », raconte Omar Haddad.", 'fr', 'released'],
      ['قال عمر الحداد: "اعتقلوني عام 2012 وعذبوني في صيدنايا".', 'ar', 'released'],
      ['« Nous avons documenté 100 000 détenus », explique Omar Haddad.', 'fr', 'other'],
      // "He said he was arrested": a former prisoner telling his own story.
      ['Omar Haddad said that he was arrested in 2012 and held in Saydnaya for three years.', 'en', 'released'],
      ["Omar Haddad a raconté qu'il a été arrêté en 2012.", 'fr', 'released'],
      ['قال عمر الحداد إنه اعتقل عام 2012 وأمضى ثلاث سنوات في صيدنايا.', 'ar', 'released'],
      // A source before a comma is not what the clause after it tells.
      ['According to lawyer Sami Khalil, the detainee died under torture.', 'en', 'other'],
      ["Selon l'avocat Sami Khalil, le détenu est mort sous la torture.", 'fr', 'other'],
      ['وبحسب المحامي سامر الخطيب، فإن المعتقل توفي تحت التعذيب.', 'ar', 'other'],
      ['ونقل سامر الخطيب عن مصادر محلية أن المعتقلين نقلوا إلى صيدنايا.', 'ar', 'other'],
      // A later sentence about "him" that tells of his death, a civil-registry death, a list of the executed.
      ['Omar Haddad was arrested in 2012. In 2015, his family recognised him among the Caesar photographs.', 'en', 'dead'],
      ['Omar Haddad was arrested in 2012. In 2018 the civil registry listed him as dead.', 'en', 'dead'],
      ['Omar Haddad a été arrêté en 2012. Son nom figurait sur une liste de détenus exécutés.', 'fr', 'dead'],
      ['Omar Haddad was arrested in 2012. In 2020, he was finally released.', 'en', 'released'],
      ['Omar Haddad was arrested in 2012. For years, his family searched for him in vain.', 'en', 'missing'],
      ['Omar Haddad succumbed to his injuries in Saydnaya in 2014.', 'en', 'dead'],
      ['Omar Haddad a perdu la vie sous la torture.', 'fr', 'dead'],
      // A death sentence is no death: "sentenced to death", «condamné à mort», «حكمت … بالإعدام»; an execution is.
      ['Omar Haddad was sentenced to death by a military field court in 2014.', 'en', 'detainee'],
      ['Omar Haddad a été condamné à mort par un tribunal militaire en 2014.', 'fr', 'detainee'],
      ['حكمت محكمة الميدان العسكرية على سامر الحموي بالإعدام عام 2014.', 'ar', 'detainee'],
      ['Omar Haddad, sentenced to death in 2014, was executed in Saydnaya in 2015.', 'en', 'dead'],
      // A release refused, ordered but not carried out, or only expected: still held.
      ['A judge ordered the release of Omar Haddad, but he is still held.', 'en', 'detainee'],
      ['The authorities refused to release Omar Haddad.', 'en', 'detainee'],
      ['Omar Haddad devait être libéré le mois dernier.', 'fr', 'detainee'],
      ['صدر قرار بإخلاء سبيل سامر الخطيب لكنه لا يزال محتجزا.', 'ar', 'detainee'],
      ['رفضت السلطات الإفراج عن سامر الخطيب.', 'ar', 'detainee'],
      // Appeals for information say the person's fate is unknown.
      ["Mon frère Ahmad Khalil a été arrêté en 2013 à Damas. Si quelqu'un a des informations, merci de nous contacter.", 'fr', 'missing'],
      ['My brother Ahmad Khalil was arrested in 2013 in Damascus. If anyone has information, please contact us.', 'en', 'missing'],
      ['Help us find Ahmad Khalil, arrested in 2013.', 'en', 'missing'],
      // French news tells disappearances in the present tense and through those who search.
      ['Omar Haddad disparaît en 2013 à un barrage de Damas.', 'fr', 'missing'],
      ['Omar Haddad est arrêté en 2013. On perd sa trace en 2014.', 'fr', 'missing'],
      ['Omar Haddad a été arrêté en 2013. Sa famille le cherche.', 'fr', 'missing'],
      ["Omar Haddad a été arrêté en 2013. Nul ne l'a revu.", 'fr', 'missing'],
      ['Omar Haddad a été arrêté en 2013. Ses proches n’ont plus jamais entendu parler de lui.', 'fr', 'missing'],
      ['Omar Haddad, détenu en Syrie depuis 1985, serait encore en vie.', 'fr', 'missing'],
      ['Omar Haddad was arrested in 2013. Nobody has seen him since.', 'en', 'missing'],
      ['Ahmad Kabbani a été arrêté en 2012. Aucune trace de lui dans les registres.', 'fr', 'missing'],
      ["Ahmad Kabbani a été arrêté en 2012 et n'a plus jamais donné de nouvelles.", 'fr', 'missing'],
      ["Ahmad Kabbani a été arrêté en 2012. Il n'est jamais rentré à la maison.", 'fr', 'missing'],
      ["Ahmad Kabbani n'est jamais ressorti de la prison de Saydnaya.", 'fr', 'missing'],
      ['Ahmad Kabbani was arrested in 2012 and never came home.', 'en', 'missing'],
      ['Omar Haddad was arrested in 2013. His family is still searching.', 'en', 'missing'],
      // Two people at once: «انقطعت أخبارهما», «انقطاع التواصل معهما».
      ['دخل سامر الحموي وزوجته الأراضي السورية وانقطعت أخبارهما منذ أسبوع.', 'ar', 'missing'],
      ['اعتقل سامر الحموي وشقيقه عام 2013، ولم يعرف عنهما شيء منذ ذلك الحين.', 'ar', 'missing'],
      // «لقي حتفه»: met his death.
      ['لقي سامر الحموي حتفه في سجن صيدنايا.', 'ar', 'dead'],
      ['سامر الحموي غادر السجن بعد 6 سنوات.', 'ar', 'released'],
      ['اعتقلت المخابرات الجوية الشاب خالد راجح في شارع الشهيد طالب السمرة.', 'ar', 'detainee'],
      // Re-arrested after a release: held again; a release told after the re-arrest is the last word.
      ['Former detainee Omar Haddad, released in 2015, was re-arrested last week.', 'en', 'detainee'],
      ['أعيد اعتقال المعتقل السابق عمر الحداد الذي أفرج عنه عام 2015.', 'ar', 'detainee'],
      ['Omar Haddad, libéré en 2015, a de nouveau été arrêté lundi.', 'fr', 'detainee'],
      ['Omar Haddad was re-arrested in 2016 and released again in 2018.', 'en', 'released'],
      // «تحرير الرقة», «… الرقة … تحريرها»: a city liberated is no release; «بعد تحريرها» of a woman named is.
      ['اختطف عناصر التنظيم الناشط فراس الحاج صالح عام 2013، ولا يزال مصيره مجهولا رغم إخراج داعش من الرقة وإعلان تحريرها.', 'ar', 'missing'],
      ['أفادت العائلة بأن سامر الحموي، الذي خرج حديثا، أطلق بعد احتجاز استمر 6 سنوات.', 'ar', 'released'],
      ['غادر سامر الحموي سوريا عام 2015.', 'ar', 'other'],
      ['فك أسر سامر الحموي بعد 10 سنوات.', 'ar', 'released'],
      ['Omar Haddad was picked up at a checkpoint in 2013.', 'en', 'detainee'],
      ['Omar Haddad was seized by regime forces in 2013.', 'en', 'detainee'],
      ["Omar Haddad's body was handed over to his family.", 'en', 'dead'],
      ['Her brother Omar Haddad was identified in the Ceasar photos.', 'en', 'dead'],
      ['Omar Haddad croupit toujours à Adra.', 'fr', 'detainee'],
      ['Omar Haddad a été capturé par les forces du régime en 2013.', 'fr', 'detainee'],
      ['لا تعلم عائلة سامر الحموي شيئا عنه منذ اعتقاله.', 'ar', 'missing'],
      // One of a crowd: "one of the 100,000 disappeared" is one of them; "the deaths of thousands" are others'.
      ['Omar Haddad is one of the 100,000 disappeared in Syria.', 'en', 'missing'],
      ['Omar Haddad figure parmi les 100 000 disparus.', 'fr', 'missing'],
      ['Ahmad Kabbani fait partie des 17 000 disparus de la guerre civile libanaise.', 'fr', 'missing'],
      // «لم يرجع الأضابير», «لم يعد قادرا»: "did not return (something)", "no longer"; no disappearance.
      ['اعتقل سامر الحموي عام 2013، والنظام لم يرجع الأضابير.', 'ar', 'detainee'],
      ['خرج سامر الحموي من السجن لكنه لم يعد قادرا على المشي.', 'ar', 'released'],
      ['اعتقل سامر الحموي عام 2013 ولم يعد إلى بيته.', 'ar', 'missing'],
      // One who speaks from inside a prison is still held; one who tells of a past detention is out.
      ['وذكر المعتقل "أبو صهيب الحموي" لعنب بلدي من داخل السجن أن النظام سيخلي سبيل 40 معتقلا.', 'ar', 'detainee'],
      ['Omar Haddad, held in Adra since 2013, told us from inside the prison that conditions were terrible.', 'en', 'detainee'],
      ['Omar Haddad, held in Adra since 2013, told us that conditions were terrible.', 'en', 'released'],
      // "…, he told reporters", "“…,” he said": a pronoun speaking of their own detention right after the name.
      ['Muhannad Ghabbash was arrested in 2012 and tortured for 12 days, he told reporters in Gaziantep.', 'en', 'released'],
      ['Other people described the same. Imad Khalil, 25, said he was picked up while riding a bus.', 'en', 'released'],
      // An NGO's director is no official: "left Branch 285 a free man" is his release.
      ['Mazen Darwish, Director of the Syrian Centre for Media, left State Security Branch No. 285 a free man on 10 August 2015.', 'en', 'released'],
      ['Muhannad Ghabbash was held in Mezze for two years. "They beat us every day," he said.', 'en', 'released'],
      ['Omar Haddad a été détenu deux ans à Mezzeh. Il raconte les coups quotidiens.', 'fr', 'released'],
      ['Omar Haddad is among the 100,000 people still missing in Syria.', 'en', 'missing'],
      ['Omar Haddad documented the deaths of thousands of detainees.', 'en', 'other'],
      // What befalls an unnamed mother in the next sentence is hers; an unnamed former prisoner is no release of the name,
      // and his word that he saw him once is a sighting of a missing man ("was reportedly seen").
      ['Omar Haddad a été arrêté en 1985. Sa mère est morte sans savoir ce qui lui était arrivé.', 'fr', 'missing'],
      ["Omar Haddad a été arrêté en 1985. Un ancien détenu affirme l'avoir croisé à Saydnaya en 1995.", 'fr', 'missing'],
      // One not among those freed is neither held nor out that anyone knows: missing (as in the team set's en-044).
      ["Omar Haddad n'était pas parmi les détenus libérés.", 'fr', 'missing'],
    ])('reads %j (%s) as %s', (text, lang, role) => {
      expect(only(text, lang).role).toBe(role);
    });

    it.each([
      ['Omar Haddad a été arrêté en 2013 avec son fils Sami.', 'fr'],
      ['Omar Haddad was arrested in 2013 along with his son Sami.', 'en'],
      ['اعتقل عمر الحداد مع ابنه سامي عام 2013.', 'ar'],
    ])('makes the relative taken along a detainee too: %j', (text, lang) => {
      expect(people(text, lang).map((p) => p.split('=')[1])).toEqual(['detainee', 'detainee']);
    });

    it.each([
      ['أفرج عن محمد الحداد من حمص وسامي الخطيب من داريا بعد 10 سنوات.', 'ar'],
      ['أفرج عن محمد الحداد، من دوما، وعن محمود الخطيب، من داريا.', 'ar'],
      ['Omar Haddad, from Douma, and Sami Khalil, from Daraya, were released.', 'en'],
    ])("reads the next name of a list past the first one's hometown: %j", (text, lang) => {
      const ms = extractMentions(text, lang);
      expect(ms.map((m) => m.role)).toEqual(['released', 'released']);
      expect(ms.map((m) => m.attributes.hometown)).toEqual(lang === 'ar' ? [expect.any(String), 'داريا'] : ['Douma', 'Daraya']);
    });

    it("knows name words of Wikipedia names the given-name lists lack, but not a figure's family name or a lone word where a place stands", () => {
      expect(people('The group followed the teachings of Jawdat Kabbani.', 'en')).toEqual(['Jawdat Kabbani=other']);
      expect(people('The Assad regime arrested Omar Haddad in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('A civilian from the city of Al-Hara was tortured to death in a regime prison.', 'en')).toEqual([]);
      expect(people('An aid worker from Prescott died in detention.', 'en')).toEqual([]);
      expect(people('Outside Damarcus, a detainee died under torture.', 'en')).toEqual([]);
    });

    it.each([
      ['The family of Omar Haddad, from Maarat Harma, says he disappeared in 2013.', 'en', 'missing'],
      ['Omar Haddad, natif de Maarat Harma, a été libéré.', 'fr', 'released'],
    ])('reads a place of origin before the cue as the place, not as the name: %j', (text, lang, role) => {
      const m = only(text, lang);
      expect([m.name, m.role, m.attributes.hometown]).toEqual(['Omar Haddad', role, 'Maarat Harma']);
    });

    it('ends an Arabic name before a preposition joined to an everyday word («لموقع», «بسوء»), not before «باشا»; reads no name made of everyday words and plurals', () => {
      expect(people('وقالت سلمى لموقع "عنب بلدي" إن شقيقها اعتقل عام 2013.', 'ar').join()).not.toContain('لموقع');
      expect(people('وقال إن مدير السجن اشتهر بسوء معاملته للسجناء.', 'ar')).toEqual([]);
      expect(people('وفي الليل سمع الأهالي من السجن أصوات الموت: رصاص وصرخات واستغاثات.', 'ar')).toEqual([]);
      expect(people('أفرج عن المعتقل خالد عبدو بكري باشا يوم الخميس.', 'ar')).toEqual(['خالد عبدو بكري باشا=released']);
    });

    it.each([
      // an assassination is a death outside custody unless custody is said
      ['وكان من المتهمين بالضلوع في التخطيط لعملية اغتيال الشهيد "سامر الحلبي".', 'ar', ['سامر الحلبي=other']],
      ['Le militant Omar Haddad a été assassiné à Deraa en 2020.', 'fr', ['Omar Haddad=other']],
      ['Le militant Omar Haddad a été assassiné en prison en 2014.', 'fr', ['Omar Haddad=dead']],
      // one of a crowd counted roughly, or one whose family does not know he lives, is missing
      ['Omar Haddad a été arrêté en 2012. Il fait partie des quelque 100 000 disparus de Syrie.', 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad was arrested in 2012. He is one of some 100,000 disappeared in Syria.', 'en', ['Omar Haddad=missing']],
      ["Omar Haddad a été arrêté en 2012. Sa famille ignore s'il est toujours en vie.", 'fr', ['Omar Haddad=missing']],
      // a fate said to be unknown around the name
      ['لا يزال مصير عمر الحداد مجهولاً منذ اعتقاله عام 2012.', 'ar', ['عمر الحداد=missing']],
      ['مصير المعتقل عمر الحداد ما زال مجهولا.', 'ar', ['عمر الحداد=missing']],
      ["Le sort d'Omar Haddad, arrêté en 2012, reste inconnu.", 'fr', ['Omar Haddad=missing']],
      // whereabouts, a possessive body, a corpse, solitary confinement
      ['The whereabouts of Omar Haddad, arrested in 2012, are still unknown.', 'en', ['Omar Haddad=missing']],
      ["Omar Haddad's body bore signs of torture when it was returned to his family.", 'en', ['Omar Haddad=dead']],
      ['Omar Haddad spent five years in solitary confinement.', 'en', ['Omar Haddad=detainee']],
      ['His eyes stayed fixed on the charred corpse of Omar Haddad, who had been jailed for five months.', 'en', ['Omar Haddad=dead']],
      // swallowed by the prisons, or never out of them
      ['Omar Haddad a été englouti par les geôles du régime en 2013.', 'fr', ['Omar Haddad=missing']],
      ["Arrêté en 2012, Omar Haddad n'est jamais sorti de prison.", 'fr', ['Omar Haddad=missing']],
      ["Omar Haddad vanished into the regime's prisons in 2013.", 'en', ['Omar Haddad=missing']],
      ['Omar Haddad has never been released.', 'en', ['Omar Haddad=missing']],
      // a name joined to a full name that only the given-name lists know
      ['Among the freed were Omar Haddad of Douma and Sami Khalil of Homs.', 'en', ['Omar Haddad=released', 'Sami Khalil=released']],
      ['Omar Haddad et Sami Khalil, tous deux originaires de Douma, ont été libérés.', 'fr', ['Omar Haddad=released', 'Sami Khalil=released']],
      // a place of detention nobody knows, a detention denied
      [
        "Ahmad Darwish et Khaled Hamdan ont été arrêtés en 2013. Leur mère n'a jamais su où ils étaient détenus.",
        'fr',
        ['Ahmad Darwish=missing', 'Khaled Hamdan=missing'],
      ],
      [
        'Ahmad Darwish et Khaled Hamdan ont été arrêtés en 2013. Leurs noms ne figurent sur aucune liste.',
        'fr',
        ['Ahmad Darwish=missing', 'Khaled Hamdan=missing'],
      ],
      ['Ahmad Darwish et Khaled Hamdan ont été arrêtés en 2013. Les autorités nient le détenir.', 'fr', ['Ahmad Darwish=missing', 'Khaled Hamdan=missing']],
      ['Ahmad Darwish and Khaled Hamdan were arrested in 2013. The authorities denied holding him.', 'en', ['Ahmad Darwish=missing', 'Khaled Hamdan=missing']],
      // a detention told with its length is over; not one still running or a sentence passed
      ['Omar Haddad was held for nearly two years in Saydnaya.', 'en', ['Omar Haddad=released']],
      ['احتجز عمر الحداد لمدة نحو عامين في سجن صيدنايا.', 'ar', ['عمر الحداد=released']],
      ['Omar Haddad was held for two months at the Mezze air base.', 'en', ['Omar Haddad=released']],
      ['Omar Haddad has been held for two months at the Mezze air base.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad was sentenced to five years and held in Adra.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad a été détenu pendant deux ans à Saydnaya.', 'fr', ['Omar Haddad=released']],
      ['احتجزت المخابرات الجوية عمر الحداد شهرين في المطار.', 'ar', ['عمر الحداد=released']],
      ['عمر الحداد معتقل منذ عامين في سجن عدرا.', 'ar', ['عمر الحداد=detainee']],
      ['Omar Haddad was held for two months in 2011 and has been missing since his arrest in 2013.', 'en', ['Omar Haddad=missing']],
      // a name opening with "among them" takes what the sentence before said of the many
      [
        'Rebels freed thousands of prisoners from Saydnaya on Sunday. Among them was Omar Haddad, 45, who had been held since 2011.',
        'en',
        ['Omar Haddad=released'],
      ],
      ['أفرجت الفصائل عن مئات المعتقلين من سجن صيدنايا. ومن بينهم عمر الحداد المعتقل منذ 2011.', 'ar', ['عمر الحداد=released']],
      ['Les rebelles ont libéré des milliers de détenus de Saydnaya. Parmi eux, Omar Haddad, détenu depuis 2011.', 'fr', ['Omar Haddad=released']],
      // releases told as «élargi», «relaxé», an exchange or an acquittal
      ['Omar Haddad a été élargi en 2015.', 'fr', ['Omar Haddad=released']],
      ['Omar Haddad a été relaxé par le tribunal.', 'fr', ['Omar Haddad=released']],
      ['Omar Haddad a été échangé contre des soldats en 2014.', 'fr', ['Omar Haddad=released']],
      ['Omar Haddad was acquitted by the court in 2014.', 'en', ['Omar Haddad=released']],
      // a byline over a story of others is the writer; a first line naming the one the post is about is not
      ['سامر العلي – حلب\nأفرجت قوات النظام عن المعتقل عمر الحداد بعد سبع سنوات في صيدنايا.', 'ar', ['سامر العلي=other', 'عمر الحداد=released']],
      ['سامر العلي:\nأفرجت قوات النظام عن المعتقل عمر الحداد بعد سبع سنوات في صيدنايا.', 'ar', ['سامر العلي=other', 'عمر الحداد=released']],
      ['شبكة الأخبار - (سامر العلي)\nأفرجت قوات النظام عن المعتقل عمر الحداد بعد سبع سنوات في صيدنايا.', 'ar', ['سامر العلي=other', 'عمر الحداد=released']],
      ['سامر العلي من القاهرة\nعمر الحداد، ناشط إعلامي شاب أعدمه التنظيم يوم الاثنين إثر القبض عليه.', 'ar', ['سامر العلي=other', 'عمر الحداد=dead']],
      ['عمر الحداد - داريا\nاستشهد تحت التعذيب في سجن صيدنايا بعد اعتقال دام ثلاث سنوات، ونعته عائلته.', 'ar', ['عمر الحداد=dead']],
      // relatives told from the one held
      ['Fatima Haddad, the wife of detainee Omar Haddad, spoke to reporters.', 'en', ['Fatima Haddad=relative', 'Omar Haddad=detainee']],
      ['Fatima Haddad has not seen her son Omar since 2013.', 'en', ['Fatima Haddad=relative', 'Omar=missing']],
      ['فاطمة الحداد زوجة المعتقل عمر الحداد.', 'ar', ['فاطمة الحداد=relative', 'عمر الحداد=detainee']],
      ['Security forces arrested Yasser Khalil, whose brother Omar was released.', 'en', ['Yasser Khalil=detainee', 'Omar=released']],
      ['Security forces arrested Yasser Khalil, the brother of Omar, in 2013.', 'en', ['Yasser Khalil=detainee', 'Omar=relative']],
      [
        'Ahmad Khalil said his son Omar Haddad was arrested in 2012. "We never heard from him again," he said.',
        'en',
        ['Ahmad Khalil=relative', 'Omar Haddad=missing'],
      ],
      [
        'At Saydnaya, Naima Khalil hoped her son would be found alive, but there was no trace of him, though he had spent years imprisoned.',
        'en',
        ['Naima Khalil=relative'],
      ],
      ['فاطمة الحداد، أم لمعتقل مغيب منذ 2013، تروي قصتها.', 'ar', ['فاطمة الحداد=relative']],
      ['تقول فاطمة الحداد، والدة المعتقل عمر الحداد، إنها لم تره منذ 2013.', 'ar', ['فاطمة الحداد=relative', 'عمر الحداد=missing']],
      // an abduction followed only by being taken away says no more than the abduction; a place of detention does
      ['Omar Haddad, enlevé en 1985 par les services syriens, a été emmené en Syrie.', 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad was abducted in 2013 and taken away by regime forces.', 'en', ['Omar Haddad=missing']],
      ['Omar Haddad was abducted in 2013 and is held in Adra prison.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad was taken by armed men in 2013.', 'en', ['Omar Haddad=missing']],
      // a detention only believed or denied, a parent who died without seeing him again
      ['Omar Haddad, enlevé en 1990 par les services syriens, serait toujours détenu en Syrie.', 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad is believed to be held in Saydnaya.', 'en', ['Omar Haddad=missing']],
      ["Omar Haddad a été arrêté en 1985. Sa mère est morte sans l'avoir revu.", 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad was arrested in 2012. The regime never acknowledged holding him.', 'en', ['Omar Haddad=missing']],
      ['Damas a toujours nié détenir des Libanais. Omar Haddad est détenu à Saydnaya depuis 1985.', 'fr', ['Omar Haddad=missing']],
      // his family searches for him: he is the one sought
      ["Omar Haddad's relatives are still searching for him.", 'en', ['Omar Haddad=missing']],
      ["Omar Haddad's mother has been searching for him since 2013.", 'en', ['Omar Haddad=missing']],
      ["La famille d'Omar Haddad le cherche toujours.", 'fr', ['Omar Haddad=missing']],
      ['ما زالت عائلة محمد الحداد تبحث عنه.', 'ar', ['محمد الحداد=missing']],
      ["Mariam Haddad n'a jamais cessé d'espérer le retour de son fils Omar.", 'fr', ['Mariam Haddad=relative', 'Omar=missing']],
      // families at the opened prisons: the one they look for, hold the photo of or did not find is missing,
      // and they are his relatives, also when words of their own stand before the search
      ['Devant la prison de Saydnaya, Mariam tient la photo de son fils Omar Haddad, arrêté en 2013.', 'fr', ['Mariam=relative', 'Omar Haddad=missing']],
      ['Mariam Haddad held up a photo of her son Omar, arrested in 2013.', 'en', ['Mariam Haddad=relative', 'Omar=missing']],
      ['Mariam Haddad est venue de Homs pour retrouver son fils Omar, détenu depuis 2013.', 'fr', ['Mariam Haddad=relative', 'Omar=missing']],
      ['Mariam Haddad came to Saydnaya hoping to find her son Omar, who was arrested in 2013.', 'en', ['Mariam Haddad=relative', 'Omar=missing']],
      ['Ahmad Haddad est venu à Saydnaya chercher son frère Omar, arrêté en 2012.', 'fr', ['Ahmad Haddad=relative', 'Omar=missing']],
      ['Mariam Haddad espère trouver son frère Omar parmi les détenus libérés.', 'fr', ['Mariam Haddad=relative', 'Omar=missing']],
      ['Ahmad Haddad cherche son frère Omar, arrêté en 2012, parmi les prisonniers libérés.', 'fr', ['Ahmad Haddad=relative', 'Omar=missing']],
      ["Ahmad Haddad n'a pas retrouvé son frère Omar, incarcéré depuis 2012 à Saydnaya.", 'fr', ['Ahmad Haddad=relative', 'Omar=missing']],
      ["« Mon frère Omar a été arrêté en 2012. Nous ne l'avons pas trouvé », raconte Ahmad Haddad.", 'fr', ['Omar=missing', 'Ahmad Haddad=relative']],
      ['جاءت مريم الحداد إلى صيدنايا بحثاً عن ابنها محمد المعتقل منذ 2013.', 'ar', ['مريم الحداد=relative', 'محمد=missing']],
      // the freed prisoners someone looks at are others; not being among them leaves one missing
      ['Mariam Haddad scrute les visages des prisonniers libérés.', 'fr', ['Mariam Haddad=other']],
      ['Mariam Haddad scanned the faces of the freed prisoners.', 'en', ['Mariam Haddad=other']],
      [
        "Mariam Haddad scrute les visages des prisonniers libérés. Son fils Omar, arrêté en 2013, n'est pas parmi eux.",
        'fr',
        ['Mariam Haddad=relative', 'Omar=missing'],
      ],
      ['Omar Haddad was not among those freed, his sister Mariam said.', 'en', ['Omar Haddad=missing', 'Mariam=relative']],
      ["Omar Haddad n'était pas parmi les prisonniers libérés de Saydnaya.", 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad et Sami Khalil, deux prisonniers libérés en 2020, racontent.', 'fr', ['Omar Haddad=released', 'Sami Khalil=released']],
      // a sentence opening on "her son" and a name held is about the family of the one named alone before it
      [
        'Mariam Haddad milite pour les familles de disparus. Son père, Omar Haddad, est mort en détention en 2014.',
        'fr',
        ['Mariam Haddad=relative', 'Omar Haddad=dead'],
      ],
      [
        'Mariam Haddad spoke to reporters outside the prison. Her son Omar Haddad was arrested in 2013.',
        'en',
        ['Mariam Haddad=relative', 'Omar Haddad=detainee'],
      ],
      ['Omar Haddad was released in 2015. His brother Sami Haddad is still held.', 'en', ['Omar Haddad=released', 'Sami Haddad=detainee']],
      // «a pu être libéré»: a modal before the passive keeps the release the name's
      ['Son mari, Omar Haddad, a pu être libéré samedi de la prison de Saydnaya.', 'fr', ['Omar Haddad=released']],
      // more given names («Zeina», «Najwa», «Hozan»…)
      ["Zeina Khalil se trouvait à Lattaquié lorsqu'elle a disparu en 2017.", 'fr', ['Zeina Khalil=missing']],
      // the relative nobody has heard from: "whom he has not heard from", «qu'il n'a pas revu»
      ['Fadi Khalil misses his brother Omar, whom he has not heard from in 12 years.', 'en', ['Fadi Khalil=relative', 'Omar=missing']],
      ["Fadi Khalil pense à son frère Omar, qu'il n'a pas revu depuis 2012.", 'fr', ['Fadi Khalil=relative', 'Omar=missing']],
      // a searcher several words before the search
      [
        'Fadi Khalil, a Syrian from Turkey, traveled to the prison on Sunday to look for his father-in-law, who disappeared in 2013.',
        'en',
        ['Fadi Khalil=relative'],
      ],
      // an Arabic given name right after a speech verb, then «من» his town or «إن»; a mother unsure he still lives
      ['وقال خالد من أبناء مدينة القامشلي إن عمه اعتقل عام 2013.', 'ar', ['خالد=relative']],
      ['قالت أم محمد إن ابنها محمد الحلبي معتقل في سجن صيدنايا منذ 11 عاماً، ولا تعرف إذا كان لا يزال حياً.', 'ar', ['أم محمد=relative', 'محمد الحلبي=missing']],
      // a foreign given name in Arabic script («فانيسا», «جيمس», «باولو»)
      ['وكانت فانيسا مارتيني قد اختفت في حلب عام 2014.', 'ar', ['فانيسا مارتيني=missing']],
      // a sentence being served, a term in "regime prisons", "now free", carried out, whereabouts unknown
      ['Omar Haddad is serving a 15-year sentence in Adra.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad spent a decade in regime prisons.', 'en', ['Omar Haddad=released']],
      ['Omar Haddad a passé dix ans dans les geôles du régime.', 'fr', ['Omar Haddad=released']],
      ['Omar Haddad spent two years in the army.', 'en', ['Omar Haddad=other']],
      ['Omar Haddad, now free, described the torture.', 'en', ['Omar Haddad=released']],
      ['Omar Haddad was carried out of the prison by rebels.', 'en', ['Omar Haddad=released']],
      ["Omar Haddad's whereabouts have been unknown since his arrest.", 'en', ['Omar Haddad=missing']],
      // «le corps d'Omar», a transfer to a prison, one of the prisoners freed, behind bars, a survivor, a prison term passed
      ["Le corps d'Omar Haddad a été retrouvé à l'hôpital militaire de Harasta.", 'fr', ['Omar Haddad=dead']],
      ['Omar Haddad a été transféré à Saydnaya en 2014.', 'fr', ['Omar Haddad=detainee']],
      ['Omar Haddad was transferred to Saydnaya in 2014.', 'en', ['Omar Haddad=detainee']],
      ['نقل محمد الحداد إلى سجن صيدنايا عام 2014.', 'ar', ['محمد الحداد=detainee']],
      ['Omar Haddad fait partie des prisonniers libérés dimanche.', 'fr', ['Omar Haddad=released']],
      ['لا يزال محمد الحداد خلف القضبان.', 'ar', ['محمد الحداد=detainee']],
      ['محمد الحداد ناج من صيدنايا أدلى بشهادته في كوبلنز.', 'ar', ['محمد الحداد=released']],
      ['حكمت محكمة الإرهاب على محمد الحداد بالسجن عشر سنوات.', 'ar', ['محمد الحداد=detainee']],
      ['حوكم الضابطان في ألمانيا وصدر بحقهما حكم بالسجن.', 'ar', []],
      // a death threatened is no death: still held; one that "could have" happened is unsure
      ['Omar Haddad could be executed at any time.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad is at risk of being tortured to death.', 'en', ['Omar Haddad=detainee']],
      ["Omar Haddad risque d'être exécuté à tout moment.", 'fr', ['Omar Haddad=detainee']],
      ['محمد الحداد مهدد بالإعدام في أي لحظة.', 'ar', ['محمد الحداد=detainee']],
      ['Omar Haddad could have been killed in Saydnaya.', 'en', ['Omar Haddad=missing']],
      ['Omar Haddad was executed in 2015.', 'en', ['Omar Haddad=dead']],
      // a death nearly suffered, escaped, seen of others or only on paper before a release is no death
      ['Omar Haddad nearly died under torture.', 'en', ['Omar Haddad=detainee']],
      ['Omar Haddad was beaten almost to death.', 'en', ['Omar Haddad=detainee']],
      ['نجا محمد الحداد من الموت في صيدنايا.', 'ar', ['محمد الحداد=released']],
      ['Omar Haddad a échappé à la mort à Saydnaya.', 'fr', ['Omar Haddad=released']],
      ['Omar Haddad witnessed the death of his cellmates.', 'en', ['Omar Haddad=other']],
      ['Omar Haddad was declared dead in 2018 but was found alive in Saydnaya in 2024.', 'en', ['Omar Haddad=released']],
      ["Omar Haddad's death certificate was issued in 2018.", 'en', ['Omar Haddad=dead']],
      // a release waited for is no release, and the wait is for a release, not for someone gone
      ['Omar Haddad attend toujours sa libération.', 'fr', ['Omar Haddad=detainee']],
      ['Mariam Haddad is still waiting for the release of her son Omar.', 'en', ['Mariam Haddad=relative', 'Omar=detainee']],
      ['Mariam Haddad is still waiting for her son Omar.', 'en', ['Mariam Haddad=relative', 'Omar=missing']],
      ['لم يفرج عن محمد الحداد حتى الآن.', 'ar', ['محمد الحداد=detainee']],
      // "the Haddad family" is the family, no second mention of Omar Haddad; "Haddad" alone still is one
      ['Omar Haddad was arrested in 2013. The Haddad family has heard nothing since.', 'en', ['Omar Haddad=missing']],
      ['Omar Haddad a été arrêté en 2013. La famille Haddad est sans nouvelles.', 'fr', ['Omar Haddad=missing']],
      ['Omar Haddad was arrested in 2013. Haddad was held in Saydnaya.', 'en', ['Omar Haddad=detainee', 'Haddad=detainee']],
    ])('reads the people of %j (%s) as %j', (text, lang, expected) => {
      expect(people(text, lang)).toEqual(expected);
    });

    it('keeps the fate of someone held in the news no disappearance («مستجدات مصير الطيار»)', () => {
      expect(people('تتابع وسائل الإعلام آخر مستجدات مصير الطيار الأسير عمر الحداد.', 'ar')).not.toContain('عمر الحداد=missing');
    });

    it('makes one who introduces herself and searches for her husband («أنا فاطمة، أبحث عن زوجي») his relative', () => {
      expect(people('أنا فاطمة الزين، أبحث عن زوجي عمر الحداد المعتقل منذ 2014، آخر مرة شوهد في فرع فلسطين.', 'ar')).toEqual([
        'فاطمة الزين=relative',
        'عمر الحداد=missing',
      ]);
    });

    it('makes the woman who searches for her husband, told verb first in Arabic, his relative', () => {
      expect(people('تبحث السيدة فاطمة الزين عن زوجها المعتقل منذ عام 2014.', 'ar')).toEqual(['فاطمة الزين=relative']);
      expect(people('تبحث السيدة فاطمة الزين عن زوجها بين المفرج عنهم.', 'ar')).toEqual(['فاطمة الزين=relative']);
    });

    it('takes no title after «من» before a name for a hometown («سراح كل من الشاب فراس»)', () => {
      expect(only('أطلق سراح كل من الشاب فراس الخطيب بعد عام في سجون النظام.', 'ar').attributes.hometown).toBeNull();
    });

    it("takes no hometown from the town of a hospital («l'hôpital militaire de Harasta»)", () => {
      expect(only("Le corps d'Omar Haddad a été retrouvé à l'hôpital militaire de Harasta.", 'fr').attributes.hometown).toBeNull();
    });

    it('takes a city of exile the lists lack as the stated home (GUIDE.md: "now lives in Gaziantep", «vit à Reyhanli»)', () => {
      expect(only('Omar Haddad, a survivor who now lives in Gaziantep, was held in Saydnaya.', 'en').attributes.hometown).toBe('Gaziantep');
      expect(only('Omar Haddad, un survivant qui vit à Reyhanli, a été détenu à Saydnaya.', 'fr').attributes.hometown).toBe('Reyhanli');
      expect(only('Omar Haddad, a survivor who now lives in Damascus, was held in Saydnaya.', 'en').attributes.hometown).toBe('Damascus');
    });

    it('takes no hometown from the "of" of a kinship word («La sœur de Zaynoura, Salma Khalil», "The mother of Zaynoura, …")', () => {
      expect(only('La sœur de Zaynoura, Salma Khalil, raconte sa disparition.', 'fr').attributes.hometown).toBeNull();
      expect(only('The mother of Zaynoura, Salma Khalil, told us about the disappearance.', 'en').attributes.hometown).toBeNull();
    });

    it("takes no hometown from the regime's family name («les geôles d'Assad»), a radio's («d'Europe 1») or an everyday word after «مخيم»", () => {
      expect(only("Omar Haddad, un survivant des geôles d'Assad, raconte son calvaire.", 'fr').attributes.hometown).toBeNull();
      expect(only("Omar Haddad, le grand reporter d'Europe 1, a été libéré samedi.", 'fr').attributes.hometown).toBeNull();
      expect(only('توفي المعتقل عمر الحداد تحت التعذيب، وهو من مخيم سكان مخيم اليرموك.', 'ar').attributes.hometown).toBeNull();
    });

    it('knows «grand reporter» and "columnist" for journalists', () => {
      expect(people('Selon Omar Haddad, grand reporter à Europe 1, la prison était pleine.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Columnist Omar Haddad wrote that the prison was full.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it("links a surname to a full name that two finders read, and gives a figure's surname the figure's role", () => {
      const text = 'A German court convicted former intelligence officer Eyad al-Gharib in 2021. Gharib, 44, had helped arrest protesters.';
      const ms = extractMentions(text, 'en');
      expect(ms.map((m) => `${m.name}=${m.role}`)).toEqual(['Eyad al-Gharib=official', 'Gharib=official']);
      expect(ms[1].refersTo).toEqual({ start: ms[0].start, end: ms[0].end });
      expect(people('Le président Hafez el-Assad a reçu Elias Hraoui. Le président Assad a promis des libérations.', 'fr')).toContain('Assad=official');
    });

    it("takes no mention from a figure's family name that stands for the regime ('Assad's government')", () => {
      const text = "President Bashar al-Assad fled on Sunday. Assad's government had ruled for decades, and the Assad regime's prisons were opened.";
      expect(people(text, 'en')).toEqual(['Bashar al-Assad=official']);
    });

    it('reads every name of a list whose hometowns stand in brackets', () => {
      expect(people('أفرج عن محمد الحداد (دوما) وسامي الخطيب (حمص) وعمر السيد (حماة).', 'ar')).toEqual([
        'محمد الحداد=released',
        'سامي الخطيب=released',
        'عمر السيد=released',
      ]);
    });

    it('reads a lone given name as a person when a speech verb follows it ("Hala said") or an apposition says who he is', () => {
      expect(people('“We cheered and ululated,” Hala said about the day the prison was opened.', 'en')).toEqual(['Hala=other']);
      expect(people('Suleiman, a resident of Daraa, was studying English in Damascus at that time.', 'en')).toEqual(['Suleiman=other']);
    });

    it.each([
      ['We are looking for Omar Haddad, born 1988 in Daraya, arrested in 2013 at a checkpoint.', 'en'],
      ['Nous recherchons Omar Haddad, né en 1988 à Daraya, arrêté en 2013 à un barrage.', 'fr'],
    ])('reads the birthplace after a birth year as the hometown: %j', (text, lang) => {
      expect(only(text, lang).attributes).toMatchObject({ hometown: 'Daraya', birthYear: 1988, arrestYear: 2013 });
    });

    it.each([
      ['Omar Haddad, from the Damascus countryside town of Zabadani, died in Saydnaya.', 'en', 'Zabadani'],
      ['Omar Haddad, from the southern province of Daraa, was arrested in 2012.', 'en', 'Daraa'],
      ['Omar Haddad, who hails from the Kurdish-majority city of Qamishli, was arrested in 2012.', 'en', 'Qamishli'],
      ['Omar Haddad est natif de Homs et a été arrêté en 2012.', 'fr', 'Homs'],
      ['الاسم: محمد الحداد\nالمدينة: كفربطنا\nمفقود منذ 2013', 'ar', 'كفربطنا'],
      ['المعتقل محمد الحداد\nمكان الإقامة: دوما\nمكان الاعتقال: حاجز القطيفة', 'ar', 'دوما'],
      ['Missing: Omar Haddad\nHometown: Kafr Batna\nArrested: 2013', 'en', 'Kafr Batna'],
      ['Disparu : Omar Haddad\nVille : Douma\nArrêté en 2013', 'fr', 'Douma'],
      ['We received confirmation of the death of our colleague Omar Haddad (b. 1979, Hama) in Saydnaya prison.', 'en', 'Hama'],
      ['Omar Haddad, a Damascus lawyer detained since 2011, was transferred to Saydnaya.', 'en', 'Damascus'],
      ['Has anyone seen my son Omar Haddad? The mukhabarat took him from our house in Jaramana in 2014.', 'en', 'Jaramana'],
      ['البحث عن المعتقل عمر خالد الحداد\nمكان الاعتقال: دمشق – الفرع 215\nالبلد: دير الزور', 'ar', 'دير الزور'],
      ['قضى ابن داريا محمد الحداد تحت التعذيب.', 'ar', 'داريا'],
      ['محمد الحداد تعود أصوله إلى مدينة داريا، اعتقل عام 2013.', 'ar', 'داريا'],
      ['Omar Haddad, originaire du Akkar, a été arrêté en 1985.', 'fr', 'Akkar'],
      ['Omar Haddad, Libanais originaire de Zgharta, a été arrêté en 1985.', 'fr', 'Zgharta'],
      ['Omar Haddad, a Lebanese man from Tripoli, was arrested in 1985.', 'en', 'Tripoli'],
      ['Omar Haddad, from the Khalidiya neighbourhood of Homs, was arrested in 2012.', 'en', 'Khalidiya'],
    ])(
      'reads the hometown past words that qualify the place or a nationality, after «est natif de» or «originaire du», from a form\'s field (not the place of arrest), "(b. 1979, Hama)", "a Damascus lawyer" and "our house in": %j',
      (text, lang, hometown) => {
        expect(only(text, lang).attributes.hometown).toBe(hometown);
      },
    );

    it('links a kunya in brackets after a name to that name, past a word the name reader left out («سامر تيسير نايلة (أبو ربيع)»)', () => {
      const ms = extractMentions('أفرج يوم الخميس عن الشاب سامر تيسير نايلة (أبو ربيع) الذي قضى نحو عام في سجون النظام.', 'ar');
      expect(ms.map((m) => `${m.name}=${m.role}`)).toEqual(['سامر تيسير=released', 'أبو ربيع=released']);
      expect(ms[1].refersTo).toEqual({ start: ms[0].start, end: ms[0].end });
    });

    it('reads a compound given name written as one word with no cue («عبدالحنّان محمد») and knows a father of those taken', () => {
      expect(people('عبدالحنّان محمد، من سكان قرية شيران في كوباني، هو أب لشابين خطفهما التنظيم قبل 5 سنوات وما زالا مفقودين.', 'ar')).toEqual([
        'عبدالحنّان محمد=relative',
      ]);
      expect(people('عمر الحداد، من داريا، هو أب لثلاثة أطفال، وقد اعتقل عام 2013.', 'ar')).toEqual(['عمر الحداد=detainee']);
    });

    it('links a name written again with «عبد» joined («عبدالفتاح») to its first spelling («عبد الفتاح»)', () => {
      const ms = extractMentions('أوقف جهاز الأمن الناشط (عبد الفتاح الحسين) ثم أوقِف (عبدالفتاح الحسين) وجرى تحويله إلى التحقيق.', 'ar');
      expect(ms.map((m) => m.name)).toEqual(['عبد الفتاح الحسين', 'عبدالفتاح الحسين']);
      expect(ms[1].refersTo).toEqual({ start: ms[0].start, end: ms[0].end });
    });

    it("reads no person in a body's name that ends with 'Team', 'Unit' or 'Ministry'", () => {
      expect(people("Omar Haddad, of the Netherlands' National Investigation Team, said the bodies are hard to identify.", 'en')).toEqual([
        'Omar Haddad=other',
      ]);
    });

    it('gives "sons of" in the dual after two names («… و"…" ابني مدينة الحراك») to both, not the next town', () => {
      const text = 'كما شمل الإفراج كلاً من "محمد ناصر العدوي" و"عبد الرحيم خالد الزعبي" ابني مدينة الحراك، و"زاهر خليل الشحادات" ابن مدينة داعل بريف درعا.';
      expect(hometownsOf(text, 'ar')).toEqual(['الحراك', 'الحراك', 'داعل']);
    });

    it('gives «جثتيهما» (the bodies of the two) to the last two people named, and reads no name from «وبهذا»', () => {
      const text = 'قضى اللاجئان عمر الحداد وسامي الخطيب في سجون النظام، وقد تم التعرف على جثتيهما عبر الصور المسربة.\nوبهذا تصل الحصيلة\nإلى 37 ضحية.';
      expect(people(text, 'ar')).toEqual(['عمر الحداد=dead', 'سامي الخطيب=dead']);
    });

    it('keeps the al- word of a known place in the hometown ("Busra al-Harir")', () => {
      expect(only('Omar Haddad, from Busra al-Harir in Daraa, was arrested in 2012.', 'en').attributes.hometown).toBe('Busra al-Harir');
    });

    it('gives "he and his wife were abducted" («الذي اختطف هو وزوجته فاطمة») to both', () => {
      expect(people('يروي الفيلم قصة الدكتور سامر الحموي، الأستاذ في الجامعة، الذي اختطف هو وزوجته فاطمة شعبان عام 2013.', 'ar')).toEqual([
        'سامر الحموي=missing',
        'فاطمة شعبان=missing',
      ]);
    });

    it('reads «بعد تحريرها» after a woman named as her release', () => {
      expect(people('اعتقل النظام الشابة نور الحسن في السويداء، ونقل عن نور الحسن بعد تحريرها أنها لاقت التعذيب.', 'ar')).toEqual([
        'نور الحسن=released',
        'نور الحسن=released',
      ]);
    });

    it('reads a release of two told with a dual verb («خرجا من السجن»)', () => {
      expect(people('سامر الحموي وأحمد الخطيب خرجا من السجن عام 2020.', 'ar')).toEqual(['سامر الحموي=released', 'أحمد الخطيب=released']);
    });

    it('gives the town of a list heading («شهداء داريا», «معتقلي مدينة دوما») to the names under it, but not a prison town («معتقلي صيدنايا»)', () => {
      const heading = extractMentions('شهداء داريا تحت التعذيب:\n- محمد أحمد الخطيب\n- عمر خالد السيد', 'ar');
      expect(heading.map((m) => [m.name, m.role, m.attributes.hometown])).toEqual([
        ['محمد أحمد الخطيب', 'dead', 'داريا'],
        ['عمر خالد السيد', 'dead', 'داريا'],
      ]);
      expect(only('أفرج عن معتقلي صيدنايا ومنهم محمد أحمد الخطيب.', 'ar').attributes).toMatchObject({ hometown: null, prison: 'saydnaya' });
    });

    it('reads «وعمر» as a name in a list only before a known given name and a third word with no age after them', () => {
      expect(people('أفرج اليوم عن محمد أحمد الخطيب وعمر خالد السيد.', 'ar')).toEqual(['محمد أحمد الخطيب=released', 'عمر خالد السيد=released']);
      expect(people('توفي محمد الخطيب وعمر السجين لا يتجاوز 30 عاما.', 'ar')).toEqual(['محمد الخطيب=dead']);
    });

    it('reads a capitalised particle inside a French or English name ("Garance Le Caisne"), not before a place', () => {
      expect(people('Le journaliste Garance Le Caisne a recueilli le témoignage.', 'fr')).toEqual(['Garance Le Caisne=other']);
      expect(people('Omar Haddad was arrested. Le Monde reported it.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it("reads a list item's place past its birth-year field («… / مواليد 1985 / دوما»)", () => {
      const ms = extractMentions('أسماء الشهداء تحت التعذيب:\nمحمد أحمد الخطيب / مواليد 1985 / دوما\nسامر خليل الحموي / مواليد 1990 / حماة', 'ar');
      expect(ms.map((m) => [m.role, m.attributes.hometown, m.attributes.birthYear])).toEqual([
        ['dead', 'دوما', 1985],
        ['dead', 'حماة', 1990],
      ]);
    });

    it('reads «a grandi à» as a hometown', () => {
      expect(only('Omar Haddad a grandi à Daraya et a été arrêté en 2012.', 'fr').attributes.hometown).toBe('Daraya');
    });

    it('takes no organisation or nationality for a hometown', () => {
      expect(only('La chercheuse Sara Kayyali, de Human Rights Watch, a enquêté sur les exécutions à Saydnaya.', 'fr').attributes.hometown).toBeNull();
      expect(only('Omar Haddad, one of thousands of Syrians who disappeared into regime prisons, was arrested in 2013.', 'en').attributes.hometown).toBeNull();
      expect(only("Omar Haddad, l'un des milliers de Syriens disparus dans les geôles du régime, a été arrêté.", 'fr').attributes.hometown).toBeNull();
    });

    it('takes no word for those held after «من» for a hometown («من المعتقلين الذين خرجوا»)', () => {
      const m = only('محمد الحداد من المعتقلين الذين خرجوا من صيدنايا.', 'ar');
      expect([m.role, m.attributes.hometown, m.attributes.prison]).toEqual(['released', null, 'saydnaya']);
    });

    it('reads a village whose name starts with an everyday word after its type («من قرية ميدان إكبس»), not an adjective or «إلى»', () => {
      expect(only('اعتقلت فاطمة الحداد وهي من قرية ميدان إكبس، بحسب المصادر.', 'ar').attributes.hometown).toBe('ميدان إكبس');
      expect(only('اعتقل محمد الحداد وهو من قرية صغيرة، بحسب المصادر.', 'ar').attributes.hometown).toBeNull();
      expect(only('نقل محمد الحداد من مدينة إلى أخرى.', 'ar').attributes.hometown).toBeNull();
    });

    it('reads the place after a word of direction ("from south London", "from northern Aleppo")', () => {
      expect(only('Omar Haddad, an engineer from south London, was detained in Syria.', 'en').attributes.hometown).toBe('London');
      expect(only('Omar Haddad, an engineer from northern Aleppo, was detained in Syria.', 'en').attributes.hometown).toBe('Aleppo');
    });

    it('reads on past a US state\'s abbreviation after a town ("from Prescott, Ariz., was detained")', () => {
      const ms = extractMentions('Omar Haddad, a teacher from Prescott, Ariz., was detained in Syria in 2013, while Fadi Khalil was released.', 'en');
      expect(ms.map((m) => [m.name, m.role, m.attributes.hometown])).toEqual([
        ['Omar Haddad', 'detainee', 'Prescott'],
        ['Fadi Khalil', 'released', null],
      ]);
      expect(people('Omar Haddad was released from Saydnaya. Fadi Khalil was ill. He died in detention in 2014.', 'en')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=dead',
      ]);
    });

    it("reads «إنها» after a man's speech verb as another woman's story, not his own", () => {
      expect(people('وتتحدر فاطمة الحداد من داريا، وقال أحمد العلي إنها اعتقلت.', 'ar')).toEqual(['فاطمة الحداد=detainee', 'أحمد العلي=other']);
      expect(people('وقالت فاطمة الحداد إنها اعتقلت عام 2013 في دمشق.', 'ar')).toEqual(['فاطمة الحداد=released']);
      expect(people('وقال أحمد العلي إنه اعتقل عام 2013 في دمشق.', 'ar')).toEqual(['أحمد العلي=released']);
    });

    it('reads a present-tense verb of origin after a given name as no part of it («أما محمد فينحدر من»)', () => {
      expect(people('اعتقل خالد العلي، أما محمد فينحدر من ناحية راجو.', 'ar')).toEqual(['خالد العلي=detainee']);
    });

    it("reads a speech verb whose subject follows it as that subject's, not the story of the name before", () => {
      expect(people('Omar Haddad was detained in Syria, said his brother Fadi Khalil.', 'en')).toEqual(['Omar Haddad=detainee', 'Fadi Khalil=relative']);
      expect(people('Omar Haddad was detained in Syria, said the lawyer.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été arrêté en 2013, raconte son frère Fadi Khalil.', 'fr')).toEqual(['Omar Haddad=detainee', 'Fadi Khalil=relative']);
      expect(people('اعتقل محمد الحداد عام 2013، قال شقيقه.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // Their own words still make them a former prisoner.
      expect(people('Omar Haddad, who spent a year in Saydnaya, told the BBC he was tortured.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads an appositive over its town\'s country or state ("a teacher from Tripoli, Libya, was detained")', () => {
      const ms = extractMentions('Omar Haddad, a teacher from Tripoli, Libya, was detained in Syria, his brother Fadi Khalil said.', 'en');
      expect(ms.map((m) => [m.name, m.role, m.attributes.hometown])).toEqual([
        ['Omar Haddad', 'detainee', 'Tripoli'],
        ['Fadi Khalil', 'relative', null],
      ]);
    });

    it('reads a name between a speech verb and its own verb as the one spoken of ("said Omar Haddad was among the missing")', () => {
      expect(people('Lawyer Fadi Khalil, who represents the families, said Omar Haddad was among the missing.', 'en')).toEqual([
        'Fadi Khalil=other',
        'Omar Haddad=missing',
      ]);
      expect(people('“They beat us every day,” said Omar Haddad, who spent ten years in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a cue of no news said of "him" as his, not as that of the one who says it', () => {
      expect(people("Omar Haddad's mother, Fatima, says she last saw him in 2013, when he was taken from a checkpoint.", 'en')).toEqual([
        'Omar Haddad=missing',
        'Fatima=relative',
      ]);
      expect(people('اعتقل محمد الحداد عام 2012، ولم تسمع زوجته فاطمة عنه شيئاً منذ ذلك الحين.', 'ar')).toEqual(['محمد الحداد=missing', 'فاطمة=relative']);
    });

    it('reads the one whose family has no news as missing, not as a relative ("whose mother is still searching for him")', () => {
      expect(people('Omar Haddad, whose mother is still searching for him, was arrested in 2013.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad, dont la mère est sans nouvelles, a été arrêté en 2013.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad, whose brother was arrested in 2013, spoke to reporters.', 'en')).toEqual(['Omar Haddad=relative']);
    });

    it('reads French «son» after a cue of no news as "his", not the kinship noun', () => {
      expect(people('Omar Haddad, dont la famille est sans nouvelles depuis son arrestation, figure sur la liste des disparus.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people("Les proches d'Omar Haddad ignorent s'il est encore vivant.", 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads the mother of «المعتقل» X, named after a comma, as his relative, and «بالإفراج عنه» as his release', () => {
      expect(people('قالت والدة المعتقل محمد الحداد، فاطمة العلي، إنه اعتقل عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee', 'فاطمة العلي=relative']);
      // A release asked for, however many names stand between the demand and it; one welcomed, done.
      expect(people('طالبت والدة المعتقل محمد الحداد، فاطمة العلي، بالإفراج عنه.', 'ar')).toEqual(['محمد الحداد=detainee', 'فاطمة العلي=relative']);
      expect(people('رحبت والدة المعتقل محمد الحداد، فاطمة العلي، بالإفراج عنه.', 'ar')).toEqual(['محمد الحداد=released', 'فاطمة العلي=relative']);
      expect(people('محمد الحداد، الذي أفرج عنه من صيدنايا، تحدث عن التعذيب.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads a given name after a kinship word and before «الذي» («ابنها محمد الذي قضى»), and where a relative was found', () => {
      expect(people('نعت العائلة ابنها خالد الذي قضى تحت التعذيب في معتقلات النظام.', 'ar')).toEqual(['خالد=dead']);
      expect(people('Ahmad Haddad recognised his brother Omar among the Caesar photos.', 'en')).toEqual(['Ahmad Haddad=relative', 'Omar=dead']);
      expect(people('تعرف أحمد الحداد على صورة شقيقه محمد بين صور قيصر المسربة.', 'ar')).toEqual(['أحمد الحداد=relative', 'محمد=dead']);
    });

    it('gives a relative joined by "and his cousin" what the clause gave the name before ("Among the dead were …")', () => {
      expect(people('Among the dead were Omar Haddad and his cousin Fadi Khalil.', 'en')).toEqual(['Omar Haddad=dead', 'Fadi Khalil=dead']);
    });

    it('keeps a relative named after "with" who was not taken a relative', () => {
      expect(people('Omar Haddad was arrested in 2013. His mother came with his brother Sami to ask about him.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Sami=relative',
      ]);
    });

    it('reads an active verb whose object is a pronoun as said of the name before it ("was 19 when soldiers arrested him")', () => {
      expect(people('Omar Haddad was living in Daraya when security forces arrested him in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was 40 when the regime released him.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad avait 19 ans quand des soldats l'ont arrêté à un barrage.", 'fr')).toEqual(['Omar Haddad=detainee']);
      // "her son": the one arrested is the son, not the woman named.
      expect(people('Fatima Ali was at home when soldiers arrested her son.', 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads French words of disappearance in the plural and of lists the missing are not on', () => {
      expect(people('Omar Haddad et Fadi Khalil, arrêtés en 2012 à Daraya, sont introuvables depuis.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=missing',
      ]);
      expect(people("Omar Haddad et Fadi Khalil ont été arrêtés en 2012. Leurs noms n'apparaissent dans aucun registre.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=missing',
      ]);
      expect(people('Omar Haddad a été arrêté en 2012. Sa famille a payé des intermédiaires pour savoir où il était détenu.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('Voici les détenus dont les familles ignorent tout :\n- Omar Haddad\n- Fadi Khalil', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=missing',
      ]);
      // Held and said to be held: no disappearance.
      expect(people('Omar Haddad est détenu au secret depuis son arrestation en 2014.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it("reads French words of no news that do not say «nouvelles» («ce qu'il était advenu de lui», «ne sait rien de lui»)", () => {
      expect(people("Omar Haddad a été arrêté en 2012. Sa famille n'a jamais su ce qu'il était advenu de lui.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad, arrêté en 2012, n'a jamais été jugé. Sa famille ne sait rien de lui.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2012 et son sort n'a jamais été élucidé.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad et Fadi Khalil ont été arrêtés en 2012. Leurs familles n'ont jamais obtenu d'informations.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=missing',
      ]);
      expect(people('Omar Haddad a été arrêté en 2012. Sa famille a obtenu des informations sur sa libération en 2014.', 'fr')).toEqual([
        'Omar Haddad=released',
      ]);
    });

    it('reads the town of an appositive\'s "in" ("Omar Haddad, a pharmacist in Daraya,") as his home, not where he was arrested', () => {
      const home = (text: string, lang: string) => only(text, lang).attributes.hometown;
      expect(home('Omar Haddad, a pharmacist in Daraya, was arrested in 2012.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad, a father of three in Daraya, disappeared in 2013.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad, a lawyer based in Daraya, was detained in 2012.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad, un militant à Douma, a été arrêté en 2012.', 'fr')).toBe('Douma');
      // Where something befell him is no home.
      expect(home('Omar Haddad, arrested in Daraya in 2012, is still missing.', 'en')).toBeNull();
      expect(home('Omar Haddad, a man detained in Douma in 2012, is still missing.', 'en')).toBeNull();
      expect(home('Omar Haddad, a prisoner in Homs, was released in 2014.', 'en')).toBeNull();
    });

    it('reads the town of a description after "was" or before the name ("Omar Haddad was a pharmacist in Daraya")', () => {
      const home = (text: string) => only(text, 'en').attributes.hometown;
      expect(home('Omar Haddad was a pharmacist in Daraya before his arrest in 2012.')).toBe('Daraya');
      expect(home('Omar Haddad was a 24-year-old student in Homs when he was detained.')).toBe('Homs');
      expect(home('A pharmacist in Daraya, Omar Haddad was detained in 2012.')).toBe('Daraya');
      expect(home('Omar Haddad was a prisoner in Homs until 2014.')).toBeNull();
    });

    it('reads Arabic homes after an arrest verb («اعتقلته من منزله في»), «مسقط رأسه في», «ينتمي إلى» and «يقطن X في»', () => {
      const home = (text: string) => extractMentions(text, 'ar')[0].attributes.hometown;
      expect(home('اعتقل محمد الحداد عام 2012. وكانت قوات النظام قد اعتقلته من منزله في داريا.')).toBe('داريا');
      expect(only('Omar Haddad was taken from his home in Daraya in 2012.', 'en').attributes.hometown).toBe('Daraya');
      expect(home('عاد محمد الحداد إلى مسقط رأسه في داريا بعد الإفراج عنه.')).toBe('داريا');
      expect(home('محمد الحداد ينتمي إلى مدينة داريا، واعتقل عام 2012.')).toBe('داريا');
      expect(home('اعتقل محمد الحداد عام 2012. ويقطن الحداد في حي الميدان بدمشق.')).toBe('الميدان');
      expect(home('اعتقل محمد الحداد المقيم بداريا عام 2012.')).toBe('داريا');
      // Where he was arrested is no home.
      expect(home('اعتقل محمد الحداد في داريا عام 2012.')).toBeNull();
    });

    it('reads the arrest year past «ابن مدينة …», which is no age without a number', () => {
      const m = only('اعتقل محمد الحداد ابن مدينة "داريا" عام 2012.', 'ar');
      expect([m.attributes.hometown, m.attributes.arrestYear, m.attributes.age]).toEqual(['داريا', 2012, null]);
    });

    it('reads "all his life in", "his way home to" and "his village, X" as the hometown', () => {
      const home = (text: string) => only(text, 'en').attributes.hometown;
      expect(home('Omar Haddad was arrested in 2012. He had lived all his life in Daraya.')).toBe('Daraya');
      expect(home('Omar Haddad was detained at a checkpoint on his way home to Daraya.')).toBe('Daraya');
      expect(home('Omar Haddad left his village, Kafr Nabl, in 2011 and was arrested in Damascus in 2012.')).toBe('Kafr Nabl');
    });

    it('reads a town followed by "his hometown" after a comma as the hometown ("in Daraya, his hometown")', () => {
      expect(only('Omar Haddad was detained in 2012 in Daraya, his hometown.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('Omar Haddad a été arrêté à Daraya, sa ville natale, en 2012.', 'fr').attributes.hometown).toBe('Daraya');
    });

    it('reads a detention told as past ("was once held", «كان محتجزاً قبل سنوات», "from 2012 to 2016") as over', () => {
      expect(people('Omar Haddad was held in Saydnaya years ago.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was once held in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('كان محمد الحداد محتجزاً قبل سنوات في فرع فلسطين.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('كان محمد الحداد معتقلاً سابقاً في سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad a été détenu à Saydnaya il y a dix ans.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad had been detained in Saydnaya from 2012 to 2016.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad, détenu de 2012 à 2016 à Saydnaya, vit aujourd'hui en France.", 'fr')).toEqual(['Omar Haddad=released']);
      // When an arrest was is not that it ended; nor is a detention still going on.
      expect(people('Omar Haddad was detained two years ago.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('لا يزال محمد الحداد معتقلاً منذ سنوات في صيدنايا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('كان محمد الحداد معتقلاً قبل أن يختفي أثره عام 2014.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads one held who "now lives in" a place as out, not when the words are said of a relative', () => {
      expect(people('Omar Haddad was detained in Saydnaya. He now lives in exile in Germany.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad, who now lives in Gaziantep, was held in Saydnaya for three years.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad a été détenu à Saydnaya. Il vit aujourd'hui en exil en France.", 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('اعتقل محمد الحداد في صيدنايا، ويعيش اليوم لاجئاً في ألمانيا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad was arrested in 2012. His mother now lives in Turkey.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("Omar Haddad a été arrêté en 2012. Sa femme vit aujourd'hui en Turquie.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('اعتقل محمد الحداد عام 2012، وتعيش عائلته اليوم في تركيا.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a speaker who tells of "his" detention as a former prisoner, not one who tells of a son or a client', () => {
      expect(people('Omar Haddad spoke about his years of detention in the Palestine Branch.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad says he was tortured throughout his detention.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('تحدث محمد الحداد عن سنوات اعتقاله في فرع فلسطين.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad raconte les tortures subies pendant sa détention.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people("Fatima Ali spoke about her son's detention in the Palestine Branch.", 'en')).toEqual(['Fatima Ali=relative']);
      expect(people("Fadi Khalil, a lawyer, described his client's detention as illegal.", 'en')).toEqual(['Fadi Khalil=other']);
      expect(people('Omar Haddad a été arrêté en 2012. Son avocat, Fadi Khalil, raconte sa détention.', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Fadi Khalil=other',
      ]);
    });

    it("reads what follows «إن» after an Arabic speaker as the clause said, not as the speaker's own fate", () => {
      expect(people('وقال الناشط فادي خليل إن الاعتقال تم دون مذكرة قضائية.', 'ar')).toEqual(['فادي خليل=other']);
      expect(people('وقال المحامي فادي خليل إن اعتقاله غير قانوني.', 'ar')).toEqual(['فادي خليل=other']);
      expect(people('وقالت فاطمة العلي إن الاعتقال طال ابنها.', 'ar')).toEqual(['فاطمة العلي=other']);
      expect(people('Omar Haddad was arrested in 2012. Fadi Khalil, his lawyer, said his detention was illegal.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fadi Khalil=other',
      ]);
      // "that he was arrested": his own story, as before.
      expect(people('قال محمد الحداد إنه اعتقل عام 2012.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads Arabic releases told by a term: «وخرج X بعد 12 عاماً», «بعد عشر سنوات من الاعتقال», «حررت الفصائل المعتقلين»', () => {
      expect(people('كسر الثوار أبواب السجن وخرج محمد الحداد بعد 12 عاماً.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('بعد عشر سنوات من الاعتقال، عاد محمد الحداد إلى داريا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('حررت فصائل المعارضة المعتقلين في صيدنايا، ومن بينهم محمد الحداد.', 'ar')).toEqual(['محمد الحداد=released']);
      // Leaving his town after a term is no release.
      expect(people('خرج محمد الحداد من داريا بعد اعتقال شقيقه.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('keeps held one set apart from a release: "except", "still held", "not among them", a transfer «إلى سجن»', () => {
      expect(people('Everyone was released except Omar Haddad.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('أفرجت السلطات عن عشرات المعتقلين باستثناء محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Tous ont été libérés, sauf Omar Haddad.', 'fr')).toEqual(['Omar Haddad=detainee']);
      // "except" says held only of the name right after it.
      expect(people('Omar Haddad a parlé à tout le monde sauf au juge.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('رغم صدور قرار بالإفراج عنه، لا يزال محمد الحداد معتقلاً.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad remained in prison after his brother was released.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('محمد الحداد لم يخرج من صيدنايا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('محمد الحداد لم يخرج من منزله منذ أيام.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('خرج محمد الحداد من فرع فلسطين إلى سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('خرج محمد الحداد من سجن صيدنايا إلى الحرية.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('لم يكن محمد الحداد بين المفرج عنهم.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Prisoners walked out of Saydnaya, but Omar Haddad was not among them.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('خرج المعتقلون من صيدنايا، لكن محمد الحداد لم يكن بينهم.', 'ar')).toEqual(['محمد الحداد=missing']);
      // Released, and "still" said of something else.
      expect(people('Omar Haddad was released in 2015 but his brother is still held.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads the Caesar victims and the death lists of the civil registry as deaths', () => {
      expect(people('محمد الحداد من ضحايا صور قيصر.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('Omar Haddad is one of the Caesar victims.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad figure parmi les 11 000 détenus photographiés par César.', 'fr')).toEqual(['Omar Haddad=dead']);
      expect(people('ظهر اسم محمد الحداد في قوائم الوفيات التي سلمتها دوائر النفوس.', 'ar')).toEqual(['محمد الحداد=dead']);
    });

    it('gives what follows an Arabic kinship noun with "her" on it («ابنها الذي اختفى», «أبنائها في سجون») to the relative', () => {
      expect(people('تحمل فاطمة العلي صورة ابنها الذي اختفى عام 2013.', 'ar')).toEqual(['فاطمة العلي=other']);
      expect(people('فقدت فاطمة العلي ثلاثة من أبنائها في سجون النظام.', 'ar')).toEqual(['فاطمة العلي=other']);
      // Her own fate, told after her name, stays hers.
      expect(people('اعتقلت فاطمة العلي مع ابنها عام 2013.', 'ar')).toEqual(['فاطمة العلي=detainee']);
    });

    it('reads "a released prisoner" as someone unnamed, and "to learn where he was" or "nothing has been heard of" as missing', () => {
      expect(people('Omar Haddad was arrested in 2012. His family later learned through a released prisoner that he was in Saydnaya.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad met a released prisoner in Gaziantep.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('The released detainee Omar Haddad spoke to reporters.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Nothing has been heard of Omar Haddad since his arrest in 2012.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2012 and his family paid bribes to learn where he was.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2012 ودفعت عائلته مبالغ طائلة لمعرفة مكانه.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads the one whose mother searches as missing ("The mother of Omar Haddad still does not know where he is"), and not the one whose mother was arrested', () => {
      expect(people('The mother of Omar Haddad still does not know where he is.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people("La mère d'Omar Haddad le cherche depuis 2013.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('The brother of Omar Haddad was arrested in 2013.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people('اعتقلت قوات النظام والدة محمد الحداد.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('keeps the one of whom a mother "says her son X was arrested" held, not a former prisoner telling his story', () => {
      expect(people('Fatima Ali, a mother of three, says her son Omar Haddad was arrested in 2012.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad said he was arrested in 2012.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it("reads French words of no news («depuis, plus rien», «où est-il ?», «sans qu'on sache où») as missing", () => {
      expect(people('Omar Haddad a été arrêté en 2012 à un barrage. Depuis, plus rien.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2012. Où est-il aujourd'hui ?", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2012, sans qu'on sache où il se trouve.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad, arrêté en 2012, n'a jamais été libéré.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2012. Depuis, aucun signe de lui.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2012. Il a été libéré en 2014.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('does not take the gunmen of «خطف مسلحون محمد الحداد» into the name of the one they took', () => {
      expect(people('خطف مسلحون فاطمة العلي.', 'ar')).toEqual(['فاطمة العلي=missing']);
      expect(people('خطف مسلحون مجهولون محمد الحداد.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل مسلحون محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('links a family name that is also an everyday word («الحداد», "the smith") to the full name, with what its sentence says', () => {
      const ms = extractMentions('أفرج عن محمد الحداد وأحمد العلي من سجن صيدنايا. وينحدر الحداد من داريا.', 'ar');
      expect(ms.map((m) => [m.name, m.attributes.hometown, m.refersTo === null])).toEqual([
        ['محمد الحداد', 'داريا', true],
        ['أحمد العلي', null, true],
        ['الحداد', 'داريا', false],
      ]);
      // The everyday word with no one of that name in the post is no name.
      expect(people('وصل الحداد إلى الورشة صباحاً.', 'ar')).toEqual([]);
    });

    it('links a kunya used alone to the name it was first given with in brackets («محمد الحداد (أبو أحمد) … وأبو أحمد من داريا»)', () => {
      const ms = extractMentions('أفرج عن محمد الحداد (أبو أحمد) من سجن صيدنايا. وأبو أحمد من أهالي داريا.', 'ar');
      expect(ms.map((m) => [m.name, m.role, m.attributes.hometown, m.refersTo === null])).toEqual([
        ['محمد الحداد', 'released', 'داريا', true],
        ['أبو أحمد', 'released', 'داريا', false],
      ]);
      // Another kunya is someone else.
      const other = extractMentions('أفرج عن محمد الحداد (أبو أحمد) من سجن صيدنايا. وأبو سامر من أهالي داريا.', 'ar');
      expect(other.map((m) => [m.name, m.refersTo === null])).toEqual([
        ['محمد الحداد', true],
        ['أبو سامر', true],
      ]);
    });

    it('reads a town followed by "where he was born" («où il a grandi», «حيث كان يعيش») or after "raised in" as the hometown', () => {
      expect(only('Omar Haddad was released in 2024 and returned to Daraya, where he was born.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('Omar Haddad was arrested in 2012. Raised in Daraya, he studied law in Damascus.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('Omar Haddad was arrested at his family home in Daraya in 2012.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('Omar Haddad a été libéré et est retourné à Daraya, où il a grandi.', 'fr').attributes.hometown).toBe('Daraya');
      expect(only('اعتقل محمد الحداد عام 2012 في داريا حيث كان يعيش.', 'ar').attributes.hometown).toBe('داريا');
      // Where something else befell him is no home.
      expect(only('Omar Haddad was arrested in Damascus, where he was studying law.', 'en').attributes.hometown).toBeNull();
    });

    it('reads one taken to a place of detention ("was taken to Saydnaya", «اقتيد إلى فرع فلسطين») or tortured as held, not one taken to hospital', () => {
      expect(people('Omar Haddad was taken to Saydnaya.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was taken to the notorious Saydnaya prison.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été conduit à la prison de Saydnaya.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('اقتيد محمد الحداد إلى فرع فلسطين.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad was tortured for months.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été torturé à Saydnaya.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was tortured to death in Saydnaya.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad was taken to hospital after the protest.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('نقل محمد الحداد إلى المستشفى بعد إصابته.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads one who went through detention, was let out of jail or was set free as released', () => {
      expect(people('Omar Haddad went through detention in 2013.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Fatima Ali est passée par la prison de Adra.', 'fr')).toEqual(['Fatima Ali=released']);
      expect(people('روى محمد الحداد تجربته في الاعتقال.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad was let out of jail this evening.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a speaker who says they held "him" («l\'ont détenu», «اعتقله») as telling his own detention, not a lawyer of someone named before', () => {
      expect(people('Omar Haddad says air force intelligence held him for two months at the airport.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad raconte que les services de renseignement l'ont détenu deux mois à l'aéroport.", 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('ويضيف محمد الحداد أن الأمن اعتقله مرتين.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad was arrested in 2012. His lawyer Fadi Khalil said intelligence officers held him for two months.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fadi Khalil=other',
      ]);
    });

    it('reads a release asked for with "be" ("urge that X be freed", "must be freed", «doit être libéré») as not come', () => {
      expect(people('We urge that Omar Haddad be freed immediately.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('We keep urging that Omar Haddad, who is still being held arbitrarily, be freed immediately.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad, who is still being held, must be freed.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Nous exigeons que Omar Haddad soit libéré.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was freed in 2024.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads an Arabic present-tense holding verb («ما زالت تحتجز الناشط أحمد العلي») as held, past a title', () => {
      expect(people('أفرجت القوة عن محمد الحداد، بينما ما زالت تحتجز الناشط أحمد العلي.', 'ar')).toEqual(['محمد الحداد=released', 'أحمد العلي=detainee']);
      expect(people('تعتقل قوات النظام الصحفي أحمد العلي منذ 2012.', 'ar')).toEqual(['أحمد العلي=detainee']);
    });

    it('reads one who left a prison alive as released, whatever death the sentence tells of the place after it', () => {
      expect(people('Omar Haddad fled a regime prison where prisoners sit waiting for their turn to be killed.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad fled a regime prison and exposed a hidden world of terror and death.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad died under torture in Saydnaya.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad walked out of Saydnaya in 2014, was re-arrested in 2016 and died under torture.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('reads «قسراً» ("by force") as a disappearance only with a verb of hiding, not of conscription', () => {
      expect(people('اعتقلت قسد الطفل محمد الحداد وجندته قسرياً.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('أخفي محمد الحداد قسرياً عام 2013.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 وأخفته الأجهزة الأمنية قسرياً.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('محمد الحداد من المختفين قسرياً.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads a family that "thought he was dead" («ظنت أنه قد مات») as a death on paper, which his release outweighs', () => {
      expect(people('خرج محمد الحداد من السجن بعد تسع سنوات، ورجع إلى أسرته التي ظنت أنه قد مات.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad was freed in 2024 and went home to a family that thought he was dead.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad a été libéré en 2024 ; sa famille le croyait mort.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "their bodies" and a family called to collect his belongings («لاستلام أغراضه») as deaths', () => {
      expect(people('Omar Haddad and Fadi Khalil were tortured in Saydnaya. Their bodies have not been handed back to their families.', 'en')).toEqual([
        'Omar Haddad=dead',
        'Fadi Khalil=dead',
      ]);
      expect(people('أبلغت عائلة محمد الحداد بضرورة مراجعة الشرطة العسكرية لاستلام أغراضه.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people("La famille d'Omar Haddad a été convoquée pour récupérer ses effets personnels.", 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it("reads exile after a place of detention (\"From Saydnaya to exile\", «Des geôles d'Assad jusqu'à l'exil») as a release", () => {
      expect(people('From Saydnaya to exile in Germany: the story of Omar Haddad.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('من صيدنايا إلى المنفى: قصة محمد الحداد.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people("Des geôles d'Assad jusqu'à l'exil en France : paroles de Syriennes. Leurs prénoms : Omar, Fadi et Samir.", 'fr')).toEqual([
        'Omar=released',
        'Fadi=released',
        'Samir=released',
      ]);
      // Exile alone says nothing of detention.
      expect(people("Omar Haddad, militant de Daraya, a pris le chemin de l'exil en 2013.", 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('reads "was captured" and "in the hands of" («aux mains du régime», «في قبضة») as held, and "captured the moment" as nothing', () => {
      expect(people('Omar Haddad was wounded in the shoulder when he was captured.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad fell into the hands of regime forces in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad est aux mains du régime depuis 2013.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('وقع محمد الحداد في قبضة الأمن العسكري عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad captured the moment on his phone.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it('does not end a sentence at a month\'s abbreviation before a number ("confirmed on Feb. 10 that he had died")', () => {
      expect(people("Omar Haddad was arrested in 2013. Haddad's parents confirmed on Feb. 10 that he had died.", 'en')).toEqual([
        'Omar Haddad=dead',
        'Haddad=dead',
      ]);
    });

    it('reads an unnamed speaker («dit-il», «ويقول: "…"») right after someone held as that one telling his story', () => {
      expect(people("Omar Haddad a été torturé pendant douze jours. « Ce n'était que le début », dit-il.", 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('اعتقل محمد الحداد عام 2012 وتعرض للتعذيب. ويقول: "كانوا يضربوننا كل يوم".', 'ar')).toEqual(['محمد الحداد=released']);
      // One whose kin speaks, or a lawyer, is not the speaker.
      expect(people('اعتقل محمد الحداد عام 2012. وقال المحامي: "القضية ما زالت مفتوحة".', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad a été arrêté en 2012. Sa mère le cherche toujours. « Je ne perds pas espoir », dit-elle.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
    });

    it('reads a release Arabic says "must" happen («يجب الإفراج عنه») as asked for, not come', () => {
      expect(people('اعتقل محمد الحداد عام 2012. وقالت منظمة العفو: "يجب الإفراج عنه".', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads the name after an Arabic kinship noun in construct («شقيقة محمد», «شقيق محمد», «زوجة محمد») as the relative of the one the verb befell', () => {
      expect(people('استشهدت شقيقة محمد الحداد تحت التعذيب.', 'ar')).toEqual(['محمد الحداد=relative']);
      expect(people('قتل شقيق محمد الحداد تحت التعذيب في صيدنايا.', 'ar')).toEqual(['محمد الحداد=relative']);
      expect(people('اعتقلت زوجة محمد الحداد عام 2013.', 'ar')).toEqual(['محمد الحداد=relative']);
      expect(people('أفرج عن والد محمد الحداد من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=relative']);
      // «شقيقه محمد» is "his brother Mohammad", who is the one arrested; a nasab inside a name stays a name.
      expect(people('اعتقل شقيقه محمد الحداد عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقل أحمد ابن محمد الحداد عام 2013.', 'ar')).toEqual(['أحمد ابن محمد الحداد=detainee']);
    });

    it('reads the one whose mother searches for "him" before or after her («تبحث والدة محمد الحداد عنه», «لا تعرف مكانه») as missing', () => {
      expect(people('تبحث والدة محمد الحداد عنه منذ 2013.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('والدة محمد الحداد لا تعرف مكانه حتى اليوم.', 'ar')).toEqual(['محمد الحداد=missing']);
      // She searches for someone else: he is no one sought.
      expect(people('تبحث والدة محمد الحداد عن ابنها الآخر.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads «أخذ المسلحون … محمد الحداد وزوجته فاطمة العلي» (gunmen took) as an abduction of both', () => {
      expect(people('أخذ المسلحون من المنزل محمد الحداد وزوجته فاطمة العلي وطفليهما.', 'ar')).toEqual(['محمد الحداد=missing', 'فاطمة العلي=missing']);
    });

    it('reads a death that "could be" or "may be" as unsure (missing), and a release that may be as not come', () => {
      expect(people('Omar Haddad could be dead.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad may be released soon.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad is dead.', 'en')).toEqual(['Omar Haddad=dead']);
      // A death he could suffer is a threat to one held.
      expect(people('Omar Haddad could be executed at any time.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('gives a hometown said of a group to each of its names («ثلاثة معتقلين من أبناء داريا، هم …», "The brothers are from Daraya")', () => {
      const homes = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(homes('أفرج عن ثلاثة معتقلين من أبناء داريا، هم محمد الحداد وأحمد العلي وسامر النجار.', 'ar')).toEqual([
        'محمد الحداد=داريا',
        'أحمد العلي=داريا',
        'سامر النجار=داريا',
      ]);
      expect(homes('أفرج عن محمد الحداد وأحمد العلي من سجن صيدنايا. وينحدر الشقيقان من مدينة داريا.', 'ar')).toEqual(['محمد الحداد=داريا', 'أحمد العلي=داريا']);
      expect(homes('Omar Haddad and Fadi Khalil were released. Both are from Daraya.', 'en')).toEqual(['Omar Haddad=Daraya', 'Fadi Khalil=Daraya']);
      // A sentence that says nothing of them together is no one's.
      expect(homes('Omar Haddad and Fadi Khalil were released. The town of Daraya was besieged.', 'en')).toEqual(['Omar Haddad=null', 'Fadi Khalil=null']);
    });

    it('reads «habitait Daraya», «d\'où il est originaire», "where he is from" and "from a family in" as the hometown, not «habite» a city of exile', () => {
      const home = (text: string, lang: string) => only(text, lang).attributes.hometown;
      expect(home('Omar Haddad habitait Daraya avant son arrestation en 2012.', 'fr')).toBe('Daraya');
      expect(home("Omar Haddad a été arrêté en 2012 à Daraya, d'où il est originaire.", 'fr')).toBe('Daraya');
      expect(home('Omar Haddad was detained in 2012 in Daraya, where he is from.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad, who comes from a family in Daraya, was detained in 2012.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad, qui habite Gaziantep, a été libéré en 2016.', 'fr')).toBeNull();
    });

    it('reads the names after ", they are" («، وهم …», «، هم: …») as the people the clause spoke of, with its role', () => {
      expect(people('قضى ثلاثة معتقلين تحت التعذيب، وهم شامان الظاهر وسامر النجار وأحمد العلي.', 'ar')).toEqual([
        'شامان الظاهر=dead',
        'سامر النجار=dead',
        'أحمد العلي=dead',
      ]);
      expect(people('أفرج عن معتقلين اثنين، هما: شامان الظاهر وأحمد العلي.', 'ar')).toEqual(['شامان الظاهر=released', 'أحمد العلي=released']);
      // "They" alone, with no role word before it, introduces no one.
      expect(people('وصل الوفد إلى المدينة، وهم يحملون المساعدات.', 'ar')).toEqual([]);
    });

    it('reads «وعاد إلى بلدته X», «X، بلدته» and «أحد سكان X» as the hometown', () => {
      const home = (text: string) => only(text, 'ar').attributes.hometown;
      expect(home('أفرج عن محمد الحداد من سجن صيدنايا، وعاد إلى بلدته كفرنبل.')).toBe('كفرنبل');
      expect(home('خرج محمد الحداد من المعتقل وعاد إلى مدينته داريا.')).toBe('داريا');
      expect(home('اعتقل محمد الحداد في 2012 من حاجز على مدخل داريا، بلدته.')).toBe('داريا');
      expect(home('أفرج عن محمد الحداد، أحد سكان داريا.')).toBe('داريا');
      // A movement "from" a town is still no origin.
      expect(home('أفرج عن محمد الحداد وعاد من داريا إلى دمشق.')).toBeNull();
    });

    it('reads «« … », dit Fatima Ali» as Fatima speaking, and the one she searches for («je cherche mon fils») as missing', () => {
      expect(people('« Je cherche mon fils, Samir Nasser », dit Fatima Ali.', 'fr')).toEqual(['Samir Nasser=missing', 'Fatima Ali=relative']);
      expect(people('« Je cherche mon fils », dit Fatima Ali. Samir Nasser a été arrêté en 2014.', 'fr')).toEqual([
        'Fatima Ali=relative',
        'Samir Nasser=missing',
      ]);
      expect(people('« Nous cherchons mon frère Samir Nasser depuis 2014 », explique Fatima Ali.', 'fr')).toEqual([
        'Samir Nasser=missing',
        'Fatima Ali=relative',
      ]);
      // «dit» after a name and its comma still gives an alias, linked to the name.
      const [, alias] = extractMentions('Jihad Mohammad, dit Abou Rami, a été arrêté en 2013.', 'fr');
      expect(alias).toMatchObject({ name: 'Abou Rami', role: 'detainee', refersTo: { start: 0, end: 14 } });
    });

    it('reads a speaker who tells of "my brother" held as family, however long the brother\'s name', () => {
      expect(people('« Mon frère Omar Haddad a été arrêté en 2012 », raconte Fatima Ali.', 'fr')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
      expect(people('Fatima Ali raconte : « Mon frère Omar Haddad a été arrêté en 2012. »', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
    });

    it('reads a town the lists lack after «من أهالي», «من» and a compound head («تل», «أم»), and a kunya-shaped town in Latin script', () => {
      const home = (text: string, lang: string) => only(text, lang).attributes.hometown;
      expect(home('أفرج عن محمد الحداد من أهالي زيزون.', 'ar')).toBe('زيزون');
      expect(home('أفرج عن محمد الحداد من تل شهاب.', 'ar')).toBe('تل شهاب');
      expect(home('أفرج عن محمد الحداد ابن بلدة أم ولد بريف درعا.', 'ar')).toBe('أم ولد');
      expect(home('Omar Haddad, from the town of Umm Walad, was released on Sunday.', 'en')).toBe('Umm Walad');
      expect(home('Omar Haddad, from Umm Walad in Daraa, was released on Sunday.', 'en')).toBe('Umm Walad');
      expect(home("Omar Haddad, originaire du village d'Oum Walad, a été libéré.", 'fr')).toBe('Oum Walad');
      // An everyday word after «من» is still no town, and a kunya after a bare "from" is still a person.
      expect(home('أفرج عن محمد الحداد من بيت أهله.', 'ar')).toBeNull();
      expect(people('Omar Haddad was released. He thanked Abu Hammam, who had hidden him.', 'en')).toContain('Abu Hammam=other');
    });

    it("gives the post's role to a name nothing is said of in a short post, not in a long English or French article", () => {
      const long =
        'Omar Haddad was arrested in Daraya in 2012. The town was besieged for four years. Its mosque was rebuilt in 2020. ' +
        'Its market reopened last spring. Its young people had long followed the ideas of Samir Nasser.';
      expect(people(long, 'en')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=other']);
      const longFr =
        'Omar Haddad a été arrêté à Daraya en 2012. La ville a été assiégée quatre ans. Sa mosquée a été reconstruite en 2020. ' +
        'Son marché a rouvert au printemps. Ses jeunes suivaient depuis longtemps les idées de Samir Nasser.';
      expect(people(longFr, 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=other']);
      expect(people('Released today: Omar Haddad. Samir Nasser. Fadi Khalil.', 'en')).toEqual([
        'Omar Haddad=released',
        'Samir Nasser=released',
        'Fadi Khalil=released',
      ]);
    });

    it('reads a town that mourns or welcomes "its son" («نعت داريا ابنها», "Daraya mourns its son") as his hometown', () => {
      const home = (text: string, lang: string) => only(text, lang).attributes.hometown;
      expect(home('نعت بلدة داريا ابنها محمد الحداد الذي قضى تحت التعذيب.', 'ar')).toBe('داريا');
      expect(home('داريا تستقبل ابنها محمد الحداد بعد 12 عاماً في صيدنايا.', 'ar')).toBe('داريا');
      expect(home('Daraya mourns its son Omar Haddad, who died under torture.', 'en')).toBe('Daraya');
      // A place something is said "in" owns no one.
      expect(home('قالت والدة محمد الحداد في داريا إن ابنها اعتقل عام 2012.', 'ar')).toBeNull();
    });

    it('reads «محمد الحداد - مدينة داريا», «(مدينة داريا)» and "the town\'s son" («ابن المدينة محمد الحداد») as the hometown', () => {
      const home = (text: string) => only(text, 'ar').attributes.hometown;
      expect(home('أفرج عن محمد الحداد - مدينة داريا.')).toBe('داريا');
      expect(home('أفرج عن محمد الحداد (مدينة داريا).')).toBe('داريا');
      expect(home('في مدينة داريا، أفرج عن ابن المدينة محمد الحداد.')).toBe('داريا');
      expect(home('دخل المسلحون بلدة زيزون بريف درعا. واعتقلوا ابن البلدة محمد الحداد.')).toBe('زيزون');
      // The town in a prison's name is no town named.
      expect(home('أفرج عن محمد الحداد من سجن صيدنايا، ابن المدينة.')).toBeNull();
      // «المدينة» after «ابن» is no newspaper: the name stays.
      expect(people('أفرج عن ابن البلدة محمد الحداد.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads a sentence that opens on a role word and a comma («Ancien détenu de Saydnaya, Omar Haddad raconte») as said of the name', () => {
      expect(people('Ancien détenu de Saydnaya, Omar Haddad raconte.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('A former detainee of Saydnaya, Omar Haddad told his story.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('معتقل سابق في صيدنايا، يروي محمد الحداد قصته.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Released last week, Omar Haddad spoke to reporters.', 'en')).toEqual(['Omar Haddad=released']);
      // The many a definite word names, and words that are no role, describe nobody.
      expect(people('The detainees, Omar Haddad said, were starving.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('المعتقلون، قال محمد الحداد، يعانون من الجوع.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('After the arrests, Omar Haddad fled to Turkey.', 'en')).toEqual(['Omar Haddad=other']);
      // «survivants», as "survivors".
      expect(people("Omar Haddad est l'un des rares survivants de Saydnaya.", 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads «فقد الاتصال بمحمد» and «انقطع التواصل مع محمد» as missing, and «قضى محمد نحبه» as a death', () => {
      expect(people('فقد الاتصال بمحمد الحداد منذ 2013.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('انقطع التواصل مع محمد الحداد منذ اعتقاله.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('قضى محمد الحداد نحبه في سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=dead']);
      // «قضى» with years is time spent, not a death.
      expect(people('قضى محمد الحداد عشر سنوات في صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads French "a documenté", «déplore», «souffle» as speech verbs, so the one who documents is no detainee', () => {
      expect(people("Samir Nasser, qui a documenté la disparition d'Omar Haddad, appelle à la justice.", 'fr')).toEqual([
        'Samir Nasser=other',
        'Omar Haddad=missing',
      ]);
      expect(people('« Mon frère Omar Haddad a été arrêté en 2012 », souffle Fatima Ali.', 'fr')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
    });

    it('does not read the words a speaker quoted before her name as said of her: \'"They killed my brother," Fatima Ali said\'', () => {
      expect(people('"They killed my brother," Fatima Ali said.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('"They arrested my son in 2013", Fatima Ali said.', 'en')).toEqual(['Fatima Ali=relative']);
      // A quoted name keeps the role word before its opening quote.
      expect(people('أفرج عن المعتقل "محمد الحداد" اليوم.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads a family name that is also a place right after a known given name ("Abdulkader Shaar")', () => {
      expect(people('Abdulkader Shaar, 34, died in detention.', 'en')).toEqual(['Abdulkader Shaar=dead']);
      expect(people('Omar Shaar was arrested in 2012.', 'en')).toEqual(['Omar Shaar=detainee']);
      // A town after a full name stays a town.
      expect(people('Omar Haddad Daraya was arrested.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar went to Daraya yesterday.', 'en')).toEqual([]);
    });

    it("reads an unknown given name before a family name in «ال…ي» after a cue, and a blogger's title", () => {
      expect(people('أفرج عن طل الملوحي بعد عشر سنوات.', 'ar')).toEqual(['طل الملوحي=released']);
      expect(people('اعتقلت طل الملوحي عام 2009.', 'ar')).toEqual(['طل الملوحي=detainee']);
      expect(people('أفرج عن المدونة سمر الملوحي بعد عشر سنوات.', 'ar')).toEqual(['سمر الملوحي=released']);
      expect(people('Blogger Tal al-Mallohi was released.', 'en')).toEqual(['Tal al-Mallohi=released']);
      // An everyday word before an adjective in «ال…ي» is no name.
      expect(people('اعتقل عنصر الأمن السياسي عام 2012.', 'ar')).toEqual([]);
      expect(people('أفرج عن دفعة السوريين من سجن عدرا.', 'ar')).toEqual([]);
    });

    it('reads a hyphenated given name of known parts ("Jean-Pierre") as known', () => {
      expect(people('Jean-Pierre Dupont, a French aid worker, was kidnapped in Aleppo in 2013.', 'en')).toEqual(['Jean-Pierre Dupont=missing']);
      expect(people('The Jean-Pierre Foundation helped.', 'en')).toEqual([]);
    });

    it('reads a death from an illness or a heart attack as no death in detention, unless a prison is named', () => {
      expect(people('Omar Haddad died of cancer in 2019.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people("Omar Haddad est mort d'un cancer en 2019.", 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('توفي محمد الحداد إثر مرض عضال.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('Omar Haddad died of cancer in Saydnaya prison in 2019.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('توفي المعتقل محمد الحداد إثر مرض عضال في سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('Omar Haddad died of a heart attack in detention.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('reads «مدير سجن صيدنايا السابق محمد الحداد» ("former" after the complement of a title) as an official', () => {
      expect(people('قال مدير سجن صيدنايا السابق محمد الحداد إن السجناء عوملوا جيداً.', 'ar')).toEqual(['محمد الحداد=official']);
    });

    it('reads "Omar Haddad\'s hometown, Daraya" and "Omar Haddad\'s village of Kafranbel" as his hometown', () => {
      const home = (text: string) => extractMentions(text, 'en')[0]?.attributes.hometown;
      expect(home("Omar Haddad's hometown, Daraya, was besieged for four years.")).toBe('Daraya');
      expect(home("Omar Haddad's village of Kafranbel was bombed after his arrest.")).toBe('Kafranbel');
      expect(home("Omar Haddad's village was bombed after his arrest.")).toBeNull();
    });

    it('reads «Omar Haddad est de Daraya» as his hometown', () => {
      expect(extractMentions('Omar Haddad est de Daraya. Il a été arrêté en 2012.', 'fr')[0].attributes.hometown).toBe('Daraya');
      expect(extractMentions('Omar Haddad est de nouveau détenu à Adra.', 'fr')[0].attributes.hometown).toBeNull();
    });

    it('reads "X, the son of Y," as X\'s apposition: Y is family, and what follows is said of X', () => {
      const first = (text: string, lang: string) => extractMentions(text, lang)[0];
      expect(people('Omar Haddad, the son of Fatima Ali, was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
      expect(first('Omar Haddad, the son of Fatima Ali, was arrested in 2013.', 'en').attributes.arrestYear).toBe(2013);
      expect(first('Omar Haddad, fils de Fatima Ali, a été arrêté en 2013.', 'fr').attributes.arrestYear).toBe(2013);
      expect(people("Omar Haddad, Samir Nasser's brother, died in Saydnaya in 2014.", 'en')).toEqual(['Omar Haddad=dead', 'Samir Nasser=relative']);
      expect(first("Omar Haddad, Samir Nasser's brother, died in Saydnaya in 2014.", 'en').attributes.prison).toBe('saydnaya');
      expect(people('محمد الحداد، شقيق أحمد العلي، توفي في صيدنايا عام 2014.', 'ar')).toEqual(['محمد الحداد=dead', 'أحمد العلي=relative']);
      expect(people('اعتقل محمد الحداد، ابن فاطمة العلي، عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee', 'فاطمة العلي=relative']);
      // A parent in apposition is the family: the participle after it is the child's.
      expect(people('Oum Youssef, mère de Youssef Kurdi, disparu en 2012, témoigne.', 'fr')).toContain('Youssef Kurdi=missing');
      // Said of the one in the apposition, it stays his.
      expect(people('Omar Haddad, the brother of detainee Samir Nasser, spoke to us.', 'en')).toContain('Samir Nasser=detainee');
    });

    it('reads "Fatima Ali, his mother," and one who "never saw him again" as family of the one gone', () => {
      expect(people('Omar Haddad was arrested in 2013. Fatima Ali, his mother, still hopes to find him alive.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
      expect(people("Omar Haddad a été arrêté en 2013. Fatima Ali, sa mère, ne l'a jamais revu.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
      expect(people('اعتقل محمد الحداد عام 2013. وما زالت فاطمة العلي، والدته، تبحث عنه.', 'ar')).toEqual(['محمد الحداد=missing', 'فاطمة العلي=relative']);
      expect(people("Omar Haddad a été arrêté en 2013. Fatima Ali ne l'a jamais revu.", 'fr')).toEqual(['Omar Haddad=missing', 'Fatima Ali=relative']);
      expect(people('Omar Haddad was arrested in 2013. Fatima Ali never saw him again.', 'en')).toEqual(['Omar Haddad=missing', 'Fatima Ali=relative']);
      // "Her son", with no name, says the same.
      expect(people('Omar Haddad was arrested in 2012. Mohammad, her son, has been missing since 2013.', 'en')).toContain('Mohammad=missing');
      expect(people('Omar Haddad a été arrêté en 2012. Depuis, ses proches ignorent où il se trouve.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads one nothing is said of, in a sentence about "her son", as family', () => {
      expect(people('Since the arrest of her son Omar Haddad in 2013, Fatima Ali has toured the prisons.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      expect(people('Omar Haddad a été arrêté en 2013. Fatima Ali veut savoir la vérité sur son fils.', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      // A name with its own cue keeps it.
      expect(people('Since the arrest of his son in 2013, Omar Haddad was arrested twice.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it.each([
      ["Omar Haddad a été arrêté en 1982 à Tripoli. Ses proches pensent qu'il est encore en vie.", 'fr'],
      ['Omar Haddad a été arrêté en 1982 à Tripoli. Sa mère est morte sans savoir.', 'fr'],
      ["Omar Haddad a été arrêté en 1982. Sa famille s'accroche à l'espoir de le voir revenir.", 'fr'],
      ["Omar Haddad a été arrêté en 1982. Sa famille n'a jamais fait son deuil.", 'fr'],
      ['Omar Haddad a été arrêté en 1982. Sa famille a versé des pots-de-vin pour le localiser.', 'fr'],
      ['Omar Haddad a été arrêté en 1982. Sa mère a fait le tour des prisons sans résultat.', 'fr'],
      ['Omar Haddad a été arrêté en 2012 ; les autorités refusent de révéler son lieu de détention.', 'fr'],
      ['Omar Haddad was arrested in 2012. His mother believes he is still alive.', 'en'],
      ['Omar Haddad was arrested in 2012. His mother went from prison to prison.', 'en'],
    ])('reads %j (%s) as missing: his family does not know where he is', (text, lang) => {
      expect(people(text, lang)).toEqual(['Omar Haddad=missing']);
    });

    it('reads one only said to have been taken as missing in a post about the disappeared, not one held where he is known to be', () => {
      const about = 'Fatima Ali chairs the association of families of the disappeared. ';
      expect(people(about + 'Her son Omar Haddad was arrested in 1982.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(people(about + 'Her son Omar Haddad is held in Adra prison.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
      const apropos = "Fatima Ali préside l'association des familles de disparus. ";
      expect(people(apropos + 'Son fils Omar Haddad a été arrêté en 1982.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(people(apropos + 'Son fils Omar Haddad est détenu à Adra depuis 2012.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
    });

    it('reads «مقيم في داريا» and «تولد داريا 1985» as a hometown', () => {
      const home = (text: string) => extractMentions(text, 'ar')[0]?.attributes.hometown;
      expect(home('محمد الحداد، مقيم في داريا، اعتقل عام 2012.')).toBe('داريا');
      expect(home('محمد الحداد، تولد داريا 1985، قضى تحت التعذيب.')).toBe('داريا');
      expect(home('محمد الحداد، تولد عام 1985، قضى تحت التعذيب.')).toBeNull();
    });

    it('reads a family that waits for news of several people, or searches for a list of them, as their being missing', () => {
      expect(people('Omar Haddad et Samir Nasser ont été arrêtés en 2012 et leurs familles attendent toujours des nouvelles.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('اعتقل محمد الحداد وأحمد العلي عام 2012، وما زالت عائلتاهما تنتظران أي خبر عنهما.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'أحمد العلي=missing',
      ]);
      expect(people('The families of Omar Haddad, Samir Nasser and Fadi Khalil are still looking for them.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
        'Fadi Khalil=missing',
      ]);
      expect(people("Les familles d'Omar Haddad et de Samir Nasser les cherchent toujours.", 'fr')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      // The families who speak of them are not the ones sought.
      expect(people("Les familles d'Omar Haddad et de Samir Nasser ont témoigné.", 'fr')).not.toContain('Omar Haddad=missing');
    });

    it('reads «détiennent» and «sont encore retenus» as held', () => {
      expect(people('Les ravisseurs détiennent toujours Omar Haddad et Samir Nasser.', 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee']);
      expect(people('Deux hommes sont encore retenus : Omar Haddad et Samir Nasser.', 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee']);
      expect(people('Le projet retenu par la commission a été présenté par Omar Haddad.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('reads "none of them was released", «aucun d\'entre eux n\'a été libéré» as no release', () => {
      const three = 'Omar Haddad, Samir Nasser and Fadi Khalil were arrested in 2012. ';
      expect(people(three + 'None of them has been released.', 'en')).not.toContain('Omar Haddad=released');
      const trois = 'Omar Haddad, Samir Nasser et Fadi Khalil ont été arrêtés en 2012. ';
      expect(people(trois + "Aucun d'entre eux n'a été libéré.", 'fr')).not.toContain('Omar Haddad=released');
      expect(people(trois + "Aucun n'a été libéré.", 'fr')).not.toContain('Samir Nasser=released');
      expect(people('Omar Haddad ; Samir Nasser ; Fadi Khalil : tous trois arrêtés en 2012, jamais libérés.', 'fr')).toContain('Omar Haddad=missing');
      // A release said of them all still is one.
      expect(people(trois + 'Tous ont été libérés en 2015.', 'fr')).toContain('Omar Haddad=released');
    });

    it('gives the verb of a list of titled names to the first name too ("Lawyer Omar Haddad, doctor Samir Nasser and …")', () => {
      expect(people('Lawyer Omar Haddad, doctor Samir Nasser and student Fadi Khalil were arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
        'Fadi Khalil=detainee',
      ]);
      expect(people("L'avocat Omar Haddad, le médecin Samir Nasser et l'étudiant Fadi Khalil ont été arrêtés en 2012.", 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
        'Fadi Khalil=detainee',
      ]);
      // A titled name alone, with nothing said of it, is no one held.
      expect(people('Lawyer Omar Haddad said that Samir Nasser was arrested in 2012.', 'en')).toEqual(['Omar Haddad=other', 'Samir Nasser=detainee']);
    });

    it('gives a crowd\'s hometown to every name of the list after «بينهم», "among them", «dont»', () => {
      const homes = (text: string, lang: string) => extractMentions(text, lang).map((m) => m.attributes.hometown);
      expect(homes('أفرج النظام عن عشرة معتقلين من مدينة داريا، بينهم محمد الحداد وأحمد العلي وخالد السيد.', 'ar')).toEqual(['داريا', 'داريا', 'داريا']);
      expect(homes('Ten detainees from Daraya were freed, among them Omar Haddad and Samir Nasser.', 'en')).toEqual(['Daraya', 'Daraya']);
      // Each one's own hometown stays his.
      expect(homes('أفرج عن عشرة معتقلين، بينهم محمد الحداد من داريا وأحمد العلي من دوما.', 'ar')).toEqual(['داريا', 'دوما']);
    });

    it('reads «داريا تودع أربعة من أبنائها: …» (a town and its sons, a few words on) as their hometown', () => {
      const homes = (text: string) => hometownsOf(text, 'ar');
      expect(homes('داريا تودع أربعة من أبنائها قضوا تحت التعذيب في سجون النظام: محمد الحداد وأحمد العلي.')).toEqual(['داريا', 'داريا']);
      expect(homes('قالت والدته في داريا إن ابنها محمد الحداد قضى تحت التعذيب.')).toEqual([null]);
    });

    it('reads "returned to Daraya", «عاد إلى داريا», «est rentré à Daraya» after a release as a known home', () => {
      const home = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.hometown;
      expect(home('Omar Haddad was released on Monday and returned to Daraya.', 'en')).toBe('Daraya');
      expect(home('أفرج عن محمد الحداد يوم الاثنين، وعاد إلى داريا حيث استقبله الأهالي.', 'ar')).toBe('داريا');
      expect(home('Omar Haddad a été libéré lundi et est rentré à Daraya.', 'fr')).toBe('Daraya');
      // The hometown the text gives comes first; a country is no hometown.
      expect(home('Omar Haddad, from Daraya, was released on Monday and returned to Damascus.', 'en')).toBe('Daraya');
      expect(home('Omar Haddad was released on Monday and returned to Syria.', 'en')).toBeNull();
    });

    it('reads family testimony: the searcher is kin, "mother of three detainees" is kin, the one sought is missing', () => {
      expect(people('Fatima Ali cherche depuis des années son mari, Omar Haddad.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(people("Samir Nasser, le père d'Omar Haddad, est mort sans savoir ce qu'était devenu son fils.", 'fr')).toEqual([
        'Samir Nasser=relative',
        'Omar Haddad=missing',
      ]);
      expect(people('Fatima Ali a reconnu son frère parmi les photos de César.', 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali, mère de trois détenus, manifeste chaque semaine.', 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali, mother of two detainees, protests every week.', 'en')).toEqual(['Fatima Ali=relative']);
      // One who speaks of no one's kin stays a witness.
      expect(people('Fatima Ali a reconnu les lieux parmi les photos de César.', 'fr')).toEqual(['Fatima Ali=other']);
    });

    it('reads an English -ing verb right before a name ("…, freeing Omar Haddad and …") as what befell it', () => {
      expect(people('Rebels opened the cells of Saydnaya on Sunday, freeing Omar Haddad and hundreds of others.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Rebels stormed the prison, freeing Omar Haddad and Samir Nasser.', 'en')).toEqual(['Omar Haddad=released', 'Samir Nasser=released']);
      expect(people('Security forces raided the house, arresting Omar Haddad.', 'en')).toEqual(['Omar Haddad=detainee']);
      // Not before anything else.
      expect(people('Omar Haddad was arrested while releasing doves.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "despite a court order for his release" as still held', () => {
      expect(people('Omar Haddad remains in detention despite a court order for his release.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «الخارجين من السجن» as released, and a name right after a definite «السجن» as a person', () => {
      expect(people('وبين الخارجين من صيدنايا الشاب محمد الحداد من مدينة داريا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('ومن الخارجين من السجن محمد الحداد وأحمد العلي.', 'ar')).toEqual(['محمد الحداد=released', 'أحمد العلي=released']);
      // Leaving a besieged town is no release.
      expect(people('وكان من بين الخارجين من المدينة المحاصرة محمد الحداد.', 'ar')).not.toContain('محمد الحداد=released');
      // An indefinite «سجن» still goes on with its own name.
      expect(people('نقل المعتقلون إلى سجن صيدنايا.', 'ar')).toEqual([]);
      // «رئيس الهيئة X»: a title, its body, then the name.
      expect(people('وقال رئيس الهيئة عبد الناصر حمود إن العمل يشمل جميع المفقودين.', 'ar')).toEqual(['عبد الناصر حمود=official']);
    });

    it('reads a name no list knows after a courtesy title ("Mr Bedawi", «Mme Bedawi») as a partial name', () => {
      const one = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role}${m.partial ? ' partial' : ''}`);
      expect(one('Mr Bedawi was detained at a checkpoint in 2013.', 'en')).toEqual(['Bedawi=detainee partial']);
      expect(one('Mme Bedawi a été arrêtée en 2013.', 'fr')).toEqual(['Bedawi=detainee partial']);
      expect(one('M. Bedawi a été arrêté en 2013.', 'fr')).toEqual(['Bedawi=detainee partial']);
      // With its full form in the post, it refers to it.
      const both = extractMentions('Omar Bedawi was detained in 2013. Mr Bedawi was later released.', 'en');
      expect(both.map((m) => m.name)).toEqual(['Omar Bedawi', 'Bedawi']);
      expect(both[1].refersTo).toEqual({ start: both[0].start, end: both[0].end });
    });

    it('reads a former prisoner telling his story in English news shapes as released', () => {
      expect(people('"They tortured us every day," Omar Haddad told AFP after his release.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad said he had spent nine years in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad told the BBC that he was tortured in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad told reporters he was tortured in Branch 215.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Speaking to Reuters, Omar Haddad recalled the day he was arrested in 2012.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was one of the last prisoners to leave Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      // "He" after another name told is not the speaker for sure.
      expect(people('Omar Haddad told Samir Nasser that he was arrested.', 'en')).toContain('Omar Haddad=other');
    });

    it('reads "Omar Haddad\'s brother Samir Nasser died" as the brother\'s death, and campaigning for the missing as no disappearance', () => {
      expect(people("Omar Haddad's brother Samir Nasser died in Saydnaya in 2015.", 'en')).toEqual(['Omar Haddad=relative', 'Samir Nasser=dead']);
      expect(people('Omar Haddad, who was detained for six years, now campaigns for the missing.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a former prisoner telling his story in French and Arabic news shapes as released', () => {
      const said = (text: string, lang: string) => people(text, lang)[0];
      expect(said("Omar Haddad a confié à l'AFP qu'il avait été torturé à la branche 215.", 'fr')).toBe('Omar Haddad=released');
      expect(said('Omar Haddad se souvient du jour où il a été arrêté, en 2012.', 'fr')).toBe('Omar Haddad=released');
      expect(said("Omar Haddad a expliqué à l'AFP avoir passé neuf ans à Saydnaya.", 'fr')).toBe('Omar Haddad=released');
      expect(said('Omar Haddad dit avoir été torturé pendant des mois.', 'fr')).toBe('Omar Haddad=released');
      expect(said('Omar Haddad fait partie des derniers détenus à avoir quitté Saydnaya.', 'fr')).toBe('Omar Haddad=released');
      expect(said('قال محمد الحداد لوكالة فرانس برس إنه أمضى تسع سنوات في صيدنايا.', 'ar')).toBe('محمد الحداد=released');
      expect(said('روى محمد الحداد لعنب بلدي كيف اعتقل عام 2012.', 'ar')).toBe('محمد الحداد=released');
      expect(said('يقول محمد الحداد إنه تعرض للتعذيب في فرع فلسطين.', 'ar')).toBe('محمد الحداد=released');
      // «avoir» after a speech verb is the speaker's own past; a name told is someone else.
      expect(said("Omar Haddad a raconté à Samir Nasser qu'il avait été arrêté.", 'fr')).toBe('Omar Haddad=other');
    });

    it('reads a name after «ابن بلدة كفرنبل» and a cue, and a name "among" the Caesar photos', () => {
      expect(people('استشهد تحت التعذيب ابن بلدة كفرنبل ثائر زعزوع.', 'ar')).toEqual(['ثائر زعزوع=dead']);
      expect(extractMentions('استشهد تحت التعذيب ابن بلدة كفرنبل ثائر زعزوع.', 'ar')[0].attributes.hometown).toBe('كفرنبل');
      expect(people('أفرج عن ابن بلدة معربة ثائر زعزوع.', 'ar')).toEqual(['ثائر زعزوع=released']);
      expect(people('ظهرت صورة ثائر زعزوع ضمن صور قيصر.', 'ar')).toEqual(['ثائر زعزوع=dead']);
    });

    it('reads a card whose name line is followed by a line of only a known place as that hometown', () => {
      const home = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.hometown;
      expect(home('محمد أحمد الحداد\nداريا\nمعتقل منذ 2012', 'ar')).toBe('داريا');
      expect(home('Omar Haddad\nDaraya\nDetained since 2012', 'en')).toBe('Daraya');
      // Not after a line that says more than the name, nor a prison's town.
      expect(home('أفرج عن محمد الحداد من صيدنايا\nحمص', 'ar')).toBeNull();
      expect(home('محمد الحداد\nصيدنايا\nأفرج عنه اليوم', 'ar')).toBeNull();
    });

    it('reads "detainees\' families" (a role noun that owns what follows) as said of others', () => {
      expect(people("Omar Haddad, a founder of the association, discussed what the photos mean for detainees' families.", 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad, a founder of the association, was among the detainees freed.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a capitalised word no list knows with an age set apart after it ("Bedawi, 41, was freed") as a partial name', () => {
      const one = (text: string, lang: string) =>
        extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.age}${m.partial ? ' partial' : ''}`);
      expect(one('Bedawi, 41, was freed on Sunday.', 'en')).toEqual(['Bedawi=released 41 partial']);
      expect(one('Bedawi, 41 ans, a été libéré dimanche.', 'fr')).toEqual(['Bedawi=released 41 partial']);
      // A count is no age, nor is a number after a place.
      expect(one('Tuesday, 41 people were freed.', 'en')).toEqual([]);
      expect(one('Damascus, 12, was shelled.', 'en')).toEqual([]);
    });

    it('reads more words of a fate unknown in English and Arabic, and a search that has gone on for years', () => {
      expect(people('Nobody has heard from Omar Haddad since 2013.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('It is not known whether Omar Haddad is still alive.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('لا يعرف أحد مكان محمد الحداد منذ اعتقاله عام 2013.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('فقدت عائلة محمد الحداد الاتصال به بعد اعتقاله.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('تبحث فاطمة العلي منذ 12 عاماً عن ابنها محمد الحداد.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد الحداد=missing']);
      // Losing contact with a tower is no disappearance of anyone.
      expect(people('فقدت الطائرة الاتصال بالبرج.', 'ar')).toEqual([]);
    });

    it('reads a town the lists lack after "He is from" or «Il est originaire de», and a Latin place-headed town in an apposition as no person', () => {
      const one = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.hometown}`);
      expect(one('Omar Haddad was arrested in 2012. He is from Mahajja, a village in Quneitra.', 'en')).toEqual(['Omar Haddad=detainee Mahajja']);
      expect(one('Omar Haddad a été arrêté en 2012. Il est originaire de Mahajja, dans la province de Kuneitra.', 'fr')).toEqual([
        'Omar Haddad=detainee Mahajja',
      ]);
      expect(one('Omar Haddad, a 34-year-old from Umm Batna, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee Umm Batna']);
      expect(one('Omar Haddad, of Tell Shihab, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee Tell Shihab']);
      expect(one('Omar Haddad, from Abu Kamal, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee Abu Kamal']);
      expect(one('خرج محمد الحداد من سجن صيدنايا وعاد إلى أهله في داريا.', 'ar')).toEqual(['محمد الحداد=released داريا']);
      // A kunya after "of" inside the apposition is a person's.
      expect(one('Omar Haddad, the son of Abu Omar, was arrested in 2012.', 'en').map((p) => p.split(' ')[0] + ' ' + p.split(' ')[1])).toEqual([
        'Omar Haddad=detainee',
        'Abu Omar=relative',
      ]);
    });

    it('reads a family that does not know whether its two or more held are alive as a search for them', () => {
      expect(people("Omar Haddad et Samir Nasser ont été arrêtés en 2012 et leurs familles ignorent s'ils sont encore en vie.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('اعتقل محمد الحداد وأحمد العلي عام 2012، ولا تعرف عائلتاهما إن كانا على قيد الحياة.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'أحمد العلي=missing',
      ]);
    });

    it('reads a death denied or not survived, and the speaker after a closed quote as no item of a list', () => {
      expect(people("Omar Haddad a été arrêté en 2013. Sa mère est sûre qu'il n'est pas mort.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was arrested in 2013. His mother is sure he was not killed.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad did not survive the torture.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people("Omar Haddad n'a pas survécu à la torture.", 'fr')).toEqual(['Omar Haddad=dead']);
      expect(people('لم ينج محمد الحداد من التعذيب في صيدنايا.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('"They killed my brother Omar," Fatima Ali said.', 'en')).toEqual(['Omar=dead', 'Fatima Ali=relative']);
      expect(people('"I am looking for my son Omar," Fatima Ali said.', 'en')).toEqual(['Omar=missing', 'Fatima Ali=relative']);
      // Quotes around each name of a list still join them.
      expect(people('Security forces arrested "Omar Haddad", "Samir Nasser" and "Fadi Khalil" in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
        'Fadi Khalil=detainee',
      ]);
    });

    it('reads a next sentence about an unnamed brother as his, a fear of arrest as no arrest, and a word-like given name before an age', () => {
      expect(people('Omar Haddad lives in Berlin. His brother disappeared in 2012 at a checkpoint.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people("Omar Haddad vit à Gaziantep. Son frère a été libéré de la prison d'Adra en décembre.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people('Omar Haddad lives in Berlin. He was released from Saydnaya in 2020.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was detained in 2013, shortly before his sister Fatima Ali fled to Turkey, fearing her own arrest.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      expect(people('Jihad Haddad, 40, was freed in December.', 'en')).toEqual(['Jihad Haddad=released']);
      expect(people('"Torture remains widespread," Samir Nasser, the group\'s Crisis Campaigns Manager, told reporters.', 'en')).toEqual([
        'Samir Nasser=other',
      ]);
    });

    it('reads a family that has had no word or communication from the one held as a search', () => {
      expect(people('Omar Haddad was detained in 2013. Since his detention, his sister has not received any communication from him.', 'en')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people("Omar Haddad a été arrêté en 2013. Depuis, sa sœur n'a reçu aucune communication de lui.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013، ومنذ ذلك الحين لم تتلق عائلته أي اتصال منه.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads a name and "his brother" as both taken, and a kinship word\'s apposition after a comma as a name', () => {
      expect(people('Omar Haddad and his brother were arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad et son frère ont été enlevés avec leur oncle, Yosef Haddad, en 2012.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Yosef Haddad=missing',
      ]);
      expect(people('Omar Haddad was arrested with his uncle, Zorwan Khalil, in 2012.', 'en')).toEqual(['Omar Haddad=detainee', 'Zorwan Khalil=detainee']);
      expect(people('Issam Sayouh se présente chez Annas Darwish Ammar.', 'fr')).toEqual(['Issam Sayouh=other', 'Annas Darwish Ammar=other']);
      expect(people('وقال أحمد العلي، أحد أقرباء المفقود محمد الحداد، إن العائلة تبحث عنه.', 'ar')).toEqual(['أحمد العلي=relative', 'محمد الحداد=missing']);
      expect(people('Samir Nasser, agent de la sécurité militaire, a arrêté Omar Haddad.', 'fr')).toEqual(['Samir Nasser=official', 'Omar Haddad=detainee']);
    });

    it("keeps a university's city, a time ago and a governorate from standing for a hometown, a length or the finest place", () => {
      const one = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.hometown}`);
      expect(one("Omar Haddad, 22 ans, étudiant à l'Université de Damas, a été arrêté en 2012.", 'fr')).toEqual(['Omar Haddad=detainee null']);
      expect(one('استشهد الشاب محمد الحداد تحت التعذيب. وذكرت مصادر محلية أن الحداد اعتقل قبل ست سنوات.', 'ar')).toEqual([
        'محمد الحداد=dead null',
        'الحداد=dead null',
      ]);
      expect(one('استشهد الشاب محمد الحداد المنحدر من محافظة درعا تحت التعذيب. وأفادت مصادر أن الشاب الحداد ينحدر من بلدة محجة.', 'ar')).toEqual([
        'محمد الحداد=dead محجة',
        'الحداد=dead محجة',
      ]);
      // A length of detention still makes a release.
      expect(one('اعتقل محمد الحداد ست سنوات ثم أفرج عنه.', 'ar')).toEqual(['محمد الحداد=released null']);
    });

    it("reads a body named for those it works for, a woman's death beside a man's name and a crowd owned by 'its' as no one's state", () => {
      expect(people('وقال رئيس رابطة معتقلي صيدنايا، محمد الحداد، إن القوائم غير مكتملة.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('عاد المعتقل محمد الحداد إلى بلدته داريا بعد 30 عاماً، ولم يجد أمه التي انتظرته، فقد توفيت قبل عام.', 'ar')).toEqual([
        'محمد الحداد=detainee',
      ]);
      expect(people('توفيت فاطمة العلي في سجن صيدنايا.', 'ar')).toEqual(['فاطمة العلي=dead']);
      expect(people('Samira Ali, an American journalist, walks through a secret prison in Damascus, emptied of its prisoners.', 'en')).toEqual([
        'Samira Ali=other',
      ]);
      expect(people('Omar Haddad was detained in 2014. His skull is fractured and missing a part, his cousin Samir Nasser said.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=relative',
      ]);
    });

    it('reads an unknown town after "his town" with a compound head, and a sentence\'s length as no age', () => {
      const one = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.hometown} ${m.attributes.age}`);
      expect(one('أفرج عن محمد الحداد وعاد إلى بلدته أم باطنة.', 'ar')).toEqual(['محمد الحداد=released أم باطنة null']);
      expect(one('أفرج عن المعتقل محمد الحداد بعد قضاء محكوميته البالغة 8 سنوات.', 'ar')).toEqual(['محمد الحداد=released null null']);
      expect(one('أفرج عن المعتقل محمد الحداد البالغ من العمر 30 عاما.', 'ar')).toEqual(['محمد الحداد=released null 30']);
    });

    it('reads «ألقي القبض على» as an arrest, unnamed former detainees who speak and those waiting for news as no one named', () => {
      const one = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.arrestYear}`);
      expect(one('ألقت قوات النظام القبض على محمد الحداد عام 2012 في داريا.', 'ar')).toEqual(['محمد الحداد=detainee 2012']);
      // Only said to have been taken, in 1985: one of the disappeared (heldLongAgo).
      expect(one('تروي عائلة الحداد أن محمد الحداد أُلقي القبض عليه عند نقطة تفتيش عام 1985.', 'ar')).toEqual(['محمد الحداد=missing 1985']);
      expect(people('Former detainees said Omar Haddad had disappeared in 2015.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people("Des anciens détenus ont déclaré qu'Omar Haddad avait disparu en 2015.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Parmi ceux qui attendent des nouvelles, il y a Omar Haddad, originaire d'Idlib.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people('Omar Haddad is among those still missing.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad, ayant été tué en 2013, a été enterré à Daraya.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('ends an Arabic name before «ل» on a hamza or «ال», drops «و» and a word as a name, and keeps «وائل»', () => {
      expect(people('انسدت كل الطرق بالسيدة السورية أم محمد لإيصال قصة ابنها المعتقل منذ 2012.', 'ar').map((p) => p.split('=')[0])).toEqual(['أم محمد']);
      expect(people('ثمانية أعوام مرت على الاعتقال ونار الاشتياق تزداد يوماً بعد يوم.', 'ar')).toEqual([]);
      expect(people('اعتقل وائل الحداد عام 2012.', 'ar')).toEqual(['وائل الحداد=detainee']);
      expect(people('اعتقل محمد الحداد ووسام الخطيب عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee', 'وسام الخطيب=detainee']);
    });

    it('reads «sa région natale de» as a hometown, and a capitalised word after an article as no first name', () => {
      expect(extractMentions('Omar Haddad est mort en détention. Il était revenu en 2015 dans sa région natale de Jablé.', 'fr')[0].attributes.hometown).toBe(
        'Jablé',
      );
      expect(people("Il avait reçu des promesses du ministre de la Réconciliation Ali Haïdar qu'il ne serait pas appréhendé.", 'fr')).toEqual([
        'Ali Haïdar=official',
      ]);
    });

    it("reads a newspaper and a priest or member of parliament by their titles, not as people taking the post's outcome", () => {
      expect(people('Omar Haddad was released last week, Al-Quds Al-Arabi reported.', 'en')).toEqual(['Omar Haddad=released']);
      // A member of parliament is a politician: an official (GUIDE.md).
      expect(people('Member of Parliament Samir Nasser welcomed him.', 'en')).toEqual(['Samir Nasser=official']);
      expect(people('Omar Haddad has been locked up since 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "after being held for 33 years" as a detention that ended, "is being held" as one that goes on', () => {
      expect(people('Omar Haddad returned to Lebanon on Monday after being held for 33 years.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad is being held for six months without charge.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it("reads a name inside a quote opened after a speech verb as spoken of, and «شقيقي» as the writer's kin", () => {
      expect(people('وأضاف: "اعتقل محمد الحداد عام 2013".', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('وقال: "أخي أحمد اعتقل عام 2013".', 'ar')).toEqual(['أحمد=detainee']);
      expect(people('وقال أحد الأهالي: "شقيقي محمد اعتقل منذ عام 2014 ولم نعرف عنه شيئاً".', 'ar')).toEqual(['محمد=missing']);
      expect(people('قال محمد الحداد: "اعتقلوني عام 2013 في فرع فلسطين".', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «أي أخبار عن» as no news of someone, and a word after a valley or base word as a place, not a lone name', () => {
      expect(people('وتقول فاطمة العلي إنها لا تعرف أي أخبار عن سمر الحداد منذ 2013.', 'ar')).toContain('سمر الحداد=missing');
      expect(people('وتقول فاطمة العلي إنها لا تعرف أي أخبار عن شقيقتها سمر.', 'ar')).toContain('سمر=missing');
      expect(people("Arrêté le 17 novembre dans la vallée du Jourdain, il a été victime d'une disparition forcée.", 'fr')).toEqual([]);
      expect(people('Il a été détenu à la base militaire de Samra, privé de nourriture.', 'fr')).toEqual([]);
      expect(people('He was forcibly disappeared and held at the Samra military base.', 'en')).toEqual([]);
      expect(people('He was held in Karim district for a week.', 'en')).toEqual([]);
    });

    it('reads "returning from" as no origin, "found no trace of" as a search, a fear before "was dead" as no death, and a kinship word after an opening phrase', () => {
      expect(extractMentions('Omar Haddad died under torture in Sednaya prison after returning from Rukban camp.', 'en')[0].attributes.hometown).toBeNull();
      expect(extractMentions('توفي محمد الحداد تحت التعذيب بعد عودته من مخيم الركبان.', 'ar')[0].attributes.hometown).toBeNull();
      expect(people('Fatima Ali found no trace of Samir Haddad.', 'en')).toEqual(['Fatima Ali=relative', 'Samir Haddad=missing']);
      expect(people("Fatima Ali n'a trouvé aucune trace de Samir Haddad.", 'fr')).toEqual(['Fatima Ali=relative', 'Samir Haddad=missing']);
      expect(people('Omar Haddad spent years fearing his son Samir was dead.', 'en')).toEqual(['Omar Haddad=relative', 'Samir=missing']);
      expect(people('In 1986, her son, Samir Haddad, remained among the disappeared.', 'en')).toEqual(['Samir Haddad=missing']);
    });

    it('reads an appeal to free someone as held, the released who speak unnamed as others, and an exception before a whole list', () => {
      expect(people('La FIDH appelle les autorités syriennes à libérer Omar Haddad et Samir Nasser.', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
      ]);
      expect(people('The FIDH calls on the authorities to release Omar Haddad.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("L'épouse d'Omar Haddad, détenu depuis deux ans par le régime, a appelé à sa libération.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('People who were released from the prison said Omar Haddad had been tortured there.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("Nous savons par des gens qui sont sortis de ce lieu de détention qu'Omar Haddad a été torturé.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('La plupart ont été libérés, sauf M. Haddad, Samir Nasser et Fadi Khalil, accusés de terrorisme et détenus à Adra.', 'fr')).toEqual([
        'Haddad=detainee',
        'Samir Nasser=detainee',
        'Fadi Khalil=detainee',
      ]);
      expect(people('Most were later released, except Omar Haddad and Samir Nasser, who are still held in Adra.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
      ]);
    });

    it("reads the speaker after «a déclaré à l'AFP», a searcher who wants to know what happened to someone, and no hometown in «M.»", () => {
      expect(
        people('"Nous appelons le gouvernement syrien à libérer Omar, Samir et Fadi", a déclaré à l\'AFP Fatima Ali, elle-même journaliste.', 'fr'),
      ).toEqual(['Omar=detainee', 'Samir=detainee', 'Fadi=detainee', 'Fatima Ali=other']);
      expect(people('Fadi Khalil cherche à savoir ce qui est arrivé à Omar Haddad.', 'fr')).toEqual(['Fadi Khalil=relative', 'Omar Haddad=missing']);
      expect(people('Fadi Khalil wants to know what happened to Omar Haddad.', 'en')).toEqual(['Fadi Khalil=relative', 'Omar Haddad=missing']);
      expect(extractMentions('Samir Nasser, un collègue de M. Haddad, a été arrêté en 2012.', 'fr')[0].attributes.hometown).toBeNull();
    });

    it('gives a kin phrase its participle after a quote or "and", and a name what others say befell "him"', () => {
      expect(people('Fatima Ali tenait des portraits de son fils et de son mari, « disparus » en Syrie en 2012.', 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali held portraits of her son and husband, who disappeared in 2012.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('ونشر ناشطون صوراً لـ "محمد الحداد" قالوا إن قوات النظام اعتقلته صباح أمس.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('ونشر ناشطون صوراً لمحمد الحداد وقالوا إن قوات النظام اعتقلته.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a kinship apposition in brackets, a name inside it as not the speaker, and «سعود» as a given name', () => {
      expect(people('وقالت فاطمة العلي (أم المعتقل محمد) إنها انضمت إلى الحركة.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد=detainee']);
      expect(people('Fatima Ali (the mother of detainee Omar) said she joined the movement.', 'en')).toEqual(['Fatima Ali=relative', 'Omar=detainee']);
      expect(people('ومن بين المختفين قسريا، أحمد الخطيب وسعود العلي.', 'ar')).toEqual(['أحمد الخطيب=missing', 'سعود العلي=missing']);
    });

    it('reads "staggered out of Syria\'s infamous Saydnaya jail" as a release and «رجح» as a speech verb', () => {
      expect(people('A year ago, Omar Haddad staggered out of Syria’s infamous Saydnaya jail, barefoot and confused.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('تعرف أقارب المعتقل محمد الحداد إلى جثته في المستشفى. ورجح أحمد العلي من منظمة محلية، الذي عمل مع الحداد، مقتله حديثاً.', 'ar')).toEqual([
        'محمد الحداد=dead',
        'أحمد العلي=other',
        'الحداد=dead',
      ]);
    });

    it('reads a quoted name whose family name the lists take for an adjective, and «أحيل إلى» as a transfer', () => {
      expect(people('وأطلق سراح الشاب "محمود الصغير" من أبناء سقبا بعد اعتقاله قبل عامين.', 'ar')).toEqual(['محمود الصغير=released']);
      expect(people('أفرج عن الناشط "محمد شهاب الدين" أمس. وجاء الإفراج عن "شهاب الدين" بعد ضغط الأهالي.', 'ar').map((p) => p.split('=')[0])).not.toContain(
        'شهاب الدين',
      );
      expect(
        extractMentions('اعتقل محمد الحداد من قبل المخابرات الجوية، وأحيل بعدها إلى سجن عدرا المركزي، ليطلق سراحه من هناك بعد عامين.', 'ar')[0].attributes
          .prison,
      ).toBe('adra');
    });

    it('reads authorities denying they hold someone in Arabic as a disappearance, and one who fears a death as no one dead', () => {
      expect(people('اعتقل محمد الحداد عام 2012 وتنكر السلطات وجوده لديها.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2012، ونفى النظام علمه بمكان وجوده.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Omar Haddad feared that Samir Haddad was dead.', 'en')).toEqual(['Omar Haddad=other', 'Samir Haddad=missing']);
      expect(people('Omar Haddad craint que Samir Haddad soit mort.', 'fr')).toEqual(['Omar Haddad=other', 'Samir Haddad=missing']);
    });

    it("reads «Il s'appelle Omar, libéré hier» as a release: only «appelle les…», «appelé à» are appeals", () => {
      expect(people("Il s'appelle Omar, libéré hier de Saydnaya.", 'fr')).toEqual(['Omar=released']);
    });

    it('reads a line that opens on «وهو» as going on with the sentence before it', () => {
      const text =
        'توفي تحت التعذيب اللاجئان "أحمد العلي" المقيم في مخيم اليرموك، و" محمد الحداد"\nوهو رقيب أول انشق عن الجيش وينحدر من مخيم درعا، وذلك في سجون النظام.';
      expect(extractMentions(text, 'ar').find((m) => m.name === 'محمد الحداد')?.attributes.hometown).toBe('درعا');
    });

    it("reads «où il est encore détenu aujourd'hui», after years without news, as held", () => {
      const text =
        "Arrêté en 1990, Omar Haddad est détenu depuis plus de vingt ans. Pendant dix ans, sa famille n'a eu aucune nouvelle de lui. Elle a appris en 2001 qu'il est détenu à Saydnaya, où il est encore détenu aujourd'hui.";
      expect(people(text, 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(
        people("Omar Haddad, arrêté en 1990, est resté sans nouvelles pendant des années ; on a appris qu'il était à Saydnaya, où il est encore détenu.", 'fr'),
      ).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "and their friend, X" after a relative taken along as one more taken, not as family', () => {
      expect(
        people('Omar Haddad et Samir Nasser ont été enlevés avec leur oncle, Fadi Khalil, et leur ami, Karim Saleh, 26 ans, aussi étudiant.', 'fr'),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Fadi Khalil=missing', 'Karim Saleh=missing']);
    });

    it('gives a brother named in a list the fate the next sentence tells of them all', () => {
      expect(
        people('Nous avons reçu trois cas : Omar Haddad, Samir Nasser et son frère, Fadi Nasser. Ils ont tous disparu après leur arrestation en 2012.', 'fr'),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Fadi Nasser=missing']);
    });

    it('reads «لا تعرف عائلاتهم عنهم شيئا» as a disappearance of the people before it', () => {
      expect(people('اعتقل محمد الحداد وأحمد العلي عام 2013 في داريا. ومنذ ذلك الحين لا تعرف عائلاتهم عنهم شيئا.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'أحمد العلي=missing',
      ]);
    });

    it("reads «la faculté de lettres de Damas», «l'École française de Damas» as where a school is, not where its student is from", () => {
      const hometown = (text: string) => extractMentions(text, 'fr').find((m) => m.name === 'Omar Haddad')?.attributes.hometown;
      expect(hometown('Omar Haddad, étudiant à la faculté de lettres de Damas, a été arrêté en 2013.')).toBeNull();
      expect(hometown("Omar Haddad, né en 1956, était conseiller d'éducation à l'École française de Damas. Il a été arrêté en 2013.")).toBeNull();
      expect(hometown('Omar Haddad, de Daraya, étudiant à la faculté de lettres, a été arrêté en 2013.')).toBe('Daraya');
    });

    it('keeps the outcome for a surname whose own sentence tells only of the arrest before it', () => {
      expect(people('توفي محمد الحداد تحت التعذيب. وكان الحداد قد اعتقل قبل ست سنوات.', 'ar')).toEqual(['محمد الحداد=dead', 'الحداد=dead']);
      expect(people('Omar Haddad died under torture in Saydnaya. Haddad had been arrested in 2012.', 'en')).toEqual(['Omar Haddad=dead', 'Haddad=dead']);
      // A re-arrest after the release is where he is now, for the person as for the surname.
      expect(people('Omar Haddad was released in 2015. Haddad was arrested again in 2020.', 'en')).toEqual(['Omar Haddad=detainee', 'Haddad=detainee']);
    });

    it('reads "Fadi Al-Ashara": a known given name before the article and a one-word place is a name', () => {
      expect(people('Fadi Al-Ashara, who spent five years in Saydnaya, described the feeling of freedom.', 'en')).toEqual(['Fadi Al-Ashara=released']);
      expect(people('Fadi al-Asharah spent five years in Saydnaya.', 'en')).toEqual(['Fadi al-Asharah=released']);
    });

    it('does not give a reporter what befell the prisoners before her, unless she is counted among them', () => {
      expect(people('Not all prisoners have been freed yet, as the reporter Fatima Ali has found out.', 'en')).toEqual(['Fatima Ali=other']);
      expect(people('Prisoners were freed, the reporter Fatima Ali found.', 'en')).toEqual(['Fatima Ali=other']);
      expect(people('Thousands of prisoners were freed, among them the lawyer Omar Haddad.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a quoted name after «المعتقل» whose family name is an everyday word', () => {
      expect(people('في حين خرج المعتقل "سامر ليلا" من سجن صيدنايا بعد سبعة أعوام من الاعتقال.', 'ar')).toEqual(['سامر ليلا=released']);
    });

    it('reads «"أحمد العلي" والد محمد المفرج عنه» as the father of the one released', () => {
      expect(people('ويعرف الشيخ "أحمد العلي" والد محمد المفرج عنه حديثا، أنه خطيب الجامع.', 'ar')).toEqual(['أحمد العلي=relative']);
    });

    it('reads "the months spent in prison" told by a speaker as his own term served', () => {
      expect(people('Omar Haddad raconte les mois passés en prison.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad recounts the years he spent in prison.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad a été transféré à Adra, après les années passées à Saydnaya.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads villages the lists lack whose names take «حج» or a colour: «قرية حج حسن», «قرية الحجر الأبيض»', () => {
      const hometown = (text: string) => extractMentions(text, 'ar').find((m) => m.name === 'محمد الحداد')?.attributes.hometown;
      expect(hometown('اختطفت الفصائل الشاب محمد الحداد (21 عاماً)، من أبناء قرية حج حسن التابعة لناحية راجو.')).toBe('حج حسن');
      expect(hometown('اعتقل محمد الحداد، وهو من قرية الحجر الأبيض التابعة لمدينة ديريك.')).toBe('الحجر الأبيض');
      expect(hometown('اعتقل محمد الحداد في منزله في ضواحي دمشق.')).toBe('دمشق');
    });

    it('reads a name after a title and a nationality even when its given name is not in the lists', () => {
      expect(people('كحال الطيار الأردني رغيد الحداد الذي اختفى قسرا لأعوام.', 'ar')).toEqual(['رغيد الحداد=missing']);
      expect(people('اعتقل الطيار رغيد الحداد عام 2011.', 'ar')).toEqual(['رغيد الحداد=detainee']);
      expect(people('اعتقل الطيار رغيد الحداد عام 1981.', 'ar')).toEqual(['رغيد الحداد=missing']);
    });

    it('reads a detention of a few hours as over, but not "detained 48 hours after reaching Syria"', () => {
      expect(people('اعتقلت السلطات المواطن محمد الحداد، بتاريخ 21 نيسان، لمدة 3 ساعات في المعبر للتحقيق معه.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad was held for three hours at the border crossing.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was detained less than 48 hours after reaching Syria.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «عائلة X … مصير ابنها» as the family of X asking after X, its son', () => {
      const text = 'ناشدت عائلة اللاجئ الفلسطيني محمد الحداد، الجهات الرسمية والحقوقية، بالكشف عن مصير ابنها المعتقل لدى النظام السوري منذ سبع سنوات.';
      expect(people(text, 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('تبحث زوجة محمد الحداد عن ابنها المعتقل منذ 2013.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads "X, and the other relatives of the missing" as a relative, and "told Levant World News" as no person', () => {
      const text =
        'For 38-year-old Fatima Ali, and the other relatives of the Syrians who were abducted by ISIS and are still missing, the trial brought no comfort.';
      expect(people(text, 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Pour Fatima Ali, et les autres proches des disparus, le procès ne change rien.', 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('"It is not a victory for us," she told Levant World News from her apartment in Berlin.', 'en')).toEqual([]);
    });

    it('reads a state security court as a court, not the prison of the one tried there', () => {
      const prison = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.prison;
      expect(prison('Omar Haddad was sentenced by the Supreme State Security Court.', 'en')).toBeNull();
      expect(prison("Les autorités ont arrêté Omar Haddad devant la Haute cour de sûreté de l'État.", 'fr')).toBeNull();
      expect(prison('حكمت محكمة أمن الدولة العليا على محمد الحداد بالسجن.', 'ar')).toBeNull();
    });

    it('reads a name after a verb and a day («ont arrêté dimanche Merzi Abdine»)', () => {
      expect(people('Les autorités ont arrêté dimanche Merzi Abdine devant le tribunal.', 'fr')).toEqual(['Merzi Abdine=detainee']);
    });

    it('reads «placées à nouveau en détention» after a release as held again, for every name of the list', () => {
      const text =
        'Mmes Fatima Ali, Samira Nasser, Rima Haddad, arrêtées le 16 février, avaient été libérées trois jours plus tard. Elles avaient été placées à nouveau en détention le 22 avril dernier.';
      expect(people(text, 'fr')).toEqual(['Fatima Ali=detainee', 'Samira Nasser=detainee', 'Rima Haddad=detainee']);
    });

    it('reads «السنوات التي قضاها في السجن» told by a speaker as his own term served', () => {
      expect(people('يروي محمد الحداد السنوات التي قضاها في السجن.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('تحدث محمد الحداد عن السنوات التي قضاها في سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads a death told of "them" as the death of the people held or missing in the last sentence that names them', () => {
      const fr =
        "Fatima Ali cherche à savoir ce qui est arrivé à son frère Omar Haddad et à son neveu Fadi. Ils ont été arrêtés en 2013. En 2018, l'État syrien leur a adressé deux actes de décès.";
      expect(people(fr, 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=dead', 'Fadi=dead']);
      const en = 'Omar Haddad and Samir Nasser were arrested at a checkpoint in 2013. In 2018, their families were handed death certificates.';
      expect(people(en, 'en')).toEqual(['Omar Haddad=dead', 'Samir Nasser=dead']);
      // One held person is not "them".
      expect(people('Omar Haddad was arrested in 2013. In 2018, their neighbours learnt of the death of a cousin.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «enfermé» as held, and «enfermé pendant six mois» as a detention that is over', () => {
      expect(people('Omar Haddad a été enfermé à Saydnaya.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad avait 20 ans en 2014 quand il a été enfermé pendant six mois à Saydnaya.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "shot dead" and «tué par balle» as a death outside detention unless custody is said', () => {
      expect(people('Omar Haddad was shot dead at a checkpoint in 2013.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad a été tué par balle lors d’un rassemblement en 2012.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad was shot dead in Saydnaya prison in 2014.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('knows «معمر» (Muammar) as a given name: a relative who speaks is read', () => {
      expect(people('قال السوري معمر الحداد إن شقيقه محمد اعتقل عام 2012.', 'ar')).toEqual(['معمر الحداد=relative', 'محمد=detainee']);
    });

    it('gives "he" after a sentence ending on "X, the brother of Y" to X, and makes Y his family', () => {
      const fr = 'Parmi ces victimes, on retrouve Fadi Khalil, le frère de Samir Khalil. À peine âgé de 18 ans, il a été capturé par les agents du régime.';
      expect(people(fr, 'fr')).toEqual(['Fadi Khalil=detainee', 'Samir Khalil=relative']);
      const en = "Among them is Omar Haddad, Samir Haddad's brother. He was abducted at a checkpoint in 2013.";
      expect(people(en, 'en')).toEqual(['Omar Haddad=missing', 'Samir Haddad=relative']);
    });

    it('gives a titled name the next sentence that opens on "he was …", «il a été …»', () => {
      expect(people('Omar Haddad is a human rights activist. He was arrested in 2012 and has not been heard from since.', 'en')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people("Omar Haddad, militant des droits de l'homme. Le 5 mai 2012, il a été arrêté à son domicile.", 'fr')).toEqual(['Omar Haddad=detainee']);
      // Not what befalls someone else in that sentence, nor a pronoun inside a quote.
      expect(
        people('Dr. Omar Haddad, a lawyer, was among the crowds at Saydnaya. He came to help a friend looking for her father, held there for 13 years.', 'en'),
      ).toEqual(['Omar Haddad=other']);
      expect(
        people('Omar Haddad, porte-parole de la commission.\n« Excellente nouvelle, mais hélas il aura fait trois ans derrière les barreaux. »', 'fr'),
      ).toEqual(['Omar Haddad=other']);
    });

    it('gives a titled Arabic name the next sentence naming no one that opens on a role verb', () => {
      expect(people('الناشط محمد الحداد من مدينة داريا. اعتقل عام 2012 ولا يعرف مصيره حتى الآن.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('الصحفي محمد الحداد من مدينة داريا. وقد اعتقلته المخابرات الجوية عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('ends a name before «فوق» ("above")', () => {
      expect(people('كتب سامر الحداد لشقيقه المخطوف عمر قرقماز فوق صورته: كيفك يا أخي؟', 'ar')).toContain('عمر قرقماز=missing');
    });

    it('keeps a person’s outcome for a later mention whose sentence only tells of a transfer', () => {
      expect(people('Omar a été libéré samedi. Il y a huit mois, Omar a été transféré à Saydnaya.', 'fr')).toEqual(['Omar=released', 'Omar=released']);
      expect(people('Omar Haddad was freed on Sunday. Eight months earlier, Haddad had been transferred to Saydnaya.', 'en')).toEqual([
        'Omar Haddad=released',
        'Haddad=released',
      ]);
    });

    it('gives the items of a list the role of its heading whatever their trade, and reads «Me» (Maître) as no name', () => {
      const fr =
        "Les personnes suivantes ont été arrêtées :\n• M. Omar Haddad, membre du comité ;\n• Dr. Samir Nasser, militant des droits de l'homme ;\n• Me Fadi Khalil, avocat.";
      expect(people(fr, 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee', 'Fadi Khalil=detainee']);
      expect(people('The following people were arrested:\n- Omar Haddad, a lawyer;\n- Samir Nasser, a human rights activist.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
      ]);
    });

    it('reads one "accused by the authorities" as no official', () => {
      const fr =
        "Omar Haddad, citoyen syrien, est accusé par les autorités de son pays d'être impliqué dans un attentat. Il est aujourd'hui arbitrairement détenu à la prison de Damas.";
      expect(people(fr, 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad, a Syrian citizen, is accused by the authorities of plotting an attack. He is now held in Adra prison.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('The accused, Omar Haddad, a former officer, denied the charges.', 'en')).toEqual(['Omar Haddad=official']);
    });

    it('reads a compound given name alone ("Abdel Kafi", «عبد الله») as a partial name when its own verb or a kinship word says who it is', () => {
      expect(people('Abdel Kafi was arrested in 2013.', 'en')).toEqual(['Abdel Kafi=detainee']);
      expect(people('A month later, his 59-year-old brother Abdel Moein was arrested by a patrol and brought to an unknown location.', 'en')).toEqual([
        'Abdel Moein=missing',
      ]);
      expect(people('أفرج عن ابني عبد الله أمس.', 'ar')).toEqual(['عبد الله=released']);
      expect(extractMentions('Abdel Kafi was arrested in 2013.', 'en')[0].partial).toBe(true);
    });

    it('reads "taken to an undisclosed location", «un lieu tenu secret» as missing', () => {
      expect(people('Omar Haddad was arrested in 2021 and taken to an undisclosed location.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2021 et conduit vers un lieu tenu secret.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads «chez lui, à X» and «في منزله بـX» as the stated home', () => {
      expect(hometownOf('Omar Haddad a été arrêté chez lui, à Daraya, le 3 mars 2012.', 'fr')).toBe('Daraya');
      expect(hometownOf("Quant à Omar Haddad, journaliste, c'est chez lui, à Al-Zaytouna, localité du district de Baniyas, qu'il a été arrêté.", 'fr')).toBe(
        'Al-Zaytouna',
      );
      expect(hometownOf('اعتقل محمد الحداد في منزله بداريا عام 2012.', 'ar')).toBe('داريا');
    });

    it('reads an everyday word alone after a feminine place type as a town («من ناحية راجو،»), not an adjective', () => {
      const hometown = (text: string) => extractMentions(text, 'ar')[0]?.attributes.hometown;
      expect(hometown('محمد الحداد ينحدر من ناحية راجو، ولا يزال مصيره مجهولاً.')).toBe('راجو');
      expect(hometown('محمد الحداد من مدينة أخرى، اعتقل عام 2012.')).toBeNull();
      expect(hometown('خرج محمد الحداد من منطقة سيطرتهم، واعتقل عام 2012.')).toBeNull();
    });

    it('reads a name the lists lack before an apposition that opens on "a" ("X, a labourer from Damascus, went missing")', () => {
      expect(people('Majad Al Mneni, a labourer from Damascus, went missing in 2012.', 'en')).toEqual(['Majad Al Mneni=missing']);
    });

    it('gives a role said of "his brother", "son fils" before a name to that unnamed kin, and makes the name family', () => {
      expect(people('After his brother was detained in 2013, Omar Haddad began posting his photos on Facebook.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people("Après l'arrestation de son fils en 2012, Fatima Ali a rejoint une association.", 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people("Après l'arrestation de son fils Omar Haddad en 2012, Fatima Ali a rejoint une association.", 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      expect(people('His brother was detained in 2013, and Omar Haddad was arrested a year later.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('knows "Kutaiba" as a spelling of «قتيبة»', () => {
      expect(people('Amer fled Damascus after his friend Kutaiba was seized by government agents.', 'en')).toEqual(['Kutaiba=detainee']);
    });

    it('gives a relative named last the next sentence that goes on about "he" or "she" of the kinship word’s sex', () => {
      expect(people('Son mari, Bassel, en fait partie. Il y a trois ans, il est arrêté par la police du régime à Damas. Il disparaît aussitôt.', 'fr')).toEqual(
        ['Bassel=missing'],
      );
      expect(people('Sa femme, Fatima Ali, nous a reçus. Elle a été arrêtée en 2013.', 'fr')).toEqual(['Fatima Ali=detainee']);
      // "He" is not a mother.
      expect(people("Omar Haddad's mother, Fatima Ali, spoke to us. He was arrested in 2012.", 'en')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
    });

    it('reads one nothing is said of, whose wife or son the rest of the sentence says was taken, as family', () => {
      expect(people('Omar Haddad est revenu à Douma, où sa femme Fatima Ali a été enlevée.', 'fr')).toEqual(['Omar Haddad=relative', 'Fatima Ali=missing']);
      expect(people("Omar Haddad est revenu à Douma, sur le lieu où son épouse, la militante des droits de l'homme Fatima Ali, a été enlevée.", 'fr')).toEqual([
        'Omar Haddad=relative',
        'Fatima Ali=missing',
      ]);
    });

    it('reads «والد المعتقل X», X a held man’s name less its first word, as his father', () => {
      expect(people('اعتقلت قوات النظام الشاب محمد أحمد الحداد. وقال والد المعتقل أحمد الحداد إن ابنه اعتقل على حاجز.', 'ar')).toEqual([
        'محمد أحمد الحداد=detainee',
        'أحمد الحداد=relative',
      ]);
      // Without the son's full name, "the father of detainee Mohammed al-Haddad" names the detainee.
      expect(people('وقال والد المعتقل محمد الحداد إن ابنه اعتقل على حاجز عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «où» ("where") as no coordinator: «X vit à Douma, où son fils a été arrêté» makes X family', () => {
      expect(people('Omar Haddad vit à Douma, où son fils a été arrêté en 2013.', 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people('Omar Haddad ou son fils Fadi Haddad ont été arrêtés en 2013.', 'fr')).toEqual(['Omar Haddad=detainee', 'Fadi Haddad=detainee']);
    });

    it('reads a search that came to nothing, or a family still looking, as missing; a refusal to believe a death leaves the fate open', () => {
      expect(people('Omar Haddad a été arrêté en 2013. Ses parents sont toujours à sa recherche.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Toutes les recherches sont restées vaines.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille a arpenté les morgues et les hôpitaux.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. All searches have been in vain.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. His mother searched every prison that was opened.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. His mother refuses to believe he is dead.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2013. Sa mère refuse de croire qu'il est mort.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013. وأمه ترفض تصديق أنه مات.', 'ar')).toEqual(['محمد الحداد=missing']);
      // A death the family was told of, and believed, stays a death.
      expect(people('Omar Haddad was arrested in 2013. His mother learned in 2015 that he had died in Saydnaya.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('keeps the word after «كفر», "Kafr", "Tell"… in the town a place type introduces, even where that word names another place', () => {
      expect(hometownOf('Omar Haddad, from the village of Kafr Salma, was arrested in 2012.', 'en')).toBe('Kafr Salma');
      expect(hometownOf('Omar Haddad, de la localité de Kafr Salma, a été arrêté en 2012.', 'fr')).toBe('Kafr Salma');
      expect(hometownOf('اعتقل المدرس محمد الحداد من قرية كفر سلمى عام 2012.', 'ar')).toBe('كفر سلمى');
      expect(hometownOf('Omar Haddad, from the town of Daraya, was arrested in 2012.', 'en')).toBe('Daraya');
    });

    it('reads «résidant à», «domicilié à» a place the lists know as the stated home', () => {
      const hometown = (text: string) => extractMentions(text, 'fr')[0]?.attributes.hometown;
      expect(hometown('Omar Haddad, résidant à Daraya, a été arrêté en 2012.')).toBe('Daraya');
      expect(hometown('Omar Haddad, domicilié à Douma, a été arrêté en 2012.')).toBe('Douma');
    });

    it('reads a given name that is also a common word as a person inside a list of given names, not beside one name alone', () => {
      expect(people('Fatima Ali and her three sons, Sami, Karim, and Fadi Haddad, were arrested in 2013.', 'en')).toEqual([
        'Fatima Ali=detainee',
        'Sami=detainee',
        'Karim=detainee',
        'Fadi Haddad=detainee',
      ]);
      expect(people('Her three sons, Sami, Karim and Fadi, were arrested in 2013.', 'en')).toEqual(['Sami=detainee', 'Karim=detainee', 'Fadi=detainee']);
      expect(people('In May, Omar was released from Saydnaya.', 'en')).toEqual(['Omar=released']);
      expect(people('Islam, Omar said, was never his cause. Omar was arrested in 2013.', 'en').map((p) => p.split('=')[0])).toEqual(['Omar', 'Omar']);
    });

    it('reads a re-arrest told of a later mention as where the person is now, after a release told of an earlier one', () => {
      expect(people('Omar Haddad was arrested in 2012. Omar was released a month later. Omar has been detained once again.', 'en')[0]).toBe(
        'Omar Haddad=detainee',
      );
      expect(people('Omar Haddad a été arrêté en 2012 et libéré un mois plus tard. En 2014, Omar a été arrêté une nouvelle fois.', 'fr')[0]).toBe(
        'Omar Haddad=detainee',
      );
      // A release after the re-arrest is the last word.
      expect(people('Omar Haddad was arrested in 2012 and released a month later. Omar was arrested again in 2014 and released in 2016.', 'en')[0]).toBe(
        'Omar Haddad=released',
      );
    });

    it('carries a death told of "them" across sentences that keep saying "they" of the people last named', () => {
      expect(
        people(
          'Fatima Ali cherche son frère Omar et son neveu Fadi. Ils ont été arrêtés en 2013. Personne n’a dit à la famille où ils étaient détenus. En 2018, leurs familles ont reçu leurs actes de décès.',
          'fr',
        ),
      ).toEqual(['Fatima Ali=relative', 'Omar=dead', 'Fadi=dead']);
      // A sentence between that is about something else ends the chain.
      expect(
        people(
          'Omar Haddad and Fadi Khalil were arrested in 2013. The war went on. The city was besieged for years. In 2018 the state sent their families death certificates.',
          'en',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Fadi Khalil=detainee']);
    });

    it('ends an Arabic name before «قرب» ("near") and participles with «ال» such as «المنحدر» ("who hails from"), «الواقعة» ("lying")', () => {
      expect(people('وقالت مصادر محلية إن الشاب محمد قطيش المنحدر من داريا اعتقل على حاجز.', 'ar')).toEqual(['محمد قطيش=detainee']);
      expect(people('اعتقل الشاب فادي خليل قرب بلدة كفر طون الواقعة تحت سيطرة النظام.', 'ar')).toEqual(['فادي خليل=detainee']);
      expect(extractMentions('اعتقل الشاب محمد قطيش المتحدر من داريا.', 'ar')[0]?.attributes.hometown).toBe('داريا');
    });

    it('leaves the abducted missing when the release a post tells of is of unnamed others and people are still gone', () => {
      expect(
        people(
          'Omar Haddad et Fadi Khalil ont été enlevés en 2013. Les rebelles ont relâché 150 prisonniers. Des dizaines d’autres n’ont jamais réapparu.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Fadi Khalil=missing']);
      // Without word of anyone still gone, a release of unnamed detainees is still read as theirs.
      expect(people('Omar Haddad et Fadi Khalil ont été enlevés en 2013. Les insurgés ont libéré tous les détenus.', 'fr')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=released',
      ]);
    });

    it('reads «époux de X» as family, and "Jaich al-Islam" as a faction, not a person', () => {
      expect(
        people('« Nous voulons la vérité », a déclaré Omar Haddad, époux de Fatima Ali, une militante de Douma. Fatima Ali a été enlevée en 2013.', 'fr'),
      ).toEqual(['Omar Haddad=relative', 'Fatima Ali=missing', 'Fatima Ali=missing']);
      expect(people('Fatima Ali a été enlevée en 2013. Des habitants ont pointé du doigt Jaich al-Islam.', 'fr')).toEqual(['Fatima Ali=missing']);
    });

    it('reads each of a list of names nothing is said of, in a sentence about "their" kin, as family', () => {
      expect(people('Fatima Ali et Omar Haddad n’ont plus de nouvelles de leur frère depuis 2013.', 'fr')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=relative',
      ]);
      // One of the list arrested: both are.
      expect(people('Fatima Ali et Omar Haddad ont été arrêtés avec leur frère en 2013.', 'fr')).toEqual(['Fatima Ali=detainee', 'Omar Haddad=detainee']);
    });

    it('gives a person one mention calls family and the other only shows speaking the role of family', () => {
      expect(
        people(
          'Omar Haddad a été enlevé en 2013. « On ne sait pas où il est », confie le frère d’Omar Haddad, Fadi. « Nous attendons », déplore Fadi Haddad.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Omar Haddad=missing', 'Fadi=relative', 'Fadi Haddad=relative']);
    });

    it('reads "X, his wife Y and their children" as a list of people taken together, not an apposition', () => {
      expect(people('Omar Haddad, his wife Fatima Ali and their four children were arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=detainee',
      ]);
      expect(people('Omar Haddad, son épouse Fatima Ali et leurs quatre enfants ont été arrêtés en 2012.', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=detainee',
      ]);
      // An apposition that ends with the name stays one.
      expect(people('Omar Haddad, the son of Fatima Ali, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
    });

    it('reads "on the streets of Douma, his hometown" as the hometown, and "Middle East" in a job title as no one', () => {
      expect(extractMentions('Omar Haddad was detained in 2012 on the streets of Douma, his hometown.', 'en')[0]?.attributes.hometown).toBe('Douma');
      expect(people('“Reveal his fate,” said Fatima Ali, the group’s Deputy Middle East Director.', 'en')).toEqual(['Fatima Ali=other']);
    });

    it('keeps an ʿayn written after the article’s hyphen in the name ("al-‘Attar", "al-ʿAli")', () => {
      expect(people('Omar Khalil al-‘Attar was arrested in 2012.', 'en')).toEqual(['Omar Khalil al-‘Attar=detainee']);
      expect(people('Fatima Ali al-ʿAli was arrested in 2012.', 'en')).toEqual(['Fatima Ali al-ʿAli=detainee']);
      // A quotation mark after a hyphen that ends a word is still no letter.
      expect(people('Omar Haddad was arrested in 2012 ‘without charge’.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads a detention or release told as an earlier episode ("had previously", «une première fois») as giving way to the one told as now', () => {
      expect(people('Omar Haddad was arrested in 2012. He had previously been detained in 2011 and released without charge.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(
        people(
          'Omar Haddad was arrested in 2012 and his whereabouts are unknown. Omar Haddad had previously been detained in 2011, when he was released.',
          'en',
        ),
      ).toEqual(['Omar Haddad=missing', 'Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2009. Auparavant, il avait été libéré en 1996.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été arrêté en 2009. Il avait été libéré une première fois en 1996.', 'fr')).toEqual(['Omar Haddad=detainee']);
      // Told alone, the earlier episode is all there is; a later release is what became of him.
      expect(people('Omar Haddad had previously been detained in 2011 and released without charge.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad had previously been detained in 2011. He was released in 2020.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a family never told where someone is held, or paying to find out if he was alive, as missing', () => {
      expect(people('Omar Haddad a été arrêté en 2013 ; sa famille n’a jamais été informée de son lieu de détention.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille a payé des intermédiaires pour savoir s’il était vivant.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('Omar Haddad was arrested in 2013. His family was never told where he was held.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. His family paid brokers to find out if he was alive.', 'en')).toEqual(['Omar Haddad=missing']);
      // Told where he is held, the family knows: he is held.
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille a été informée de son lieu de détention en 2014.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was arrested in 2013. In 2014 his family was told where he was held.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «وما زال مكانه مجهولا», «تنكر السلطات احتجازه», «لم تبلغ عائلته بمكان احتجازه» as missing', () => {
      expect(people('اعتقل محمد الحداد عام 2013، وما زال مكانه مجهولا.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 وتنكر السلطات احتجازه.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013، ولم تبلغ عائلته بمكان احتجازه.', 'ar')).toEqual(['محمد الحداد=missing']);
      // Told where he is held, the family knows: he is held.
      expect(people('اعتقل محمد الحداد عام 2013، وأبلغت عائلته بمكان احتجازه عام 2014.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «وتبحث عنه والدته» after a name as his family searching for him: he is missing', () => {
      expect(people('اعتقل محمد الحداد عام 2013، وتبحث عنه والدته منذ ذلك الحين.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013. وتبحث عنه والدته في قوائم المعتقلين.', 'ar')).toEqual(['محمد الحداد=missing']);
      // A relative the verb befalls is still the relative's: «اعتقل شقيقه» is not his arrest.
      expect(people('أفرج عن محمد الحداد عام 2020، واعتقل شقيقه عام 2021.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "has been in prison since 2019" as held and "was let go" as released', () => {
      expect(people('Omar Haddad has been in prison since 2019.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was let go after two months.', 'en')).toEqual(['Omar Haddad=released']);
      // A release after the years in prison is the last word.
      expect(people('Omar Haddad, who has been in jail since 2019, was released on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «acquitté» and «ressorti vivant de Saydnaya» as released', () => {
      expect(people('Omar Haddad a été acquitté en 2014.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Fatima Ali a été acquittée en 2014.', 'fr')).toEqual(['Fatima Ali=released']);
      expect(people('Omar Haddad est ressorti vivant de Saydnaya.', 'fr')).toEqual(['Omar Haddad=released']);
      // Leaving one's home is no release.
      expect(people('Omar Haddad est ressorti de chez lui en 2012 et a été arrêté.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «برأت المحكمة X», «شمل العفو X» as released and «فقد أثره» as missing', () => {
      expect(people('برأت المحكمة محمد الحداد عام 2014.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('شمل العفو محمد الحداد عام 2022.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('اعتقل محمد الحداد عام 2012 وفقد أثره منذ ذلك الحين.', 'ar')).toEqual(['محمد الحداد=missing']);
      // A family asking that the amnesty cover him: he is still held.
      expect(people('طالبت عائلة محمد الحداد بأن يشمل العفو ابنها المعتقل منذ 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads "then nothing", a question about his fate and "his family never saw him since" as missing', () => {
      expect(people('Omar Haddad was arrested in 2013. A cellmate saw him in Saydnaya in 2015, then nothing.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Un codétenu l’a vu à Saydnaya en 2015, puis plus rien.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013. شاهده معتقل معه في صيدنايا عام 2015، ثم لا شيء.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Omar Haddad was arrested in 2013. Is he still alive?', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Est-il encore vivant ?', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2013. Qu'est-il devenu ?", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 ولا أحد يعرف ماذا حل به.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 ولم تره عائلته منذ ذلك الحين.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads one waiting for news of her son as his family, and the son as missing', () => {
      expect(people('Fatima Ali is waiting for news of her son Omar Haddad.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(people('Fatima Ali attend des nouvelles de son fils Omar Haddad.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013. Sa mère, Fatima Ali, attend des nouvelles.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
      expect(people('فاطمة العلي تنتظر أخبار ابنها محمد الحداد.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد الحداد=missing']);
      // Families waiting for news, after the names: still the named are missing.
      expect(people('Omar Haddad et Samir Nasser ont été arrêtés en 2012 et leurs familles attendent des nouvelles.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
    });

    it('reads "asks", «demande-t-elle», «تتساءل» as speech: a mother asking where her son is, is no detainee', () => {
      expect(people('"Where is my son?" asks Fatima Ali. Omar Haddad was arrested in 2013.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
      expect(people('«أين ابني؟» تتساءل فاطمة العلي. اعتقل محمد الحداد عام 2013.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد الحداد=detainee']);
      // «demande» alone stays a demand: a release asked for is not given.
      expect(people("La demande de libération d'Omar Haddad a été rejetée.", 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('keeps one held when his family looks among the released prisoners («les visages des détenus libérés»)', () => {
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille scrute les visages des détenus libérés.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille a regardé les vidéos des prisonniers libérés.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('اعتقل محمد الحداد عام 2013. عرضت شقيقته صورته على المعتقلين المفرج عنهم دون جدوى.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // His own release, in a sentence naming no one, is still his.
      expect(people('Omar Haddad a été arrêté en 2013. Il a été libéré en 2015.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "a former detainee" in a later sentence naming no one as someone unnamed, not as the release of the name before', () => {
      expect(people('Omar Haddad was arrested in 2013. His family spoke to a former detainee.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was arrested in 2013. His family met a survivor.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("Omar Haddad a été arrêté en 2013. Sa famille a appris par un ancien détenu qu'il avait été transféré à Saydnaya.", 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      // Said of the name, or of "he", it is still his.
      expect(people('Omar Haddad, a former detainee, spoke to reporters.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was arrested in 2013. He is now a former detainee.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('leaves a death that friends "believe", «pensent», open (missing), and reads «Je l’ai cherché partout» as a search', () => {
      expect(people('Omar Haddad disappeared in 2012. His friends believe he was executed in Saydnaya.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad is believed to have died under torture in 2014.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people("Samir Nasser a disparu en 2012. Ses amis pensent qu'il a été exécuté à Saydnaya.", 'fr')).toEqual(['Samir Nasser=missing']);
      // Told as a fact, it is a death.
      expect(people('Omar Haddad was tortured to death in Saydnaya in 2014.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people("« Mon fils Omar Haddad a été arrêté en 2013. Je l'ai cherché partout », raconte Fatima Ali.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
    });

    it('reads "X’s mother, Fatima Ali, said he had been arrested" as his detention told by his mother', () => {
      expect(people("Omar Haddad's mother, Fatima Ali, said he had been arrested in 2013.", 'en')).toEqual(['Omar Haddad=detainee', 'Fatima Ali=relative']);
      expect(people("La mère d'Omar Haddad, Fatima Ali, a raconté qu'il avait été arrêté en 2013.", 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      expect(people('Fatima Ali told Reuters her son Omar Haddad had been taken from their house in 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=detainee',
      ]);
      // One telling of "he" or "she" of their own sex still tells their own story.
      expect(people('Omar Haddad said he was arrested in 2012.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Fatima Ali said she was arrested in 2012.', 'en')).toEqual(['Fatima Ali=released']);
    });

    it('reads "is nowhere to be found" and "I have looked everywhere" as missing', () => {
      expect(people('Omar Haddad, arrested in 2014 at the age of 19, is nowhere to be found.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('"My son Omar Haddad was arrested in 2013. I have looked everywhere," says Fatima Ali.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
    });

    it('reads «لم يعثر عليه» and «لم يعرف مصيرهم» as missing', () => {
      expect(people('اعتقل محمد الحداد عام 2013 ولم يعثر عليه حتى الآن.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('أفرج عن سامر النصر، أما ابن عمه فادي خليل فلم يعثر عليه.', 'ar')).toEqual(['سامر النصر=released', 'فادي خليل=missing']);
      expect(people('محمد الحداد واحد من آلاف المعتقلين الذين لم يعرف مصيرهم.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads «الذي نشأ في داريا» ("who grew up in") as the hometown', () => {
      expect(only('محمد الحداد الذي نشأ في داريا اعتقل عام 2013.', 'ar').attributes.hometown).toBe('داريا');
    });

    it('reads «وجود» (there being) as a word, not «و» and the given name «جود»; «تم التعرف على جثث:» heads the dead', () => {
      expect(people('وثقت الشبكة وجود جثة في المستشفى.', 'ar')).toEqual([]);
      expect(people('أكدت المصادر وجود معتقلين في الفرع.', 'ar')).toEqual([]);
      // Beside a name it is "and Joud".
      expect(people('اعتقل محمد الحداد وجود العلي عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee', 'جود العلي=detainee']);
      expect(people('تم التعرف على جثث:\nمحمد الحداد\nأحمد العلي', 'ar')).toEqual(['محمد الحداد=dead', 'أحمد العلي=dead']);
    });

    it('reads former detainees "from Saydnaya prison" who speak, "one of those waiting for news" and a death "confirmed by relatives"', () => {
      // What the speakers are is theirs, not the name's they speak of.
      expect(people('Former detainees from Saydnaya prison told reporters that Omar Haddad disappeared in 2015.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('One of those waiting for news at the gate was Samir Nasser, a teacher from Hama.', 'en')).toEqual(['Samir Nasser=relative']);
      // A passive "was confirmed" is no one speaking: the death it confirms is his.
      expect(people('His cousin Fadi was detained in 2014 and was later confirmed by relatives as having been killed.', 'en')).toEqual(['Fadi=dead']);
    });

    it('gives "he" in the next sentence to the son of "Fatima Ali\'s son, Omar," and never to a woman named before', () => {
      expect(people("Fatima Ali's son, Omar, would be forty now. He disappeared at a roadblock near Homs in 2014.", 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=missing',
      ]);
    });

    it('lets a surname that searches for a brother say what the full name is, over the post’s default role', () => {
      expect(
        people(
          'Omar Haddad has spent the week scrolling through photos. Haddad looks for a face like that of his brother Samir, whom he has not heard from since 2013.',
          'en',
        ),
      ).toEqual(['Omar Haddad=relative', 'Haddad=relative', 'Samir=missing']);
    });

    it('reads "whom she last saw in 2013" and "a photograph of her husband" as a search for the one named', () => {
      expect(people('On her wall Fatima Ali keeps a photograph of Omar and Samir Nasser, her brother and her son, whom she last saw in 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Fatima Ali looks at a photograph of her husband Omar Haddad.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
    });

    it('reads "from Al Qasr Al Abyad" as a place of four words, not a person named Qasr', () => {
      expect(people('Omar Haddad, from Al Qasr Al Abyad, was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(only('Omar Haddad, from the area of Al Qasr Al Abyad, was arrested in 2013.', 'en').attributes.hometown).toBe('Al Qasr Al Abyad');
    });

    it('reads "arrested several times", «arrêté plusieurs fois» as his arrests, not a crowd', () => {
      expect(people('Omar Haddad was arrested several times between 2012 and 2015.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été arrêté plusieurs fois entre 2012 et 2015. Il raconte les tortures qu’il subissait.', 'fr')).toEqual([
        'Omar Haddad=released',
      ]);
      // "Rebels freed several prisoners": still others.
      expect(people('Omar Haddad is still held. Rebels freed several prisoners on Sunday.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "the brother of one of the detainees", «شقيق أحد المعتقلين» as family', () => {
      expect(people('Omar Haddad, the brother of one of the detainees, said he could not find him.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people("Omar Haddad, frère d'un des détenus disparus, dit ne pas l'avoir retrouvé.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people('قال محمد الحداد، وهو شقيق أحد المعتقلين، إنه ما زال يبحث عن أخيه.', 'ar')).toEqual(['محمد الحداد=relative']);
    });

    it('reads "Parish Priest Father Fadi Khalil", «le curé Fadi Khalil» as a titled man, not one of the freed', () => {
      expect(people('Omar Haddad was freed from Saydnaya. He was welcomed by a crowd, joined by Parish Priest Father Fadi Khalil.', 'en')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=other',
      ]);
      expect(people('Omar Haddad a été libéré de Saydnaya. Le curé Fadi Khalil l’a accueilli.', 'fr')).toEqual(['Omar Haddad=released', 'Fadi Khalil=other']);
    });

    it('reads a name of unknown words whose family name comes back alone beside a role verb ("arrested Alqudaimi")', () => {
      expect(people("Jazzem Alqudaimi spent Friday at his sister's house. Security forces arrested Alqudaimi at a checkpoint the next morning.", 'en')).toEqual(
        ['Jazzem Alqudaimi=detainee', 'Alqudaimi=detainee'],
      );
      // Without the echo, two capitalised words nothing is said of are no one.
      expect(people("Jazzem Alqudaimi spent Friday at his sister's house.", 'en')).toEqual([]);
    });

    it('reads "a son who disappeared or was killed" in a later sentence as an unnamed relative’s fate, making the woman named before family', () => {
      expect(people('Fatima Ali invited her neighbours. Each has a son who was killed or disappeared.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali a invité des voisines chez elle. Chacune a perdu un fils, tué ou disparu.', 'fr')).toEqual(['Fatima Ali=relative']);
      // "he" after a verb of the relative's own is still the name's.
      expect(people('Omar Haddad was arrested in 2013. His brother said he was killed in Saydnaya.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('reads "a former Saydnaya detainee" and "poured out of Saydnaya" as released', () => {
      expect(people('Omar Haddad, a former Saydnaya detainee, now lives in Idlib.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was among thousands who poured out of Saydnaya on December 8.', 'en')).toEqual(['Omar Haddad=released']);
      // A former guard is no former prisoner.
      expect(people('Omar Haddad, a former Saydnaya guard, was arrested.', 'en')).toEqual(['Omar Haddad=official']);
    });

    it('reads a town of two words, the second in "al-", after "the village of" as the hometown, never a person', () => {
      expect(people('Omar Haddad, from the village of Zeitouna al-Gharbiya, was released.', 'en')).toEqual(['Omar Haddad=released']);
      expect(only('Omar Haddad, from the village of Zeitouna al-Gharbiya, was released.', 'en').attributes.hometown).toBe('Zeitouna al-Gharbiya');
      // A village named like a man is still a village.
      expect(people('Omar Haddad, du village de Hazem al-Sharif, a été libéré.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "a Kafr Tun native" and "Omar Haddad of Tel Warda" as hometowns a list does not know', () => {
      expect(only('Omar Haddad, a Kafr Tun native, was arrested in 2013.', 'en').attributes.hometown).toBe('Kafr Tun');
      expect(only('Omar Haddad, an Umm Batna resident, was arrested in 2013.', 'en').attributes.hometown).toBe('Umm Batna');
      expect(only('Omar Haddad of Tel Warda was arrested in 2013.', 'en').attributes.hometown).toBe('Tel Warda');
      // A people before "activist" is no place.
      expect(only('Omar Haddad, a Kurdish activist, was arrested in 2013.', 'en').attributes.hometown).toBeNull();
    });

    it('reads a town no list knows after an origin phrase of several words, away from the name («وهو من أبناء زبدون»)', () => {
      expect(only('اعتقل محمد الحداد عام 2013، وهو من أبناء زبدون.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('محمد الحداد الذي ينحدر من زبدون اعتقل عام 2013.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('وصل المعتقل المحرر محمد الحداد إلى مسقط رأسه في زبدون.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('محمد الحداد من مواليد زبدون عام 1985، اعتقل عام 2013.', 'ar').attributes.hometown).toBe('زبدون');
      // A decade of birth is no town; where someone lives now is no origin.
      expect(only('محمد الحداد من مواليد الثمانينيات، اعتقل عام 2013.', 'ar').attributes.hometown).toBeNull();
      expect(only('محمد الحداد القاطن في زبدون اعتقل عام 2013.', 'ar').attributes.hometown).toBeNull();
    });

    it('reads a town no list knows after «وهو من» or in a short Arabic apposition of what the man is', () => {
      expect(only('خرج من سجن صيدنايا محمد الحداد وهو من زبدون.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('محمد الحداد، وهو طبيب من زبدون، اعتقل عام 2013.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('محمد الحداد، طالب جامعي من زبدون، اعتقل عام 2013.', 'ar').attributes.hometown).toBe('زبدون');
      // "one of the most prominent", "one of those in contact with", "one of the party's cadres" are no towns.
      expect(only('محمد الحداد وهو من أبرز المعتقلين خرج من صيدنايا.', 'ar').attributes.hometown).toBeNull();
      expect(only('محمد الحداد، وهو من المتواصلين مع المعتقلين، خرج من صيدنايا.', 'ar').attributes.hometown).toBeNull();
      expect(only('محمد الحداد وهو من كوادر الحزب اعتقل عام 2013.', 'ar').attributes.hometown).toBeNull();
    });

    it('gives a town no list knows, right after names said together, to each of them', () => {
      expect(hometownsOf('محمد الحداد وأحمد العلي من زبدون اعتقلا عام 2013.', 'ar')).toEqual(['زبدون', 'زبدون']);
      expect(hometownsOf('Omar Haddad and Samir Nasser from Zabadoun were arrested in 2013.', 'en')).toEqual(['Zabadoun', 'Zabadoun']);
      // After a comma, what is said describes the last name alone.
      expect(hometownsOf('Omar Haddad and Samir Nasser, a baker from Zabadoun, were arrested in 2013.', 'en')).toEqual([null, 'Zabadoun']);
    });

    it('reads a town no list knows after "is from", after a group’s comma, and after "The 34-year-old from" in a sentence naming no one', () => {
      expect(only('Omar Haddad is from Zabadoun. He was arrested in 2013.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(hometownsOf('Omar Haddad et Samir Nasser, de Zabadoun, ont été arrêtés en 2013.', 'fr')).toEqual(['Zabadoun', 'Zabadoun']);
      expect(only('Omar Haddad was arrested in 2013. The 34-year-old from Zabadoun has not been seen since.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Omar Haddad a été arrêté en 2013. Ce père de famille originaire de Zabadoun n’a plus donné de nouvelles.', 'fr').attributes.hometown).toBe(
        'Zabadoun',
      );
      // A thing, not a person, from an unknown place says nothing of him.
      expect(only('Omar Haddad was arrested in 2013. The bus from Zabadoun was stopped.', 'en').attributes.hometown).toBeNull();
    });

    it('reads «تتحدر من», «يتحدر من» (descends from) before a town no list knows as the hometown', () => {
      expect(only('فاطمة العلي تتحدر من زبدون، ولا يزال مصيرها مجهولاً.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('محمد الحداد يتحدر من زبدون، ولا يزال مصيره مجهولاً.', 'ar').attributes.hometown).toBe('زبدون');
    });

    it('reads a town no list knows in a sentence naming no one that opens on an intro, and in "Zabadoun resident Omar Haddad"', () => {
      expect(only('Omar Haddad was detained in 2013. Originally from Zabadoun, he studied in Damascus.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Omar Haddad was detained in 2013. A native of Zabadoun, he studied in Damascus.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Name: Omar Haddad. Hometown: Zabadoun. Detained: 2013.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Zabadoun resident Omar Haddad was arrested in 2013.', 'en').attributes.hometown).toBe('Zabadoun');
      // Where two people are named, a sentence naming no one is no one's.
      expect(
        extractMentions('Omar Haddad was detained in 2013. Samir Nasser was released. Originally from Zabadoun, he studied in Damascus.', 'en').map(
          (m) => m.attributes.hometown,
        ),
      ).toEqual([null, null]);
    });

    it('leaves a release to the unnamed one who tells of a missing man ("a nurse who just came out of the prison", "A former detainee said")', () => {
      expect(
        people(
          'Omar Haddad was arrested in 2011 and has been missing since. A nurse who just came out of the prison told the family that Omar was alive.',
          'en',
        ),
      ).toEqual(['Omar Haddad=missing', 'Omar=missing']);
      expect(people('Omar Haddad has been missing since 2013. A former detainee said he saw Omar in Saydnaya.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Omar=missing',
      ]);
      expect(
        people(
          'Omar Haddad est porté disparu depuis 2011. Une infirmière qui est récemment sortie de la prison a dit à la famille qu’Omar était vivant.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Omar=missing']);
      // The name's own apposition is still his.
      expect(people('Omar Haddad, a former detainee, said he was tortured in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a mother who says she has had no news of her son, or tells of her detained son, as family', () => {
      expect(people('Fatima Ali says she has had no news of her son since 2013.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali says she has heard nothing from her son since 2013.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali told the story of her detained son.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Omar Haddad spoke of his missing brother.', 'en')).toEqual(['Omar Haddad=relative']);
      // What a man says of himself is still his.
      expect(people('Omar Haddad says he was detained in Saydnaya for ten years.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «والدة معتقل», «شقيق معتقل مغيب» right after a name, with no comma, as family', () => {
      expect(people('فاطمة العلي والدة معتقل منذ 2013.', 'ar')).toEqual(['فاطمة العلي=relative']);
      expect(people('فاطمة العلي زوجة معتقل منذ 2013.', 'ar')).toEqual(['فاطمة العلي=relative']);
      expect(people('محمد الحداد شقيق معتقل مغيب منذ 2013.', 'ar')).toEqual(['محمد الحداد=relative']);
    });

    it('reads «الاتصال» (contact), «الاستعلام» and other verbal nouns as no family name, and "lost contact with her son" as a search', () => {
      expect(people('فقدت فاطمة الاتصال بابنها سامر بعدما توجه إلى حلب.', 'ar').some((p) => p.startsWith('فاطمة الاتصال'))).toBe(false);
      expect(people('Fatima Ali lost contact with her son Omar in 2013.', 'en')).toEqual(['Fatima Ali=relative', 'Omar=missing']);
      expect(people('Fatima Ali a perdu le contact avec son fils Omar en 2013.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar=missing']);
      // A relative taken along "with" is still taken.
      expect(people('Omar Haddad was arrested in 2013 with his son Sami.', 'en')).toEqual(['Omar Haddad=detainee', 'Sami=detainee']);
      // A family name of the same letters' count that is no verbal noun stays one.
      expect(people('اعتقل محمد الأتاسي عام 2013.', 'ar')).toEqual(['محمد الأتاسي=detainee']);
    });

    it('leaves "his fate" to someone other than a woman named before it', () => {
      expect(people('Fatima Ali lost her son in 2013 and has never learned his fate.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali still does not know his fate.', 'en')).toEqual(['Fatima Ali=other']);
      // A man's own fate is his.
      expect(people('Omar Haddad was arrested in 2013; his fate is unknown.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads «attend son fils Omar» as a search for the son, and no place after the comma that closes an apposition as a hometown', () => {
      expect(people('Fatima Ali attend son fils Omar Haddad.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
      expect(only('Omar Haddad, un homme de 34 ans, a disparu à Damas en 2013.', 'fr').attributes.hometown).toBeNull();
      expect(only('Omar Haddad, un Syrien, a disparu à Damas en 2013.', 'fr').attributes.hometown).toBeNull();
      // Inside the apposition, or after an age set apart, the place is still his.
      expect(only('Omar Haddad, 34 ans, de Douma, a disparu en 2013.', 'fr').attributes.hometown).toBe('Douma');
      expect(only('Omar Haddad, 34, a baker from Zabadoun, was arrested.', 'en').attributes.hometown).toBe('Zabadoun');
    });

    it('reads "the Death Wing" as a place’s name, not a death, and "Bashar al-Assad as president" without "as"', () => {
      expect(people('Omar Haddad returned to the Death Wing, where he was held for years.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad visited the Death Row cells in Saydnaya.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad was tortured to death in 2014.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Rebel forces had ousted Bashar al-Assad as president.', 'en')).toEqual(['Bashar al-Assad=official']);
    });

    it('keeps a man held when "his family says" so after the name', () => {
      expect(people('Omar Haddad remains in detention, his family says, though they have not been allowed to visit him.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad remains in detention, his relatives say.', 'en')).toEqual(['Omar Haddad=detainee']);
      // His own telling of his detention is still a former prisoner's.
      expect(people('Omar Haddad says he spent years in detention.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads a release or an amnesty after "despite", «رغم», «malgré» as nothing that happened to the name', () => {
      expect(people('لم يفرج عن محمد الحداد رغم مرسوم العفو.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('محمد الحداد لم يفرج عنه رغم مرسوم العفو.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad n’a pas été libéré malgré l’amnistie.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was not released despite the amnesty.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "In Daraya, where Omar Haddad grew up" as his hometown, a town the lists lack too', () => {
      expect(only('In Daraya, where Omar Haddad grew up, he was arrested in 2013.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('In Zabadoun, where Omar Haddad grew up, he was arrested in 2013.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('À Daraya, où Omar Haddad a grandi, il a été arrêté en 2013.', 'fr').attributes.hometown).toBe('Daraya');
      // Where he studied is no home.
      expect(only('In Damascus, where Omar Haddad studied, he was arrested in 2013.', 'en').attributes.hometown).toBeNull();
    });

    it('reads "Zabadoun, Omar Haddad’s hometown," and "in Zabadoun, his hometown" as his hometown, a town the lists lack too', () => {
      expect(only('Daraya, Omar Haddad’s hometown, was shelled in 2013. He was arrested that year.', 'en').attributes.hometown).toBe('Daraya');
      expect(only('Zabadoun, Omar Haddad’s hometown, was shelled in 2013. He was arrested that year.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Omar Haddad was arrested in 2013 in Zabadoun, his hometown.', 'en').attributes.hometown).toBe('Zabadoun');
      // A name before a comma and a kinship word is no town.
      expect(only('Omar Haddad, his brother said, was arrested in 2013.', 'en').attributes.hometown).toBeNull();
    });

    it('reads «نشأ محمد الحداد في داريا» (grew up in), the name between the verb and «في», as his hometown', () => {
      expect(only('نشأ محمد الحداد في داريا، واعتقل عام 2013.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('وترعرع محمد الحداد في دوما، واعتقل عام 2013.', 'ar').attributes.hometown).toBe('دوما');
    });

    it('reads «قضى محمد الحداد في سجن صيدنايا» (passed away in) as a death, and a term served after «قضى» as none', () => {
      expect(people('قضى أحمد العلي في سجن صيدنايا عام 2015.', 'ar')).toEqual(['أحمد العلي=dead']);
      expect(people('وثقت الشبكة أسماء 20 معتقلاً قضوا في سجون النظام، بينهم محمد الحداد وأحمد العلي.', 'ar')).toEqual(['محمد الحداد=dead', 'أحمد العلي=dead']);
      // A term before the place or right after it, or a word of one, is time spent, not a death.
      expect(people('قضى محمد الحداد سبع سنوات في سجن صيدنايا قبل أن يفرج عنه.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('محمد الحداد قضى 7 سنوات في صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('قضى محمد الحداد محكوميته في سجن عدرا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('قضى محمد الحداد شبابه في سجون النظام.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «فقد أثر أحمد العلي» (his trace was lost) as missing', () => {
      expect(people('فقد أثر أحمد العلي منذ عام 2014.', 'ar')).toEqual(['أحمد العلي=missing']);
    });

    it('reads «تعود أصول محمد الحداد إلى داريا» (his origins go back to), the name between the noun and «إلى», as his hometown', () => {
      expect(only('تعود أصول محمد الحداد إلى مدينة داريا.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('تعود أصول عائلة محمد الحداد إلى بلدة زبدون، واعتقل عام 2013.', 'ar').attributes.hometown).toBe('زبدون');
    });

    it('reads «وكان مقيماً في» and «مكان إقامته في» (his place of residence in) as his stated home', () => {
      expect(only('قضى الشاب محمد الحداد تحت التعذيب في سجن صيدنايا، وكان مقيماً في مدينة داريا قبل اعتقاله عام 2013.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('قضى الشاب محمد الحداد تحت التعذيب، وكان قد اعتقل من مكان إقامته في مدينة دوما عام 2013.', 'ar').attributes.hometown).toBe('دوما');
      // Where he was taken is no home.
      expect(only('قضى الشاب محمد الحداد تحت التعذيب. واعتقل الشاب في مدينة داريا عام 2013.', 'ar').attributes.hometown).toBeNull();
    });

    it('reads «سبع سنوات قضاها في صيدنايا» (seven years he spent in) without «التي» as a term served', () => {
      expect(people('عاد محمد الحداد إلى منزله في داريا بعد سبع سنوات قضاها في صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads a speaker of nothing else who says "my brother" in the sentence of the speech verb as family', () => {
      expect(people('"My brother is still in there," said Samir Nasser.', 'en')).toEqual(['Samir Nasser=relative']);
      expect(people('« Mon frère est toujours à Saydnaya », raconte Samir Nasser.', 'fr')).toEqual(['Samir Nasser=relative']);
      expect(people('"أخي ما زال هناك"، يقول سمير ناصر.', 'ar')).toEqual(['سمير ناصر=relative']);
      // His own detention told in the first person still makes him a former prisoner.
      expect(people('"I was arrested with my brother in 2012," said Samir Nasser.', 'en')).toEqual(['Samir Nasser=released']);
    });

    it('reads «s’est arrêté» (stopped) as no arrest', () => {
      expect(people('Samir Nasser s’est arrêté au barrage pour montrer ses papiers.', 'fr')).toEqual(['Samir Nasser=other']);
      expect(people("Samir Nasser s'est arrêté devant la prison.", 'fr')).toEqual(['Samir Nasser=other']);
      expect(people('Samir Nasser a été arrêté en 2012.', 'fr')).toEqual(['Samir Nasser=detainee']);
    });

    it('reads the searcher as family past an appositive between her name and the search ("Fatima Ali, from Daraya, is searching for her son")', () => {
      expect(people('Fatima Ali, from Daraya, is searching for her son Omar Haddad, who was arrested in 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
      expect(people('Fatima Ali, 54, is searching for her son Omar Haddad, who was arrested in 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
    });

    it('reads no list across «إن» / "that": «قالت فاطمة العلي، وهي من داريا، إن ابنها محمد الحداد اعتقل» names a mother and her son', () => {
      expect(people('قالت فاطمة العلي، وهي من داريا، إن ابنها محمد الحداد اعتقل عام 2013.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد الحداد=detainee']);
    });

    it('reads "the family home in", «منزل العائلة في», «بيت أهله في», «au domicile familial à» as a stated home', () => {
      expect(only('اعتقل محمد الحداد عام 2013 من بيت أهله في داريا.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('اعتقل محمد الحداد عام 2013 من منزل العائلة في دوما.', 'ar').attributes.hometown).toBe('دوما');
      expect(only('Omar Haddad was arrested in 2013 at the family home in Daraya.', 'en').attributes.hometown).toBe('Daraya');
      expect(only("Omar Haddad was taken from his family's home in Douma in 2013.", 'en').attributes.hometown).toBe('Douma');
      expect(only('Omar Haddad a été arrêté en 2013 au domicile familial à Daraya.', 'fr').attributes.hometown).toBe('Daraya');
    });

    it('reads "Said", capitalised inside its sentence before a name word, as a given name, not the verb', () => {
      expect(people('One prisoner, Said al-Haddad, walked out of Saydnaya on Sunday.', 'en')).toEqual(['Said al-Haddad=released']);
      expect(people('The prisoner Said Haddad was released on Sunday.', 'en')).toEqual(['Said Haddad=released']);
      // The verb in lower case stays a verb.
      expect(people('Omar Haddad said al-Haddad was released on Sunday.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it('reads «بعد اعتقال دام سبع سنوات» (after a detention that lasted seven years) as a detention that ended', () => {
      expect(people('أطلق سراح محمد الحداد وأحمد العلي أمس بعد اعتقال دام سبع سنوات.', 'ar')).toEqual(['محمد الحداد=released', 'أحمد العلي=released']);
      expect(people('قضى محمد الحداد تحت التعذيب بعد اعتقال دام سبع سنوات.', 'ar')).toEqual(['محمد الحداد=dead']);
      // Still held, nine years on.
      expect(people('لا يزال محمد الحداد معتقلاً بعد اعتقال دام سبع سنوات.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads the pair’s hometown in the next sentence past a line break («والشابان من أبناء مدينة داريا»)', () => {
      const text = 'أطلق سراح محمد الحداد وأحمد العلي أمس من سجن عدرا.\nوالشابان، بحسب أقاربهما، من أبناء مدينة داريا، واعتقلا عام 2013.';
      expect(extractMentions(text, 'ar').map((m) => `${m.name}@${m.attributes.hometown}`)).toEqual(['محمد الحداد@داريا', 'أحمد العلي@داريا']);
    });

    it('reads "her brother Omar" as the brother the post’s unnamed cues were about', () => {
      expect(people('Her brother was taken to Saydnaya in 2013. On Sunday, Fatima Ali learned that her brother Omar was alive.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=detainee',
      ]);
      // Another kinship noun is someone else.
      expect(people('Her brother was taken to Saydnaya in 2013. On Sunday, Fatima Ali learned that her sister Lina was safe.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Lina=relative',
      ]);
    });

    it('reads "X was told her fiance had been tortured to death" as X told, not X dead', () => {
      expect(people('In 2015, Fatima Ali was told her husband had been tortured to death in Saydnaya.', 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads «المناطق المحررة», "the liberated areas" as areas, not a release', () => {
      expect(people('وصل سمير ناصر إلى المناطق المحررة قبل عامين.', 'ar')).toEqual(['سمير ناصر=other']);
      expect(people('يعيش سمير ناصر اليوم في الشمال السوري المحرر مع عائلته.', 'ar')).toEqual(['سمير ناصر=other']);
      expect(people('أفرج عن محمد الحداد من سجن صيدنايا ونقل إلى المناطق المحررة.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "his father, who was imprisoned in 2011" as the father’s, past the relative clause’s auxiliaries', () => {
      expect(people('Samir Nasser could not find his father, who was detained in 2012.', 'en')).toEqual(['Samir Nasser=relative']);
      expect(people('Fatima Ali searched the hospitals for her son, who had been held in Adra for years.', 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads "between life and death", «entre le monde des morts et des vivants» as no death', () => {
      expect(people('Omar Haddad, arrêté en 2013, est entre la vie et la mort.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad, arrêté en 2013, est resté des années entre le monde des morts et des vivants.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad, freed from Saydnaya, is between life and death in hospital.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('محمد الحداد المعتقل منذ 2013 بين الحياة والموت.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a speaker who tells what befell «عمه», «قريبه», «شقيقه» (his uncle, relative, brother) as family', () => {
      expect(people('قال سمير ناصر إن عمه كان معتقلاً في سجن عدرا منذ 2014.', 'ar')).toEqual(['سمير ناصر=relative']);
      expect(people('قال سمير ناصر إن قريبه مختف منذ عام 2015.', 'ar')).toEqual(['سمير ناصر=relative']);
      expect(people('تحدث سمير ناصر عن شقيقه المفقود منذ 2016.', 'ar')).toEqual(['سمير ناصر=relative']);
      // His own story is his.
      expect(people('قال سمير ناصر إنه اعتقل عام 2013 في سجن صيدنايا.', 'ar')).toEqual(['سمير ناصر=released']);
    });

    it('reads "Rebels freed him" in a sentence naming no one as the release of the last name', () => {
      expect(people('Omar Haddad was arrested in 2013. Rebels freed him from Saydnaya on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was arrested in 2013. Rebels released him on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
      // "anyone who was released recognises him": the pronoun is the one recognised, not the one released.
      expect(people('Omar Haddad was arrested in 2013. His family hopes anyone who was released recognises him.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «لم يظهر محمد الحداد بين المفرج عنهم» (did not appear among those released) and an unknown place of detention as missing', () => {
      expect(people('لم يظهر محمد الحداد بين المفرج عنهم من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 ولا تعرف عائلته مكان احتجازه.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 ومكان احتجازه غير معروف.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads «يقول محمد الحداد (35 عاماً)، وهو من داريا، إنه…» as the speaker’s own story past the brackets and the appositive', () => {
      expect(only('يقول محمد الحداد (35 عاماً)، وهو أحد أبناء داريا، إنه قضى سبع سنوات في صيدنايا.', 'ar')).toMatchObject({
        role: 'released',
        attributes: { hometown: 'داريا' },
      });
      expect(people('يقول محمد الحداد (35 عاماً) إنه قضى سبع سنوات في صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "said his brother Fadi Khalil, 30, was arrested" as the brother spoken of, not a speaker', () => {
      expect(people('Omar Haddad, 35, a teacher, said his brother Fadi Khalil, 30, was arrested in 2013.', 'en')).toEqual([
        'Omar Haddad=relative',
        'Fadi Khalil=detainee',
      ]);
    });

    it('reads «لم يخرج محمد الحداد مع المحررين» (did not come out with the freed) and «لم يعرف عنه شيء» as missing, and a name among «المتوفين» as dead', () => {
      expect(people('لم يخرج محمد الحداد مع المعتقلين المحررين من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقلت قوات النظام محمد الحداد على حاجز عام 2013، ولم يعرف عنه شيء حتى اليوم.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 1982 وانقطعت أخباره حتى عثرت العائلة على اسمه بين المتوفين.', 'ar')).toEqual(['محمد الحداد=dead']);
      // Not among: still a release.
      expect(people('خرج محمد الحداد مع المعتقلين المحررين من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «يبحث سمير ناصر عن أخ له مفقود» (a brother of his) as a searcher for kin, not the missing one', () => {
      expect(people('يبحث سمير ناصر عن أخ له مفقود منذ عام 2013.', 'ar')).toEqual(['سمير ناصر=relative']);
      expect(people('يبحث سمير ناصر عن ابن له اعتقل عام 2013.', 'ar')).toEqual(['سمير ناصر=relative']);
    });

    it('reads «حكم آل الأسد» (the rule of the Assad family) as no person: «حكم» is also a word', () => {
      expect(people('استشهد الشاب محمد الحداد تحت التعذيب في سجن صيدنايا.\nوخرج أهالي زبدون في مظاهرة ضد حكم آل الأسد.', 'ar')).toEqual(['محمد الحداد=dead']);
    });

    it('reads «وأفرج عنهما» (and they two were released) and "Rebels freed them" as the release of everyone last named as held', () => {
      expect(people('اعتقل محمد الحداد مع سمير ناصر عام 2013. وأفرج عنهما يوم الأحد.', 'ar')).toEqual(['محمد الحداد=released', 'سمير ناصر=released']);
      expect(people('اعتقل محمد الحداد مع سمير ناصر عام 2013. وأطلق سراحهما يوم الأحد.', 'ar')).toEqual(['محمد الحداد=released', 'سمير ناصر=released']);
      expect(people('Omar Haddad was arrested with Fadi Khalil in 2013. Rebels freed them on Sunday.', 'en')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=released',
      ]);
      // One of them alone: the other stays held.
      expect(people('اعتقل محمد الحداد مع سمير ناصر عام 2013. وأفرج عنه يوم الأحد.', 'ar')).toEqual(['محمد الحداد=detainee', 'سمير ناصر=released']);
    });

    it('reads the father in "Omar Haddad, the son of Sheikh Fadi Khalil," and «نجل الشيخ أحمد العلي» as family, past the title', () => {
      expect(people('The regime released Omar Haddad, the son of Sheikh Fadi Khalil, after seven years of detention.', 'en')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=relative',
      ]);
      expect(people('Le régime a libéré Omar Haddad, fils du cheikh Fadi Khalil, après sept ans de détention.', 'fr')).toEqual([
        'Omar Haddad=released',
        'Fadi Khalil=relative',
      ]);
      expect(people('أفرج النظام عن محمد الحداد، نجل الشيخ أحمد العلي، بعد سبع سنوات من الاعتقال.', 'ar')).toEqual([
        'محمد الحداد=released',
        'أحمد العلي=relative',
      ]);
      // The verb before the son is his, not his father's.
      expect(people('اعتقل محمد الحداد، نجل أحمد العلي، عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee', 'أحمد العلي=relative']);
      // «ابن الشيخ»: the son of a sheikh, not of a town «الشيخ».
      expect(extractMentions('أفرج النظام عن محمد الحداد، ابن الشيخ أحمد العلي، بعد سبع سنوات.', 'ar')[0]).toMatchObject({
        role: 'released',
        attributes: { hometown: null },
      });
    });

    it('reads a name the lists lack after «يدعى» (named) even when its words look like verbs', () => {
      expect(people('أفادت عائلة مواطن كندي يدعى تيفان يوركمان بأنه معتقل في دمشق.', 'ar')).toEqual(['تيفان يوركمان=detainee']);
    });

    it('reads "du village d’al-Zabadoun" (a lower-case article before a capital) as a hometown, and «Déjà» opening a sentence as no name', () => {
      expect(only('Omar Haddad, originaire du village d’al-Zabadoun près de Deraa, est mort en détention en 2014.', 'fr')).toMatchObject({
        role: 'dead',
        attributes: { hometown: 'al-Zabadoun' },
      });
      expect(only('Omar Haddad, from the village of al-Zabadoun in Daraa province, died under torture.', 'en').attributes.hometown).toBe('al-Zabadoun');
      const names = extractMentions('Omar Haddad a été arrêté en 2012. Déjà arrêté en 2011 avant d’être libéré, il a été de nouveau arrêté.', 'fr');
      expect(names.map((m) => m.name)).toEqual(['Omar Haddad']);
    });

    it('reads a family that recognised its son among «صور ضحايا التعذيب» (photos of torture victims), past a title, as his death', () => {
      expect(people('تعرفت عائلة محمد الحداد على صورته بين صور ضحايا التعذيب.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('صدمت عائلة الشاب محمد الحداد حين رأت صورته ضمن صور قيصر.', 'ar')).toEqual(['محمد الحداد=dead']);
    });

    it('reads a father who died of a stroke while searching for his detained son as family, no death in custody', () => {
      // Searching for his son, he is family.
      expect(people('توفي سمير ناصر بجلطة أثناء بحثه عن صور ابنه محمد المعتقل منذ سبع سنوات.', 'ar')).toEqual(['سمير ناصر=relative', 'محمد=missing']);
      expect(people('Samir Nasser died of a heart attack while searching the photographs for his son Omar, detained since 2013.', 'en')).toEqual([
        'Samir Nasser=other',
        'Omar=detainee',
      ]);
    });

    it('reads «لتنقطع أخبارهما» (then news of the two stopped) as both missing', () => {
      expect(people('خرج محمد الحداد برفقة ابنه البكر سمير من زبدون باتجاه لبنان، لتنقطع أخبارهما منذ ذلك الوقت.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'سمير=missing',
      ]);
    });

    it('reads the known finer place after a governorate as the hometown: «من ريف دمشق - داريا», «من محافظة ريف دمشق مدينة داريا»', () => {
      expect(only('المعتقل محمد الحداد من ريف دمشق - داريا، معتقل منذ 2012.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('المعتقل محمد الحداد من ريف دمشق، مدينة داريا، معتقل منذ 2012.', 'ar').attributes.hometown).toBe('داريا');
      expect(only('الشهيد تحت التعذيب محمد الحداد من محافظة ريف دمشق مدينة داريا.', 'ar').attributes.hometown).toBe('داريا');
      // The governorate alone stays.
      expect(only('المعتقل محمد الحداد من ريف دمشق، معتقل منذ 2012.', 'ar').attributes.hometown).toBe('ريف دمشق');
    });

    it('links a kunya right after a name («محمد الحداد أبو أحمد») to that name, so its hometown is his', () => {
      const [name, kunya] = extractMentions('استشهد محمد الحداد أبو أحمد، من داريا، تحت التعذيب.', 'ar');
      expect(name).toMatchObject({ name: 'محمد الحداد', role: 'dead', attributes: { hometown: 'داريا' } });
      expect(kunya).toMatchObject({ name: 'أبو أحمد', partial: true, refersTo: { start: name.start, end: name.end } });
    });

    it('reads an arrest tried and failed («دون التمكن من اعتقاله», "tried to arrest") as no arrest', () => {
      expect(people('فر الشاب محمد الحداد من الحاجز دون التمكن من اعتقاله.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('Les forces de sécurité ont tenté de l’arrêter, mais Omar Haddad a pris la fuite.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('reads "Professor Omar Haddad and his brother Fadi were arrested" as both held, and «professeur d’université Omar Haddad» as a name', () => {
      expect(people('Professor Omar Haddad and his brother Fadi were arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee', 'Fadi=detainee']);
      expect(people('L’avocat Omar Haddad et son frère Fadi ont été arrêtés en 2013.', 'fr')).toEqual(['Omar Haddad=detainee', 'Fadi=detainee']);
      expect(people('Le professeur d’université Omar Haddad a été arrêté à Damas en 2012.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «خروجهما» (the two of them coming out) as the release of the last two names', () => {
      expect(people('اعتقل محمد الحداد مع سمير ناصر عام 2012، وبعد خروجهما من السجن عادا إلى زبدون.', 'ar')).toEqual([
        'محمد الحداد=released',
        'سمير ناصر=released',
      ]);
      expect(people('وصل محمد الحداد وسمير ناصر إلى زبدون عقب خروجهما من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released', 'سمير ناصر=released']);
    });

    it('reads «أصيب بجلطة أودت بحياته» (a stroke took his life) during a search for his son as a relative’s death outside custody', () => {
      expect(people('ذكر ناشطون أن سمير ناصر أصيب بجلطة أودت بحياته خلال بحثه عن صور ولده يوسف المحتجز منذ سبع سنوات.', 'ar')).toEqual([
        'سمير ناصر=relative',
        'يوسف=missing',
      ]);
      // The deaths of the photographs' victims, two sentences on, are not his.
      const text =
        'مات رجل مسن وهو يبحث في صور قيصر عن ابنه المعتقل.\n' +
        'وقال ناشطون إن سمير ناصر، الملقب بأبو يوسف، أصيب بجلطة أودت بحياته، خلال بحثه عن صور ولده يوسف.\n' +
        'ولم يعرف ناصر ما حل بابنه، فقد رحل وهو يتصفح صور آلاف الضحايا الذين لقوا حتفهم تحت التعذيب.';
      expect(extractMentions(text, 'ar')[0]).toMatchObject({ name: 'سمير ناصر', role: 'relative' });
    });

    it('reads "no information" said of those held (not asked for) as their disappearance, whichever sentence named them', () => {
      const fr = 'Omar Haddad a été arrêté le 3 mars 2013. Samir Nasser a été arrêté le 5 mai 2012. Leurs familles n’ont reçu aucune information.';
      expect(people(fr, 'fr')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      const en = 'Omar Haddad was arrested on 3 March 2013. Samir Nasser was arrested on 5 May 2012. Their families have received no information since.';
      expect(people(en, 'en')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      const ar = 'اعتقل محمد الحداد عام 2013 على حاجز في دمشق. واعتقل سمير ناصر عام 2012 في حمص. ولم تتلق عائلتاهما أي معلومات عنهما منذ ذلك الحين.';
      expect(people(ar, 'ar')).toEqual(['محمد الحداد=missing', 'سمير ناصر=missing']);
      expect(people('Les autorités n’ont jamais reconnu la détention d’Omar Haddad, arrêté en 2012.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads "no one in his family knew where he had been taken", «ne savait où», «إلى أين اقتيد» as a disappearance', () => {
      expect(people('Omar Haddad a été arrêté en 2011. Personne dans sa famille ne savait où il avait été conduit.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad est détenu depuis 2012 sans que sa famille sache où.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2011. No one in his family knew where he had been taken.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2011، ولم يعرف أحد من أقاربه إلى أين اقتيد.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads one who describes his own time in detention («décrit son séjour en détention») as released', () => {
      expect(people('Omar Haddad décrit son séjour en détention à Adra. Ce pharmacien avait été arrêté en 2015.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad describes his time in prison.', 'en')).toEqual(['Omar Haddad=released']);
      // Of someone else’s detention, she is family.
      expect(people('Fatima Ali décrit le séjour en détention de son fils Omar Haddad.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
    });

    it('reads «celui-ci» (the latter) as the one last named', () => {
      const text =
        'Omar Haddad a été arrêté en 2012 à Daraya. La famille d’Omar Haddad est allée à l’état civil, où elle a appris que celui-ci était mort en 2014.';
      expect(people(text, 'fr')).toEqual(['Omar Haddad=dead', 'Omar Haddad=dead']);
      expect(people('Omar Haddad a été arrêté en 2012. Celui-ci est mort sous la torture en 2013.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('reads a town that mourns its young man («نعت مدينة داريا الشاب …», «نعت بلدة زبدون ابنها …») as his hometown, not his mother', () => {
      expect(only('نعت مدينة داريا الشاب محمد الحداد الذي قضى تحت التعذيب في سجن صيدنايا.', 'ar')).toMatchObject({
        name: 'محمد الحداد',
        role: 'dead',
        attributes: { hometown: 'داريا' },
      });
      expect(only('نعت بلدة زبدون ابنها محمد الحداد.', 'ar')).toMatchObject({ role: 'dead', attributes: { hometown: 'زبدون' } });
      expect(only('داريا تودع ابنها محمد الحداد.', 'ar').role).not.toBe('relative');
      // «ابنها» past "that" is the family's son: «أعلنت عائلة … من جوبر أن ابنها…».
      expect(people('قالت والدته في داريا إن ابنها محمد الحداد اعتقل عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «وينحدر الشاب من زبدون» (the young man comes from) as the hometown of the one the text is about', () => {
      expect(only('قضى الشاب محمد الحداد تحت التعذيب في سجون النظام. وينحدر الشاب من زبدون.', 'ar')).toMatchObject({
        name: 'محمد الحداد',
        attributes: { hometown: 'زبدون' },
      });
    });

    it('reads «بعد غياب» (after years of absence) as an absence that has ended, no disappearance', () => {
      expect(people('أفرج عن محمد الحداد من سجن صيدنايا. وعاد الحداد إلى بلدته زبدون بعد غياب 10 سنوات.', 'ar')).toEqual([
        'محمد الحداد=released',
        'الحداد=released',
      ]);
      expect(people('اعتقل محمد الحداد عام 2013، ولا تعرف عائلته شيئا عن مصيره منذ غيابه.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads a town the lists lack after "a man from", «شاب من», «un jeune homme de» in a headline as the named person’s hometown', () => {
      const ar = 'وفاة شاب من زبدون في المعتقل بعد سنوات من الاعتقال\nتوفي الشاب محمد الحداد في سجن صيدنايا بعد اعتقال دام 9 أعوام.';
      expect(only(ar, 'ar')).toMatchObject({ name: 'محمد الحداد', role: 'dead', attributes: { hometown: 'زبدون' } });
      expect(only('A man from Zabadoun has died under torture. Omar Haddad, 34, was arrested in 2013.', 'en').attributes.hometown).toBe('Zabadoun');
      expect(only('Un jeune homme de Zabadoun mort sous la torture\nOmar Haddad, 34 ans, avait été arrêté en 2013.', 'fr').attributes.hometown).toBe(
        'Zabadoun',
      );
      // No town has a number after it.
      expect(only('A prisoner from Cell 4 said Omar Haddad died.', 'en').attributes.hometown).toBeNull();
    });

    const townsOf = (text: string, lang: string): string[] => extractMentions(text, lang).map((m) => `${m.name} @${m.attributes.hometown}`);
    it('reads "They are from …", «وهما من أبناء …», «Ils sont originaires de …» after two names as the hometown of both', () => {
      expect(townsOf('Omar Haddad and Samir Nasser were freed on Tuesday. They are from Daraya.', 'en')).toEqual([
        'Omar Haddad @Daraya',
        'Samir Nasser @Daraya',
      ]);
      expect(townsOf('Omar Haddad and Samir Nasser were freed. Both are from Zabadoun.', 'en')).toEqual(['Omar Haddad @Zabadoun', 'Samir Nasser @Zabadoun']);
      expect(townsOf('أفرج عن محمد الحداد وسمير ناصر. وهما من أبناء داريا.', 'ar')).toEqual(['محمد الحداد @داريا', 'سمير ناصر @داريا']);
      expect(townsOf('Omar Haddad et Samir Nasser ont été libérés mardi. Ils sont originaires de Zabadoun.', 'fr')).toEqual([
        'Omar Haddad @Zabadoun',
        'Samir Nasser @Zabadoun',
      ]);
    });

    it('reads «selon un ancien détenu», "according to a former detainee" as the unnamed source, not as the named man’s release', () => {
      expect(only('Selon un ancien détenu, Omar Haddad était vivant à Saydnaya en 2000.', 'fr').role).not.toBe('released');
      expect(only('According to a former detainee, Omar Haddad was alive in Saydnaya in 2000.', 'en').role).not.toBe('released');
      expect(only("Sa famille a appris par un ancien détenu qu'Omar Haddad se trouvait à Saydnaya.", 'fr').role).not.toBe('released');
      expect(people('Omar Haddad, a former detainee, said he was tortured.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "handed over to the Syrian authorities", «remis aux autorités syriennes» as held, and «a été aperçu … par un codétenu» as missing', () => {
      expect(people('Omar Haddad was handed over to the Syrian authorities in 1985.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été remis aux autorités syriennes en 1985.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été aperçu à la prison de Palmyre en 1990 par un codétenu.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads a family’s hope «أن يكون على قيد الحياة» (that he be alive) as a disappearance', () => {
      expect(people('اعتقل محمد الحداد عام 1985، وتأمل عائلته أن يكون على قيد الحياة.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads a relative who searches for a kin of her own ("Omar Haddad’s wife … for her father") as his family, and "Loved Ones" as no name', () => {
      expect(people('Omar Haddad’s wife has looked for her father since 2013.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people('La femme d’Omar Haddad cherche son père depuis 2013.', 'fr')).toEqual(['Omar Haddad=relative']);
      // A mother’s son, a wife’s husband: the name is the one sought.
      expect(people('Omar Haddad’s mother is searching for her son.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad’s wife is searching for her husband.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Families Look for Loved Ones at Adra Prison', 'en')).toEqual([]);
    });

    it('reads «ينحدر بلدة زبدون», an origin verb whose «من» the writer left out, as the hometown', () => {
      expect(only('توفي المعتقل محمد الحداد، ينحدر بلدة زبدون، تحت التعذيب.', 'ar').attributes.hometown).toBe('زبدون');
      expect(only('مات شاب من دمشق في المعتقل. وتوفي المعتقل محمد الحداد، يتحدر بلدة زبدون غرب دمشق.', 'ar').attributes.hometown).toBe('زبدون');
    });

    it('reads "He is from …", «وهو من أبناء …» after one of several people as his hometown, not the next one’s', () => {
      expect(townsOf('Omar Haddad was arrested in 2013. He is from Daraya. Samir Nasser was arrested in 2014. He comes from Douma.', 'en')).toEqual([
        'Omar Haddad @Daraya',
        'Samir Nasser @Douma',
      ]);
      expect(townsOf('Omar Haddad was arrested in 2013. He is from Zabadoun. Samir Nasser was freed in 2014.', 'en')).toEqual([
        'Omar Haddad @Zabadoun',
        'Samir Nasser @null',
      ]);
      expect(townsOf('اعتقل محمد الحداد عام 2013. وهو من أبناء داريا. كما اعتقل سمير ناصر عام 2014، وهو من دوما.', 'ar')).toEqual([
        'محمد الحداد @داريا',
        'سمير ناصر @دوما',
      ]);
      expect(townsOf('Omar Haddad a été arrêté en 2013. Il est originaire de Daraya. Samir Nasser, lui, a été libéré en 2014.', 'fr')).toEqual([
        'Omar Haddad @Daraya',
        'Samir Nasser @null',
      ]);
    });

    it('reads an Arabic sentence naming nobody that opens on a role verb or says «عنه» as about the one last named, not everyone', () => {
      expect(people('اعتقل محمد الحداد في دمشق. وأفرج عنه بعد عامين. واعتقل سمير ناصر في حمص. وتوفي تحت التعذيب بعد عام.', 'ar')).toEqual([
        'محمد الحداد=released',
        'سمير ناصر=dead',
      ]);
      expect(people('اعتقل سمير ناصر عام 2014. وتوفي تحت التعذيب عام 2016.', 'ar')).toEqual(['سمير ناصر=dead']);
      // «وتوفي والده»: his father died, not he.
      expect(people('اعتقل سمير ناصر عام 2014. وتوفي والده بعد عام.', 'ar')).toEqual(['سمير ناصر=detainee']);
      expect(people('اعتقل محمد الحداد وسمير ناصر عام 2014. وأفرج عنهما بعد عام.', 'ar')).toEqual(['محمد الحداد=released', 'سمير ناصر=released']);
    });

    it('reads «pour obtenir sa libération», "secure his release" as a plea, and "X, the brother of the journalist," as family', () => {
      expect(people('Les proches du reporter Omar Haddad, kidnappé en 2013, ont lancé un appel pour obtenir sa libération.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('The family of Omar Haddad is working to secure his release.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Samir Haddad, le frère du photographe, demande la libération du reporter.', 'fr')).toEqual(['Samir Haddad=relative']);
      // The verb after the apposition is his own.
      expect(people('Samir Haddad, the brother of the journalist, was arrested in 2013.', 'en')).toEqual(['Samir Haddad=detainee']);
    });

    it('reads "He disappeared … together with his colleague Samir Nasser" after a titled name as both gone', () => {
      expect(people('Omar Haddad is a journalist. He went missing in Raqqa in 2013 together with his colleague Samir Nasser.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Le journaliste Omar Haddad était en vie. Il a disparu à Raqqa en 2013, en même temps que son collègue Samir Nasser.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad is a journalist. He met Samir Nasser, who was arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=other',
        'Samir Nasser=detainee',
      ]);
    });

    it('reads a raid that failed to take him («داهمت … منزله بهدف اعتقاله، لكنه لم يكن في المنزل») as no arrest', () => {
      expect(people('داهمت قوات الأمن منزل محمد الحداد في زبدون بهدف اعتقاله، لكنه لم يكن في المنزل.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('داهمت دورية أمنية منزل محمد الحداد في زبدون، دون أن تعثر عليه.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('داهمت قوات الأمن منزل محمد الحداد في زبدون واعتقلته.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a disappearance said of several or of a woman in the words said of one man («leur détention», «nie les détenir», «مصيرهم»)', () => {
      expect(people('Les détenus Omar Haddad et Samir Nasser ont été arrêtés en 2013. Le régime n’a jamais reconnu leur détention.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad et Samir Nasser sont détenus depuis 1985. Damas nie les détenir.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad et Samir Nasser sont détenus depuis 1985. Leurs proches ne savent pas où ils se trouvent.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad and Samir Nasser were detained in 2013. The authorities never acknowledged their detention.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('اعتقلت فاطمة العلي عام 2014 ولا يعرف شيئا عن مصيرها.', 'ar')).toEqual(['فاطمة العلي=missing']);
      expect(people('اعتقل محمد الحداد وسمير ناصر عام 2014. ولا يعرف شيئا عن مصيرهما.', 'ar')).toEqual(['محمد الحداد=missing', 'سمير ناصر=missing']);
      expect(people('اعتقل محمد الحداد عام 2012 وتجهل عائلته مكان احتجازه.', 'ar')).toEqual(['محمد الحداد=missing']);
      // "their fate" before one man's name speaks of others.
      expect(people('طالب الناشطون بالكشف عن مصيرهم، في حين أفرج عن محمد الحداد.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Les familles exigent de savoir où ils se trouvent. Omar Haddad est détenu à Adra.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads a post whose topic is "enforced disappearances" as speaking of the detainees it names with no place of detention', () => {
      expect(people('L’association documente les disparitions forcées. Parmi les détenus qu’elle suit : Omar Haddad et Samir Nasser.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('A report on enforced disappearances. Among the detainees it follows are Omar Haddad and Samir Nasser.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      // Held where the post says: not gone.
      expect(people('Un rapport sur les disparitions forcées. Omar Haddad est détenu à la prison d’Adra depuis 2012.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads one whose "he" seeks what became of his brother in the next sentence as family, not a second man gone', () => {
      expect(people('Fadi Khalil hopes to know the truth one day. Since 2014 he has been trying to find out what happened to his brother Omar.', 'en')).toEqual(
        ['Fadi Khalil=relative', 'Omar=missing'],
      );
      expect(people("Fadi Khalil n'a jamais cessé d'y croire. Depuis 2014, cet homme cherche à savoir ce qui est arrivé à son frère Omar.", 'fr')).toEqual([
        'Fadi Khalil=relative',
        'Omar=missing',
      ]);
    });

    it('reads "her friend had been arrested" as the friend’s arrest, not the arrest of the one whose friend it is', () => {
      expect(people('For Fatima Ali, March brought bad news: her friend had been arrested.', 'en')).toEqual(['Fatima Ali=other']);
      expect(people('Pour Fatima Ali, mars apporta une mauvaise nouvelle : son ami avait été arrêté.', 'fr')).toEqual(['Fatima Ali=other']);
      expect(
        people(
          'Fatima voyait souvent son ami Omar Haddad au café. En mars, Fatima a appris que son ami avait été arrêté. Personne dans sa famille ne savait où il avait été conduit.',
          'fr',
        ),
      ).toEqual(['Fatima=other', 'Omar Haddad=missing', 'Fatima=other']);
      // Her own arrest stays hers.
      expect(people('Fatima Ali and her friend were arrested in 2012.', 'en')).toEqual(['Fatima Ali=detainee']);
    });

    it('reads "…, but not Omar Haddad", «mais pas», «لكن ليس» after a release of many as the one left held', () => {
      expect(people('The regime freed hundreds of detainees, but not Omar Haddad, arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Le régime a relâché des centaines de détenus, mais pas Omar Haddad, arrêté en 2012.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('أفرج النظام عن مئات المعتقلين، لكن ليس محمد الحداد المعتقل منذ 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Samir Nasser was freed, but not Omar Haddad.', 'en')).toEqual(['Samir Nasser=released', 'Omar Haddad=detainee']);
      // "but not charged": no name after it.
      expect(people('Omar Haddad was arrested, but not charged, and released a year later.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "X, whose brother disappeared in 2013, was arrested in 2015" as held himself, with his own arrest year', () => {
      const held = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.role} arrest ${m.attributes.arrestYear}`);
      expect(held('Omar Haddad, whose brother disappeared in 2013, was arrested in 2015 and is held in Adra.', 'en')).toEqual([
        'Omar Haddad=detainee arrest 2015',
      ]);
      expect(held('Omar Haddad, dont le frère a disparu en 2013, a lui-même été arrêté en 2015.', 'fr')).toEqual(['Omar Haddad=detainee arrest 2015']);
      // Only family: the clause is all that is said of him.
      expect(people('Fatima Ali, whose son disappeared in 2013, said she still waits.', 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads "tens of thousands of Syrians have disappeared" as a crowd, not the named man held', () => {
      expect(people('Omar Haddad was detained in 2012. Amnesty said tens of thousands of Syrians have disappeared in the prisons.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      // He is one of them.
      expect(people('Omar Haddad and many others have disappeared since 2013.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads «ولم يكن محمد الحداد بينهم» after a release as the one not freed, the name inside the phrase', () => {
      expect(people('خرج المعتقلون من سجن صيدنايا، ولم يكن محمد الحداد بينهم.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('أفرج عن مئات المعتقلين، وليس محمد الحداد من بينهم.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads "More than 100,000 Syrians are still missing" as a crowd right before its people, not the named man held', () => {
      expect(people('Omar Haddad was detained in 2012. More than 100,000 Syrians are still missing, according to rights groups.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      // He is counted among them.
      expect(people('Omar Haddad is one of 100,000 Syrians who are still missing.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads a cue before "25-year-old" and the name as the name\'s: "said 25-year-old Omar Haddad" is a speaker', () => {
      expect(people("Families wait for loved ones who disappeared. 'I am waiting,' said 25-year-old Omar Haddad.", 'en')).toEqual(['Omar Haddad=other']);
      expect(people("Families wait for loved ones who disappeared. 'I am waiting,' said the 25-year-old Omar Haddad.", 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Rebels freed 30-year-old Omar Haddad from Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "spent 30 years in Syrian jails", "after spending 30 years in jails" as a term served', () => {
      expect(people('Omar Haddad spent 30 years in Syrian jails.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad is home after spending 30 years in Syrian jails.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('never reads a transliterated intelligence agency or a "<name> crossing" as a person', () => {
      expect(people('The men of Idarat al-Mukhabarat al-Amma came at night for Omar Haddad, who was arrested.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Les hommes de la Moukhabarat Al-Askariya ont arrêté Omar Haddad.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('He was taken to the Jaber crossing, where Omar Haddad was released.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('He was handed over at the Jaber border crossing, where Omar Haddad was released.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "X, the father of Y, was arrested" as X held and Y his family; "X, a friend of Y, was arrested" leaves Y out of it', () => {
      const held = (text: string, lang: string) =>
        extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.arrestYear} ${m.attributes.hometown}`);
      expect(held('Omar Haddad, the father of Samir Nasser, was arrested in 2011.', 'en')).toEqual([
        'Omar Haddad=detainee 2011 null',
        'Samir Nasser=relative null null',
      ]);
      expect(held('Omar Haddad, le père de Samir Nasser, a été arrêté en 2011.', 'fr')).toEqual([
        'Omar Haddad=detainee 2011 null',
        'Samir Nasser=relative null null',
      ]);
      expect(held('Omar Haddad, a friend of Samir Nasser, was arrested in 2011.', 'en')).toEqual([
        'Omar Haddad=detainee 2011 null',
        'Samir Nasser=other null null',
      ]);
      expect(held("Omar Haddad, un collègue d'Ahmed Nasser, a été arrêté en 2011.", 'fr')).toEqual([
        'Omar Haddad=detainee 2011 null',
        'Ahmed Nasser=other null null',
      ]);
    });

    it('reads "His release …" opening the sentence after a speaker as what befell him', () => {
      expect(people('Omar Haddad told AFP he was happy. His release gave hope to hundreds of families.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad a parlé à l'AFP. Sa libération a redonné espoir aux familles.", 'fr')).toEqual(['Omar Haddad=released']);
      // "His" cannot stand for a woman.
      expect(people('Fatima Ali told AFP she was happy. His release gave hope to hundreds of families.', 'en')).toEqual(['Fatima Ali=other']);
    });

    it('reads a transfer "from one prison to another", «تنقل بين الأفرع» as detention', () => {
      expect(people('Omar Haddad was transferred between prisons for years.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad said he was moved from one prison to another.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('يروي محمد الحداد كيف نقل من سجن إلى آخر.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('محمد الحداد تنقل بين الأفرع الأمنية منذ عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a family that does not know, or authorities that will not say, where he is held as missing', () => {
      expect(people('Omar Haddad a été arrêté en 2013. Sa famille ignore son lieu de détention.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2013 ; son lieu de détention n'a jamais été révélé.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. The authorities refuse to disclose where he is held.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was arrested in 2013. His family has had no contact with him since.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013، وترفض السلطات الكشف عن مكان احتجازه.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقل محمد الحداد عام 2013، ولم تتمكن عائلته من معرفة مكانه.', 'ar')).toEqual(['محمد الحداد=missing']);
      // Knowing where he is held is no disappearance.
      expect(people('تمكنت العائلة من معرفة مكانه في سجن صيدنايا حيث زارت محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('keeps the name of a family that is also a place after its article ("Samir Al Shaar"), and never ends a name on "Al"', () => {
      expect(people('Samir Al Shaar was released.', 'en')).toEqual(['Samir Al Shaar=released']);
      expect(people("L'association salue la libération de Fadi Khalil et de Samir Al Shaar.", 'fr')).toEqual([
        'Fadi Khalil=released',
        'Samir Al Shaar=released',
      ]);
    });

    it('reads what "a recently released detainee", «معتقل سابق» says of a name as the witness\'s, not the name\'s', () => {
      expect(people("Un détenu récemment relâché a raconté qu'Omar Haddad était enfermé à la branche 215.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('A recently freed prisoner said that Omar Haddad was kept in Branch 215.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Un ancien détenu a affirmé avoir vu Omar Haddad à Saydnaya en 2015.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('أخبر معتقل سابق عائلة محمد الحداد أنه شاهده في صيدنايا.', 'ar')).toEqual(['محمد الحداد=missing']);
      // He himself, in apposition.
      expect(people('Omar Haddad, a recently released detainee, confirmed that he was held in Branch 215.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('never reads a neighbourhood "Al Hara …", "Harat …" as a person', () => {
      expect(people('Omar Haddad vit à Al Hara Al Jadida. Il a été arrêté en 2011.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('never reads a place in a list of places ("à Homs, Alep et Damas") as a hometown', () => {
      const towns = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(
        towns(
          "L'association a transmis trois dossiers : Omar Haddad, Samir Nasser et Fadi Khalil. Ils ont tous disparu après leur arrestation à Homs, Alep et Damas.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=null', 'Samir Nasser=null', 'Fadi Khalil=null']);
      // A place set apart right after the name is still his.
      expect(towns('محمد الحداد، داريا، خرج من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=داريا']);
    });

    it('reads "X, pictured in a photo shared by Y, has been missing" as X missing and Y named in passing', () => {
      expect(people('Omar Haddad, pictured in a family photo shared by Dr. Fadi Khalil, has been missing for three weeks.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Fadi Khalil=other',
      ]);
      expect(people('Omar Haddad, pictured with his friend Fadi Khalil, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee', 'Fadi Khalil=other']);
    });

    it('never reads "a place of death", "a factory of fear and death" as a death', () => {
      expect(people('Omar Haddad was released in January. He said it was a factory of fear and death.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad a été libéré. Il a décrit la prison comme une usine de mort.', 'fr')).toEqual(['Omar Haddad=released']);
      // A certificate of death is one.
      expect(people('Omar Haddad was arrested in 2012. His family received a certificate of death in 2018.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it('reads "In May he was detained again", «En mai, il a de nouveau été arrêté» after a release as taken again', () => {
      expect(people('Omar Haddad was released in January. In May he was detained once again, and his family has not heard from him since.', 'en')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('Omar Haddad a été libéré en janvier. En mai, il a de nouveau été arrêté.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it("reads a family name in «ي» after a given name and a father's name, even where it looks like a verb («مجد عصام تعمري»)", () => {
      expect(people('ناشدت عائلة اللاجئ الفلسطيني مجد عصام تعمري بالكشف عن مصيره.', 'ar')).toEqual(['مجد عصام تعمري=missing']);
      // A verb of "he" is no family name.
      expect(people('اعتقل محمد أحمد يمشي في الشارع.', 'ar')).toEqual(['محمد أحمد=detainee']);
    });

    it('never reads a town after "the prisons of", «أخذت من», «عودته من» as a hometown', () => {
      const towns = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(towns('Omar Haddad, from the prisons of Damascus, was released.', 'en')).toEqual(['Omar Haddad=null']);
      expect(towns('Omar Haddad a été torturé pendant des années dans les prisons de Damas.', 'fr')).toEqual(['Omar Haddad=null']);
      expect(towns('تبحث فاطمة العلي عن شقيقتها سمر، البالغة من العمر 25 عاما، التي أخذت من محافظة حلب.', 'ar')).toEqual(['فاطمة العلي=null', 'سمر=null']);
      expect(towns('انقطع الاتصال مع محمد الحداد وأحمد العلي أثناء عودتهما من دمشق.', 'ar')).toEqual(['محمد الحداد=null', 'أحمد العلي=null']);
    });

    it('reads family who say they were held themselves ("He himself was released", «هي نفسها») as former detainees', () => {
      expect(people('Omar Haddad is searching for his brother. He himself was released from Adra prison the day before.', 'en')).toEqual([
        'Omar Haddad=released',
      ]);
      expect(people('Omar Haddad cherche son frère. Lui-même vient de sortir de prison.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('تبحث فاطمة العلي عن أختها، وكانت هي نفسها قد خرجت من السجن قبل شهر.', 'ar')).toEqual(['فاطمة العلي=released']);
      // "He" alone may be the brother.
      expect(people('Omar Haddad cherche son frère. Il vient de sortir de la prison d’Adra.', 'fr')).toEqual(['Omar Haddad=relative']);
      // "Herself" cannot stand for a man.
      expect(people('Omar Haddad is searching for his brother. She herself was released the day before.', 'en')).toEqual(['Omar Haddad=relative']);
    });

    it('reads «vient de sortir de prison» as a release', () => {
      expect(people('Omar Haddad vient de sortir de la prison d’Adra.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "They feared being arrested" as no arrest', () => {
      expect(people('Omar Haddad and his wife, Fatima Ali, went into hiding in April. They feared being arrested.', 'en')).toEqual([
        'Omar Haddad=other',
        'Fatima Ali=relative',
      ]);
      expect(
        people('Omar Haddad has been held at an unknown location since April. His wife, Fatima Ali, went into hiding. She feared being arrested.', 'en'),
      ).toEqual(['Omar Haddad=missing', 'Fatima Ali=relative']);
    });

    it('reads "X\'s two sons, A and B, were arrested" as X their family', () => {
      expect(people("Fatima Ali's two sons, Omar and Fadi Haddad, were arrested in 2013.", 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=detainee',
        'Fadi Haddad=detainee',
      ]);
      expect(people("Fatima Ali's two sons were arrested in 2013.", 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads «اعتقل شقيق محمد الحداد، أحمد الحداد» as the brother in apposition held, and a dual kinship noun as no name', () => {
      expect(people('اعتقل شقيق محمد الحداد، أحمد الحداد، عام 2013.', 'ar')).toEqual(['محمد الحداد=relative', 'أحمد الحداد=detainee']);
      expect(people('اعتقل ولدا فاطمة العلي، محمد وأحمد الحداد، عام 2013.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد=detainee', 'أحمد الحداد=detainee']);
      expect(people('اعتقل شقيقا محمد الحداد عام 2013.', 'ar')).toEqual(['محمد الحداد=relative']);
    });

    it('reads a kinsman "lost" in a place of detention as dead there, and the one who lost him as family', () => {
      expect(people('Fatima Ali lost two brothers in Saydnaya: Omar and Fadi Haddad.', 'en')).toEqual(['Fatima Ali=relative', 'Omar=dead', 'Fadi Haddad=dead']);
      expect(people('Fatima Ali a perdu son frère Omar Haddad à Saydnaya.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=dead']);
      expect(people('فقدت فاطمة العلي شقيقها محمد الحداد في سجن صيدنايا.', 'ar')).toEqual(['فاطمة العلي=relative', 'محمد الحداد=dead']);
      // Contact lost is no death.
      expect(people('Fatima Ali lost contact with her brother Omar Haddad in 2013.', 'en')).toEqual(['Fatima Ali=relative', 'Omar Haddad=missing']);
    });

    it('reads "According to his sister X, he was arrested" as said of the name before her', () => {
      expect(people('Omar Haddad was a teacher. According to his sister Fatima Ali, he was arrested in 1985.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Fatima Ali=relative',
      ]);
      expect(people('Prenons Omar Haddad. Selon sa sœur Fatima Ali, originaire de Zabadoun, il a disparu en 1985.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fatima Ali=relative',
      ]);
      expect(people('كان محمد الحداد مدرسا. وبحسب شقيقته فاطمة العلي، فقد اعتقل عام 1985.', 'ar')).toEqual(['محمد الحداد=detainee', 'فاطمة العلي=relative']);
      // Only "he" himself: what befell the family is not his.
      expect(people('Omar Haddad was a teacher. According to his sister Fatima Ali, the family was arrested in 1985.', 'en')).toEqual([
        'Omar Haddad=other',
        'Fatima Ali=relative',
      ]);
    });

    it('keeps a people\'s name as the last word of a name of three before a verb ("Omar Fadi Arab was arrested")', () => {
      expect(people('Omar Fadi Arab was arrested in 2012.', 'en')).toEqual(['Omar Fadi Arab=detainee']);
      // An adjective before a noun is not a name.
      expect(people('They arrested Omar Haddad Arab activist.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "his family never received his body" as a death, the handing over denied', () => {
      expect(people('Omar Haddad was arrested in 2013; his family never received his body.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad was arrested in 2013. The regime never handed his body over to his family.', 'en')).toEqual(['Omar Haddad=dead']);
      // A death denied is none.
      expect(people('Omar Haddad was arrested in 2013. He was never killed, his brother says.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it("reads «في سجن صيدنايا عام 2015» after a death word as the death's year, not an arrest year", () => {
      const years = (text: string) => extractMentions(text, 'ar').map((m) => `${m.name} ${m.attributes.arrestYear} ${m.attributes.deathDate}`);
      expect(years('أعدم محمد الحداد في سجن صيدنايا عام 2015.')).toEqual(['محمد الحداد null 2015']);
      expect(years('توفي محمد الحداد في سجن صيدنايا عام 2015 بعد اعتقاله عام 2012.')).toEqual(['محمد الحداد 2012 2015']);
      // «كان معتقلاً منذ 2014»: the year since which he was held.
      expect(extractMentions('خرج محمد الحداد بعد سنوات قضاها في سجن صيدنايا، حيث كان معتقلاً منذ 2014.', 'ar').map((m) => m.attributes.arrestYear)).toEqual([
        2014,
      ]);
    });

    it('reads the last field of list rows that end alike as hometowns once one row gives a known place', () => {
      const towns = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}: ${m.attributes.hometown}`);
      expect(towns('أسماء المفرج عنهم:\n1- محمد الحداد - زبدون\n2- أحمد العلي - كفر زبدون\n3- سمير ناصر - دوما', 'ar')).toEqual([
        'محمد الحداد: زبدون',
        'أحمد العلي: كفر زبدون',
        'سمير ناصر: دوما',
      ]);
      expect(towns('Released detainees:\n1. Omar Haddad (Zabadoun)\n2. Samir Nasser (Kafr Zabadoun)\n3. Fadi Khalil (Homs)', 'en')).toEqual([
        'Omar Haddad: Zabadoun',
        'Samir Nasser: Kafr Zabadoun',
        'Fadi Khalil: Homs',
      ]);
      // With no known place in the column, nothing says the field is a town; a kunya is never one.
      expect(towns('أسماء المفرج عنهم:\n1- محمد الحداد - زبدون\n2- أحمد العلي - كفر زبدون', 'ar')).toEqual(['محمد الحداد: null', 'أحمد العلي: null']);
      expect(towns('أسماء المفرج عنهم:\n1- محمد الحداد (أبو أحمد)\n2- سمير ناصر (دوما)', 'ar')).toEqual(['محمد الحداد: null', 'سمير ناصر: دوما']);
    });

    it("reads the towns heading Syria's districts and subdistricts where a hometown stands without a word for it", () => {
      expect(hometownOf('Omar Haddad (Nubl) was released.', 'en')).toBe('Nubl');
      expect(hometownOf('Omar Haddad, who lives in Maskana, was released.', 'en')).toBe('Maskana');
      expect(hometownOf('أفرج عن محمد الحداد (عامودة)', 'ar')).toBe('عامودة');
      expect(hometownOf('أفرج عن محمد الحداد - حيالين', 'ar')).toBe('حيالين');
      // A town that is also the prison's name stays the prison.
      expect(extractMentions('Omar Haddad was released from Saydnaya.', 'en')[0]?.attributes).toMatchObject({ hometown: null, prison: 'saydnaya' });
    });

    it('reads a death the family cannot accept, or denies, as unconfirmed: missing, not dead', () => {
      expect(people('Omar Haddad was arrested in 2013. His sister said "we cannot accept that Omar was killed".', 'en')).toEqual([
        'Omar Haddad=missing',
        'Omar=missing',
      ]);
      expect(people('Omar Haddad was arrested in 2013. His family denies that he died.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2013. Sa sœur ne peut accepter qu'il ait été tué.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2013. Sa famille nie qu'il soit mort.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013. ولا تصدق والدته أنه قتل.', 'ar')).toEqual(['محمد الحداد=missing']);
      // A death the family accepts stays a death.
      expect(people('Omar Haddad was arrested in 2013. His family confirmed that he was killed.', 'en')).toEqual(['Omar Haddad=dead']);
    });

    it("reads those held as the object of a verb of seeing or meeting as others, not as the subject's state", () => {
      expect(people('Fadi Khalil watched a video of prisoners leaving Saydnaya.', 'en')).toEqual(['Fadi Khalil=other']);
      expect(people('Fadi Khalil interviewed former detainees in Idlib.', 'en')).toEqual(['Fadi Khalil=other']);
      expect(people('Fadi Khalil talked to released prisoners at the mosque.', 'en')).toEqual(['Fadi Khalil=other']);
      expect(people("Fadi Khalil a interrogé d'anciens détenus à Idlib.", 'fr')).toEqual(['Fadi Khalil=other']);
      expect(people('التقى فادي خليل بمعتقلين سابقين في إدلب.', 'ar')).toEqual(['فادي خليل=other']);
      // Names right after the word are those held.
      expect(people('Activists filmed detainees Omar Haddad and Samir Nasser as they left the prison.', 'en')).toEqual([
        'Omar Haddad=released',
        'Samir Nasser=released',
      ]);
    });

    it('reads a lone given name that a verb of being gives an age as a person ("Omar was 18 when he was arrested")', () => {
      expect(people('Omar was 18 when he was arrested.', 'en')).toEqual(['Omar=detainee']);
      expect(people("Omar avait 18 ans. Il a participé aux manifestations avant d'être arrêté par la police syrienne.", 'fr')).toEqual(['Omar=detainee']);
      expect(extractMentions('Omar was 18 when he was arrested.', 'en')[0]?.partial).toBe(true);
      // «a 3 enfants» is no age.
      expect(people('Omar a 3 enfants.', 'fr')).toEqual([]);
    });

    it('gives a prison told of in a sentence opening on "he" to the one person before it, and prefers where one was held to who arrested him', () => {
      const prisons = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}: ${m.attributes.prison}`);
      expect(prisons('Omar Haddad, 40, was arrested on 21 June 2011. Fadi Khalil, 43, was arrested on 22 June 2011. He is held in Branch 215.', 'en')).toEqual([
        'Omar Haddad: null',
        'Fadi Khalil: branch-215',
      ]);
      expect(prisons('Omar Haddad was arrested by military intelligence in 2012. A detainee told his wife that he was held in Saydnaya prison.', 'en')).toEqual(
        ['Omar Haddad: saydnaya'],
      );
      expect(
        prisons("Omar Haddad a été arrêté par la sécurité militaire en 2012. Un détenu a informé sa femme qu'il était détenu dans la prison de Sednaya.", 'fr'),
      ).toEqual(['Omar Haddad: saydnaya']);
      // The force that arrested him stays his prison when no other is named, and a branch "of" an agency is one force.
      expect(prisons('Omar Haddad a disparu après son arrestation par la branche 215 des renseignements militaires.', 'fr')).toEqual([
        'Omar Haddad: branch-215',
      ]);
    });

    it('reads a name in the other script alone in brackets after a name as the same name written again', () => {
      const all = (text: string, lang: string) =>
        extractMentions(text, lang).map((m) => `${m.name}=${m.role} ${m.attributes.birthYear} ${m.attributes.arrestYear}`);
      expect(all('5. Samir Ali Nasser (سمير علي ناصر), né en 1981, a été arrêté le 27 octobre 2008.', 'fr')).toEqual(['Samir Ali Nasser=detainee 1981 2008']);
      expect(people('Omar Haddad (عمر الحداد) was released from Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      // Another name in the same script is another person.
      expect(people('Omar Haddad (Fadi Khalil) was released.', 'en')).toEqual(['Omar Haddad=released', 'Fadi Khalil=released']);
    });

    it('reads a town the lists lack after "lives in" when a known place follows its comma (in the country, no city of exile)', () => {
      expect(hometownOf('Omar Haddad, 40, lives in Zabadoun, Damascus. He was arrested in 2011.', 'en')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad, âgé de 40 ans, vit à Zabadoun, Damas. Il a été arrêté en 2011.', 'fr')).toBe('Zabadoun');
      expect(hometownOf('اعتقل محمد الحداد المقيم في زبدون، حمص', 'ar')).toBe('زبدون');
      // A city abroad is the stated home too.
      expect(hometownOf('Omar Haddad, qui vit à Gaziantep, en Turquie, a été libéré.', 'fr')).toBe('Gaziantep');
    });

    it('keeps a place of detention the facility list lacks as written ("al Kesra Prison", «prison de Kesra», «سجن زبدون المركزي»)', () => {
      const prison = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.prison;
      expect(prison('Omar Haddad was arrested in 2020 and taken to al Kesra Prison, where he died.', 'en')).toBe('al Kesra Prison');
      expect(prison('Omar Haddad was held in Zabadoun Central Prison.', 'en')).toBe('Zabadoun Central Prison');
      expect(prison('Omar Haddad a été arrêté en 2020 et conduit à la prison de Kesra.', 'fr')).toBe('prison de Kesra');
      expect(prison('اعتقل محمد الحداد عام 2020 ونقل إلى سجن زبدون المركزي حيث توفي.', 'ar')).toBe('سجن زبدون المركزي');
      // A known facility stays its id; a word for which prison names none.
      expect(prison('Omar Haddad a été libéré de la prison de Saidnaya.', 'fr')).toBe('saydnaya');
      expect(prison('Omar Haddad spent years in prison. The Prison was hell.', 'en')).toBeNull();
      expect(prison('Omar Haddad was held in a Syrian Prison.', 'en')).toBeNull();
    });

    it('gives no attribute of a sentence about an unnamed kinsman ("His brother was freed from Adra Prison") to the post\'s one person', () => {
      expect(
        extractMentions(
          'Samir Nasser, 40, outside his home in Gaziantep. His brother was freed from Adra Prison. Fadi Khalil, a former detainee, said families were searching.',
          'en',
        ).map((m) => `${m.name}: ${m.attributes.prison}`),
      ).toEqual(['Samir Nasser: null', 'Fadi Khalil: null']);
      // A sentence naming nobody about the person himself still counts.
      expect(extractMentions('Fadi Khalil, a former detainee, spoke to reporters. He was freed from Adra Prison.', 'en')[0]?.attributes.prison).toBe('adra');
    });

    it('reads someone "found among the prisoners" as released from what he was missing, but not a name found on a list', () => {
      expect(people('Samir Nasser disappeared for years. When Saydnaya was emptied, Nasser was found among the prisoners.', 'en')).toEqual([
        'Samir Nasser=released',
        'Nasser=released',
      ]);
      expect(people('Samir Nasser a disparu en 2013. Il a été retrouvé parmi les détenus de Saydnaya.', 'fr')).toEqual(['Samir Nasser=released']);
      expect(people('Samir Nasser disappeared in 2013. His name was found among the prisoners listed in the files.', 'en')).toEqual(['Samir Nasser=missing']);
    });

    it('reads «خرج من منزله» as no release and «خرج من السجن عام» as the release year, not an arrest year', () => {
      const years = (text: string) => extractMentions(text, 'ar').map((m) => `${m.attributes.arrestYear} ${m.attributes.releaseDate}`);
      expect(years('خرج محمد الحداد من منزله عام 2015 ولم يعد.')).toEqual(['null null']);
      expect(years('خرج محمد الحداد من السجن عام 2015.')).toEqual(['null 2015']);
      // Entering it is the arrest.
      expect(years('دخل محمد الحداد السجن عام 2002 وخرج منه عام 2014.')).toEqual(['2002 2014']);
    });

    it('reads «دخل محمد الحداد السجن» (entered prison, the subject between) as held, and "12 years in prison" as no age', () => {
      expect(people('دخل محمد الحداد سجن صيدنايا عام 2012 ولم يخرج منه.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('دخل محمد الحداد المدرسة عام 2002.', 'ar')).toEqual(['محمد الحداد=other']);
      const age = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.age;
      expect(age('أمضى محمد الحداد 12 عاما في السجن قبل أن يخرج من السجن عام 2014.', 'ar')).toBeNull();
      expect(age('Omar Haddad, 34, spent 12 years in prison.', 'en')).toBe(34);
    });

    it('gives a prison named after "lost his brother in" to the brother, and the verb\'s year to the kinsman in apposition', () => {
      expect(extractMentions('Omar Haddad, who was arrested in 2012, lost his brother in Saydnaya.', 'en')[0]?.attributes).toMatchObject({
        prison: null,
        arrestYear: 2012,
      });
      expect(extractMentions('Omar Haddad, arrêté en 2012, a perdu son frère à Saydnaya.', 'fr')[0]?.attributes.prison).toBeNull();
      expect(extractMentions('اعتقل شقيق محمد الحداد، أحمد الحداد، عام 2013.', 'ar').map((m) => `${m.name} ${m.attributes.arrestYear}`)).toEqual([
        'محمد الحداد null',
        'أحمد الحداد 2013',
      ]);
    });

    it('reads one\'s own flat or apartment, like one\'s home, as a stated home ("arrested from his flat in the city of Homs")', () => {
      expect(hometownOf('Omar Haddad has been held since his arrest from his flat in the city of Homs on 28 August 2011.', 'en')).toBe('Homs');
      expect(hometownOf('Omar Haddad a été arrêté dans son appartement à Homs en 2011.', 'fr')).toBe('Homs');
      expect(hometownOf('اعتقل محمد الحداد من شقته في حمص عام 2011.', 'ar')).toBe('حمص');
    });

    it('reads «وخرج منه» (and left it) after a prison named in the sentence as a release', () => {
      expect(people('دخل محمد الحداد السجن عام 2002 وخرج منه عام 2014.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('دخل محمد الحداد سجن صيدنايا عام 2012 ولم يخرج منه.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('زار محمد الحداد السوق وخرج منه مسرعا.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads "from <town> al-<word>" and "from Ain al-<word>" as one place, not a person named after it', () => {
      expect(people('Omar Haddad, from Zabadoun al-Gharbiya, was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(extractMentions('Omar Haddad, from Zabadoun al-Gharbiya, was arrested in 2012.', 'en')[0]?.attributes.hometown).toBe('Zabadoun al-Gharbiya');
      expect(extractMentions('Omar Haddad, originaire de Ain al-Zabadoun, a été arrêté en 2012.', 'fr')[0]?.attributes.hometown).toBe('Ain al-Zabadoun');
      expect(people('A letter from Omar al-Haddad was read out.', 'en')).toEqual(['Omar al-Haddad=other']);
    });

    it('reads "n\'a pas été revu depuis" and «ولم يره أحد» (not seen since) as missing', () => {
      expect(people("Omar Haddad a été arrêté en 2013 et n'a pas été revu depuis.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 ولم يره أحد منذ ذلك الوقت.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads the place after a birth date ("born on 3 March 1980 in", «من مواليد عام 1980 في») as the hometown', () => {
      expect(hometownOf('Omar Haddad, born on 3 March 1980 in Douma, was arrested in 2012.', 'en')).toBe('Douma');
      expect(hometownOf('Omar Haddad was born in 1980 in Zabadoun and arrested in 2012.', 'en')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad, né le 3 mars 1980 à Zabadoun, est détenu depuis 2012.', 'fr')).toBe('Zabadoun');
      expect(hometownOf('محمد الحداد من مواليد عام 1980 في زبدون، اعتقل عام 2012.', 'ar')).toBe('زبدون');
      expect(hometownOf('محمد الحداد من مواليد 1980 في دوما، اعتقل عام 2012.', 'ar')).toBe('دوما');
      expect(hometownOf('Omar Haddad was arrested on 3 March 2012 in Zabadoun.', 'en')).toBeNull();
    });

    it('reads a town the lists lack before its area in a bracket after a name as the finer hometown', () => {
      const rows: [string, string, string][] = [
        ['محمد الحداد (زبدون - ريف دمشق) معتقل منذ 2012.', 'ar', 'زبدون'],
        ['محمد الحداد (تل زبدون - حمص) معتقل منذ 2012.', 'ar', 'تل زبدون'],
        ['Omar Haddad (Zabadoun, rural Damascus) has been held since 2012.', 'en', 'Zabadoun'],
        ['Omar Haddad (Zabadoun, Homs) est détenu depuis 2012.', 'fr', 'Zabadoun'],
        // A kunya or an everyday word before the area is no town.
        ['محمد الحداد (أبو علي - دمشق) معتقل منذ 2012.', 'ar', 'دمشق'],
        ['محمد الحداد (محكمة الإرهاب - دمشق) معتقل منذ 2012.', 'ar', 'دمشق'],
      ];
      for (const [text, lang, town] of rows) expect(hometownOf(text, lang)).toBe(town);
    });

    it('gives what befell a counted group of kin ("Three of her brothers were arrested", "Her relatives") to them, not the name before', () => {
      expect(people('Fatima Ali waited outside. Three of her brothers were arrested in 2012.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali waited outside. Her three brothers were arrested in 2012.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali waited outside. Ten of her relatives were arrested in 2012.', 'en')).toEqual(['Fatima Ali=relative']);
      // Her own arrest with them is hers.
      expect(people('Fatima Ali was arrested. She and her three brothers were released in 2014.', 'en')).toEqual(['Fatima Ali=released']);
    });

    it('reads a release verb whose «de» comes after a few words set apart by commas («sortir, la veille, de la prison»)', () => {
      expect(extractMentions("Omar Haddad vient de sortir, la veille, de la prison d'Adra.", 'fr')[0]).toMatchObject({
        role: 'released',
        attributes: { prison: 'adra' },
      });
      expect(people('Omar Haddad vient de sortir, dimanche, de chez lui.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('gives what «Lui-même», «Lui» say to the name before them, whatever role that name had, and its prison to that name alone', () => {
      expect(extractMentions("Omar Haddad attend devant la prison. Lui-même vient de sortir de la prison d'Adra.", 'fr')[0]).toMatchObject({
        role: 'released',
        attributes: { prison: 'adra' },
      });
      const both = extractMentions(
        "« Il s'appelle Samir Nasser, il a été emprisonné il y a onze ans, je viens le retrouver. » Omar Haddad se tient au côté de son neveu. Lui vient de sortir, la veille, d'une autre prison, celle d'Adra.",
        'fr',
      ).map((m) => `${m.name}=${m.role}:${m.attributes.prison}`);
      expect(both).toEqual(['Samir Nasser=missing:null', 'Omar Haddad=released:adra']);
    });

    it('reads «sont venus le chercher», "came and took" (came to take him away) as an arrest, not a search', () => {
      expect(extractMentions('Ils sont venus chercher Omar Haddad chez lui en 2012.', 'fr')[0]).toMatchObject({
        role: 'detainee',
        attributes: { arrestYear: 2012 },
      });
      expect(people('They came and took Omar Haddad from his home in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad est détenu à Saydnaya. « Ils sont venus le chercher un jour à la maison. »', 'fr')).toEqual(['Omar Haddad=detainee']);
      // One who came to fetch someone, or came for her son, is neither held nor taken.
      expect(people("Omar Haddad est venu le chercher à l'école.", 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Fatima Ali came for her son at the court.', 'en')).not.toContain('Fatima Ali=detainee');
    });

    it('knows «فياض», «نذير», «فريدة» and other common given names, and «عشيرة» (tribe) as no word of a name', () => {
      expect(people('اعتقلت قوات النظام فياض سهيل الحداد عام 2013، وما يزال مصيره مجهولا.', 'ar')).toEqual(['فياض سهيل الحداد=missing']);
      expect(people('أفرج عن فريدة العلي بعد عامين من الاعتقال.', 'ar')).toEqual(['فريدة العلي=released']);
      expect(people('اعتقل محمد الحداد عام 2013، وهو وجيه عشيرة الزبدون.', 'ar').filter((p) => p.includes('عشيرة'))).toEqual([]);
    });

    it("keeps a third name word that is also an everyday word before «و» and the next person's given name («سمير عيد فلاح ومجد …»)", () => {
      expect(people('اعتقلت قوات النظام كلا من سمير عيد فلاح ومحمد حسن الحداد من منطقة زبدون.', 'ar')).toEqual([
        'سمير عيد فلاح=detainee',
        'محمد حسن الحداد=detainee',
      ]);
    });

    it('reads no hometown in "from" after a word for a call, an interview or a letter ("a telephone interview from Damascus")', () => {
      expect(hometownOf('Omar Haddad was arrested in 2015, his mother told UPI in a telephone interview from Damascus.', 'en')).toBeNull();
      expect(hometownOf('Omar Haddad, speaking from Gaziantep, said he was released in 2014.', 'en')).toBeNull();
      expect(hometownOf('Omar Haddad, a lawyer from Damascus, was arrested in 2015.', 'en')).toBe('Damascus');
    });

    it('keeps "X and her son Y, who vanished" (and "her only son, Y … He vanished") the son\'s, X his family', () => {
      expect(people('This is the case for Fatima Ali and her son Omar Haddad, who vanished after being arrested in 2015.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
      expect(
        people('This is the case for Fatima Ali and her only son, Omar, who would have turned 32 this year. He vanished after being arrested in 2015.', 'en'),
      ).toEqual(['Fatima Ali=relative', 'Omar=missing']);
      // A verb after both is both's.
      expect(people('Fatima Ali and her son Omar Haddad were arrested in 2015.', 'en')).toEqual(['Fatima Ali=detainee', 'Omar Haddad=detainee']);
    });

    it('reads "X, speaking from Gaziantep, said he was released" as the speaker\'s own story', () => {
      expect(people('Omar Haddad, speaking from Gaziantep, said he was released in 2014.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad, speaking to AFP by phone, said he had been held in Saydnaya for five years.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad, speaking from Gaziantep, said his brother was released in 2014.', 'en')).toEqual(['Omar Haddad=relative']);
    });

    it('reads authorities that refuse to reveal where he is, and a family not told where he is held, in French as missing', () => {
      expect(people('Omar Haddad a été arrêté en 2012 et les autorités refusent de révéler où il se trouve.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2012 sans que sa famille ne soit informée du lieu de sa détention.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2012 ; sa famille a été informée du lieu de sa détention en 2013.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads the town after "the Damascus suburb of" as the hometown, as after "the town of"', () => {
      expect(hometownOf('Omar Haddad, from the Damascus suburb of Zabadoun, was arrested in 2012.', 'en')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad was arrested in the Damascus suburb of Zabadoun in 2012.', 'en')).toBeNull();
    });

    it('reads a town the lists lack before «مسقط رأسه» (his birthplace) or after "his hometown" as the hometown', () => {
      expect(hometownOf('أفرج عن محمد الحداد وعاد إلى زبدون مسقط رأسه.', 'ar')).toBe('زبدون');
      expect(hometownOf('اعتقل محمد الحداد في زبدون مسقط رأسه عام 2012.', 'ar')).toBe('زبدون');
      expect(hometownOf('Omar Haddad returned to his hometown Zabadoun after his release.', 'en')).toBe('Zabadoun');
      expect(hometownOf('اعتقل محمد الحداد في السوق مسقط رأسه.', 'ar')).toBeNull();
    });

    it('gives a reported clause about an unnamed kinsman («أن شقيقها كان يقبع في سجن صيدنايا») to him, not the one who learnt it', () => {
      expect(people('اكتشفت فاطمة العلي أن شقيقها كان يقبع في سجن صيدنايا.', 'ar')).toEqual(['فاطمة العلي=other']);
      expect(people('اكتشفت فاطمة العلي أن شقيقها على قيد الحياة وكان معتقلا في سجن صيدنايا. وعلمت بأن شقيقها أحمد لا يزال حياً.', 'ar')).toEqual([
        'فاطمة العلي=other',
        'أحمد=detainee',
      ]);
      // The family of a name that speaks of "her son" speaks of him.
      expect(people('أعلنت عائلة المعتقل محمد الحداد أن ابنها لا يزال محتجزاً في سجن عدرا.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('gives no date of death from a death sentence ("sentenced to death in 2013", «حكم عليه بالإعدام عام 2013»)', () => {
      const death = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.deathDate;
      expect(death('Omar Haddad was sentenced to death by a field court in 2013.', 'en')).toBeNull();
      expect(death('Omar Haddad a été condamné à mort en 2013.', 'fr')).toBeNull();
      expect(death('حكم على محمد الحداد بالإعدام عام 2013.', 'ar')).toBeNull();
      expect(death('Omar Haddad was sentenced to death in 2012 and executed in 2013.', 'en')).toBe('2013');
      expect(death('وصلت للعائلة ورقة تفيد بوفاة محمد الحداد عام 2015.', 'ar')).toBe('2015');
    });

    it('reads «une peine de 15 ans» as a length of time, not fifteen unnamed people the cue is about', () => {
      expect(extractMentions('Omar Haddad purge une peine de 15 ans à Adra.', 'fr')[0]).toMatchObject({ role: 'detainee', attributes: { prison: 'adra' } });
      expect(people('Omar Haddad a documenté la mort de 15 détenus.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('reads one Arabic word the lists lack in brackets or after a slash right after a name as the town («محمد الحداد (زبدون)»)', () => {
      expect(hometownOf('أفرج عن محمد الحداد (زبدون).', 'ar')).toBe('زبدون');
      expect(hometownOf('أفرج عن محمد الحداد/ زبدون.', 'ar')).toBe('زبدون');
      expect(people('قائمة المفرج عنهم:\n1- محمد الحداد (زبدون)\n2- أحمد العلي (دوما)', 'ar').length).toBe(2);
      expect(hometownsOf('قائمة المفرج عنهم:\n1- محمد الحداد (زبدون)\n2- أحمد العلي (دوما)', 'ar')).toEqual(['زبدون', 'دوما']);
      // A word of state, a nisba, a given name or an adjective in brackets is none.
      for (const word of ['شهيد', 'مغيب', 'الحمصي', 'أحمد', 'عسكري']) expect(hometownOf(`أفرج عن محمد الحداد (${word}).`, 'ar')).toBeNull();
    });

    it('reads a town the lists lack after an age right after the name («ابن الـ 25 عاما من زبدون»)', () => {
      expect(hometownOf('أفرج عن محمد الحداد ابن الـ 25 عاما من زبدون.', 'ar')).toBe('زبدون');
      expect(hometownOf('أفرج عن محمد الحداد البالغ من العمر 25 عاما من زبدون.', 'ar')).toBe('زبدون');
    });

    it('reads a town the lists lack after "lives in", «vit à», «domicilié à» as the stated home, but not after "returned to"', () => {
      expect(hometownOf('Omar Haddad, who lived in Zabadoun, was arrested in 2012.', 'en')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad, domicilié à Zabadoun, a été arrêté en 2012.', 'fr')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad was released in 2014 and returned to Zabadoun.', 'en')).toBeNull();
    });

    it('reads a town the lists lack after a four-word intro («sa ville natale de Zabadoun») or a comma intro («son village natal, Zabadoun»)', () => {
      expect(hometownOf('Omar Haddad a été arrêté en 2012 dans sa ville natale de Zabadoun.', 'fr')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad a été arrêté en 2012 dans son village natal, Zabadoun.', 'fr')).toBe('Zabadoun');
      expect(hometownOf('Omar Haddad was released and went back to his village, Zabadoun, on Monday.', 'en')).toBe('Zabadoun');
    });

    it('reads «n’ont encore été relâchés» as not released, and «Nous appelons donc … à libérer» as an appeal for someone held', () => {
      expect(people("Les agents ont emmené Omar Haddad et Samir Nasser. Ni l'un ni l'autre n'ont encore été relâchés.", 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
      ]);
      expect(people('Nous appelons donc les autorités syriennes à libérer Omar Haddad ou à le placer sous la protection de la loi.', 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad, que nous appelons Abou Sami, a été libéré hier.', 'fr')[0]).toBe('Omar Haddad=released');
    });

    it('reads a term served after a sentence passed in the same sentence as time before the sentence, not a release', () => {
      expect(people('Omar Haddad a été condamné à un an de prison après un mois de détention au secret.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was sentenced to five years after six months in detention.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('حكم على محمد الحداد بالسجن خمس سنوات بعد ستة أشهر في المعتقل.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad est sorti après deux ans de prison.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads a full name after an alias phrase in apposition ("known by his pen name", «connu sous le nom de», «المعروف باسم») as the same person', () => {
      const pen = extractMentions('Omar Haddad, militant kurde, plus connu sous son nom de plume Samir Zabadouni, a été enlevé à Alep en 2009.', 'fr');
      expect(pen.map((m) => `${m.name}=${m.role}`)).toEqual(['Omar Haddad=missing', 'Samir Zabadouni=missing']);
      expect(pen[1].refersTo).toEqual({ start: pen[0].start, end: pen[0].end });
      const known = extractMentions('Omar Haddad, known by his pen name Samir Zabadouni, was abducted in Aleppo in 2009.', 'en');
      expect(known[1].refersTo).toEqual({ start: known[0].start, end: known[0].end });
      const kunya = extractMentions('اختطف محمد الحداد المعروف باسم أبو سامي في حلب عام 2009.', 'ar');
      expect(kunya[1]).toMatchObject({ name: 'أبو سامي', role: 'missing', refersTo: { start: kunya[0].start, end: kunya[0].end } });
      // Not a name met, nor a name after «dit» that says "says".
      expect(extractMentions('Omar Haddad met a man known as Samir Nasser in prison.', 'en')[1].refersTo).toBeNull();
      expect(extractMentions('« Il est libre », dit Samir Nasser, le frère d’Omar Haddad.', 'fr').every((m) => m.refersTo === null)).toBe(true);
    });

    it('reads «jugé» (tried) as no «juge» (judge), and a «de» after «commissariat» or «tribunal» as no hometown', () => {
      expect(people('Omar Haddad, jugé en 2013, est toujours détenu à Saydnaya.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Le juge Omar Haddad a condamné Samir Nasser.', 'fr')).toEqual(['Omar Haddad=official', 'Samir Nasser=detainee']);
      expect(hometownOf("Omar Haddad a été arrêté alors qu'il se rendait au commissariat central de Douma où il était convoqué.", 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad, de Douma, a été arrêté en 2013.', 'fr')).toBe('Douma');
    });

    it('gives a person named with a country and, later, a town that town as hometown (the finest place given)', () => {
      const out = extractMentions('Omar Haddad, from Lebanon, was released after 33 years. In his town of Zabadoun, Haddad received a welcome.', 'en');
      expect(out.map((m) => m.attributes.hometown)).toEqual(['Zabadoun', 'Zabadoun']);
      expect(hometownOf('Omar Haddad, from Lebanon, was released after 33 years.', 'en')).toBe('Lebanon');
    });

    it('reads "X and other (former) detainees" as one of them, "Member of Parliament" as an official, and "mothers of detainees" as a topic', () => {
      expect(people("Omar Haddad and other former hostages were given a hero's welcome in Zabadoun.", 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad and other detainees gathered in the yard.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("Omar Haddad et d'autres détenus ont été transférés à Adra.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was welcomed by a large crowd, joined by Member of Parliament Samir Nasser.', 'en')).toContain('Samir Nasser=official');
      expect(people('Fatima Ali and other mothers of detainees gathered at the gate.', 'en')).toEqual(['Fatima Ali=other']);
      expect(people("Fatima Ali et d'autres mères de disparus manifestent.", 'fr')).toEqual(['Fatima Ali=other']);
    });

    it('reads a kinship noun with its state word in apposition to a name («Son fils détenu, Omar Haddad», «ابنه المعتقل، محمد الحداد») as that name’s state', () => {
      expect(people('Son fils détenu, Omar Haddad, fait vivre la famille.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Son fils disparu, Omar Haddad, avait 20 ans.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Her missing son, Omar Haddad, was 20.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('وأشار إلى أن ابنه المعتقل، محمد الحداد، هو معيل لأهله.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // Not a kinship noun whose state is told without the name in apposition.
      expect(people('Fatima Ali parle de son fils disparu.', 'fr')).toEqual(['Fatima Ali=relative']);
    });

    it('gives a nearby sentence’s Arabic clause on an unnamed son («وأوضحت أن ابنها اختفى») to the son, not to the mother named before', () => {
      expect(people('تقول الأم، التي تدعى فاطمة العلي، إنها تعيش مأساة منذ 12 عاما. وأوضحت أن ابنها اختفى بعد اعتقاله في دوما.', 'ar')).toEqual([
        'فاطمة العلي=relative',
      ]);
    });

    it('reads «un camp de la mort» and "a death camp" as a kind of place, not a death', () => {
      expect(people('Saydnaya serait « un camp de la mort », affirme Omar Haddad, un rescapé qui réunit les témoignages des survivants.', 'fr')).toEqual([
        'Omar Haddad=released',
      ]);
      expect(people('Omar Haddad, a survivor of Saydnaya, described a death camp.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad est mort en 2014 dans ce camp de la mort.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('gives no age told at the arrest ("arrested at the age of 17", «âgé de 17 ans à l’époque où il a été arrêté»)', () => {
      const ageOf = (text: string, lang: string) => extractMentions(text, lang)[0].attributes.age;
      expect(ageOf('Omar Haddad was arrested at the age of 17 in 2013.', 'en')).toBeNull();
      expect(ageOf("Omar Haddad, arrêté à l'âge de 17 ans en 2013, a été libéré dimanche.", 'fr')).toBeNull();
      expect(ageOf("« Ils nous frappaient », se souvient Omar Haddad, âgé de 17 ans à l'époque où il a été arrêté, en 2013.", 'fr')).toBeNull();
      expect(ageOf('محمد الحداد، البالغ من العمر 17 عاما عند اعتقاله، أفرج عنه أمس.', 'ar')).toBeNull();
      expect(ageOf('Omar Haddad, aged 30, was arrested in 2013.', 'en')).toBe(30);
      expect(ageOf('Omar Haddad, âgé de 30 ans, a été arrêté en 2013.', 'fr')).toBe(30);
    });

    it('reads «Le sort des détenus … reste inconnu. Parmi eux, X» as missing, as "The fate of the detainees remains unknown" is', () => {
      expect(
        people(
          'Le sort des détenus libanais en Syrie reste inconnu. Parmi eux, Omar Haddad, arrêté en 1985 à Beyrouth, et Samir Nasser, arrêté en 1986.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      expect(people('Le sort des prisonniers est au cœur des négociations. Omar Haddad a été libéré hier.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads no name in «دون وجود مذكرة اعتقال» (a word that only looks like «و» and a given name)', () => {
      expect(people('جرت عملية الاعتقال دون وجود مذكرة اعتقال قانونية صادرة عن محكمة.', 'ar')).toEqual([]);
      expect(people('أفرج عن أحمد العلي وجميل ناصر.', 'ar')).toEqual(['أحمد العلي=released', 'جميل ناصر=released']);
    });

    it('reads «اعتقلت قبل يومين» as arrested two days ago, not held for two days', () => {
      expect(people('قالت الشبكة إن عناصر الأمن اعتقلت قبل يومين الشقيقين سامر وحسن الخطيب على إحدى نقاط التفتيش.', 'ar')).toEqual([
        'سامر=detainee',
        'حسن الخطيب=detainee',
      ]);
      expect(people('احتجز محمد الحداد يومين ثم أفرج عنه.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('gives a release told in apposition to "the two women" to them, and no hometown from "on his way from"', () => {
      expect(
        people(
          'Omar Haddad was arrested with three men and two women. The two women, released after three months of detention, said they had been detained with Haddad in Homs.',
          'en',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Haddad=detainee']);
      expect(people('Omar Haddad was arrested with two women. The women, who were released after three months, said they saw Haddad in Homs.', 'en')[0]).toBe(
        'Omar Haddad=detainee',
      );
      expect(hometownOf('Omar Haddad was on a bus on his way back home from Idlib when he was arrested.', 'en')).toBeNull();
      expect(hometownOf('اعتقل محمد الحداد في طريقه من إدلب إلى دمشق.', 'ar')).toBeNull();
      expect(hometownOf('Omar Haddad, a man from Idlib, was arrested.', 'en')).toBe('Idlib');
    });

    it('reads «Fairuz» as a given name (Fayrouz, Fairouz)', () => {
      expect(people('Weeping, Fairuz Haddad grasps the red earth at an unmarked grave that she believes may hold her son.', 'en')).toEqual([
        'Fairuz Haddad=relative',
      ]);
    });

    it('reads "never be reunited with her son, X" as the mother waiting, and "X, who was 15 when he disappeared" as missing', () => {
      expect(people('Fatima Ali fears she will never be reunited with her son, Omar Haddad, who was 15 when he disappeared in 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
      expect(people('Omar Haddad, who was 15 when he disappeared in 2013, would be 27 now.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad was reunited with his family on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "has now been gone for eight years" and "can’t be sure he’s alive" as missing', () => {
      expect(people('Samer Nasser was seized by the regime in 2014. He has now been gone for eight years.', 'en')).toEqual(['Samer Nasser=missing']);
      expect(people("Samer Nasser was seized by the regime in 2014. We can't be sure he's alive.", 'en')).toEqual(['Samer Nasser=missing']);
    });

    it('reads "X fled after his brother was killed in 2011. He died in detention." as X dead, without the brother’s year', () => {
      const out = extractMentions('Omar Haddad fled Daraa after his brother was killed during the 2011 uprising. He died in detention.', 'en');
      expect(out.map((m) => `${m.name}=${m.role}`)).toEqual(['Omar Haddad=dead']);
      expect(out[0].attributes.deathDate).toBeNull();
      expect(people('Fatima Ali lost her brother in 2013. He died in detention.', 'en')).toEqual(['Fatima Ali=relative']);
    });

    it('reads «Il n’a plus été vu depuis» and «sa trace a été perdue» as missing', () => {
      expect(people("Omar Haddad a été arrêté en 2013. Il n'a plus été vu depuis.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté en 2013 et sa trace a été perdue.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads "Since then, silence." and «وغاب عن أهله» after an arrest as missing', () => {
      expect(people('Omar Haddad was arrested in 2013. Since then, silence.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 2013 وغاب عن أهله منذ ذلك الحين.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads "discharged from Adra prison", «الناجي من صيدنايا», «تنفس الحرية» and «تمت مبادلة» as releases', () => {
      expect(people('Omar Haddad was discharged from Adra prison in 2019.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was discharged from hospital on Monday.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('الناجي من صيدنايا محمد الحداد يروي قصته.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('تنفس محمد الحداد الحرية بعد عشر سنوات.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('تمت مبادلة محمد الحداد بأسرى من قوات النظام.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "his name appeared on a list of detainees who died in custody" as dead, but not "held with a detainee who died"', () => {
      expect(people("Omar Haddad's name appeared on a list of detainees who died in custody.", 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad was held with a detainee who died in custody weeks later.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «سُجن محمد الحداد عام 2012» as the verb "was imprisoned", not a prison named after him', () => {
      expect(extractMentions('سُجن محمد الحداد عام 2012 بتهمة التظاهر.', 'ar')[0]).toMatchObject({
        name: 'محمد الحداد',
        role: 'detainee',
        attributes: { arrestYear: 2012 },
      });
      expect(people('وسجن محمد الحداد عام 2012.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(extractMentions('نقل محمد الحداد إلى سجن حمص المركزي.', 'ar')[0].attributes.prison).toBe('homs-central');
    });

    it('reads "was to be executed", "scheduled to be hanged", «devait être exécuté» as a death not come', () => {
      expect(
        people(
          'Omar Haddad, 63, was among those released. Haddad was to be executed on Tuesday but stepped into the sun for the first time in years.',
          'en',
        )[0],
      ).toBe('Omar Haddad=released');
      expect(people('Omar Haddad was scheduled to be hanged on Tuesday.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad devait être exécuté mardi.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad a été exécuté en 2015.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('reads "his 55-year-old cousin", "her eldest son" after a search or alone as a kinship phrase', () => {
      expect(people('Samir Nasser was searching for his 55-year-old cousin.', 'en')).toEqual(['Samir Nasser=relative']);
      expect(people('Samir Nasser was searching for his eldest cousin.', 'en')).toEqual(['Samir Nasser=relative']);
      expect(extractMentions('Omar Haddad was taken in 2014. His little sister Joud keeps his picture by her bed.', 'en')[1]).toMatchObject({
        name: 'Joud',
        role: 'relative',
      });
    });

    it('reads "recalled X, one of the freed men" as released, past the speech verb before the name', () => {
      expect(people('"It meant freedom," recalled Omar Haddad, one of the freed men.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("« C'était la liberté », raconte Omar Haddad, l'un des détenus libérés.", 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "X of the Arab Organization for Human Rights said" as a civil body’s staff, not one of the post’s detainees', () => {
      expect(people('Samir Nasser of the Arab Organization for Human Rights said Omar Haddad was detained.', 'en')).toEqual([
        'Samir Nasser=other',
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad from the Syrian Network for Human Rights was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads no kinship phrase in "their 28-year-old son" (plural possessives are not kinship cues)', () => {
      expect(people('The family of Fadi Khalil, their 28-year-old son, is still waiting.', 'en')).toEqual(['Fadi Khalil=missing']);
    });

    it('gives no age from a term ("after 33 years of imprisonment", «après 33 ans d’emprisonnement», «بعد 13 عاما من الاعتقال»)', () => {
      const ageOf = (text: string, lang: string) => extractMentions(text, lang)[0].attributes.age;
      expect(ageOf("Omar Haddad, libéré après 33 ans d'emprisonnement à Lattaquié, est rentré.", 'fr')).toBeNull();
      expect(ageOf('Omar Haddad was freed after 33 years of imprisonment.', 'en')).toBeNull();
      expect(ageOf('أفرج عن محمد الحداد بعد 13 عاما من الاعتقال.', 'ar')).toBeNull();
      expect(ageOf('Omar Haddad, 33 ans, a été libéré.', 'fr')).toBe(33);
    });

    it('reads an official title with its term of office before a name («le ministre sortant de la Justice, X») and «retrouver sa famille» as a release', () => {
      expect(people('Le ministre sortant de la Justice, Omar Haddad, a convoqué une réunion.', 'fr')).toEqual(['Omar Haddad=official']);
      expect(people('Le Premier ministre sortant, Omar Haddad, a convoqué une réunion.', 'fr')).toEqual(['Omar Haddad=official']);
      expect(people('La délégation comprenait le président par intérim de la commission, Omar Haddad.', 'fr')).toEqual(['Omar Haddad=official']);
      expect(people('Omar Haddad pourrait bientôt retrouver sa famille.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Fatima Ali espère retrouver sa fille.', 'fr')).toEqual(['Fatima Ali=relative']);
    });

    it('reads «la prison centrale de Lattaquié» as the prison and no hometown; «Souhail» as a given name', () => {
      const out = extractMentions('Omar Haddad a été détenu à la prison centrale de Lattaquié.', 'fr')[0];
      expect(out.attributes).toMatchObject({ prison: 'latakia-central', hometown: null });
      expect(hometownOf('Omar Haddad a été détenu à la prison centrale de Hama.', 'fr')).toBeNull();
      expect(people('Arrêté le 3 décembre 1992 à Chekka, Souhail Zabadouni a retrouvé la liberté.', 'fr')).toEqual(['Souhail Zabadouni=released']);
    });

    it('links an alias in brackets after a surname form of a name written in full before («محمد الحداد … محمد (المعروف بـ "سامي الخطيب")»)', () => {
      const out = extractMentions('استشهد المعتقل محمد الحداد في السجن. وكان الأمن قد أعاد اعتقال محمد (المعروف بـ "سامي الخطيب") يوم 28 نوفمبر.', 'ar');
      const alias = out.find((m) => m.name === 'سامي الخطيب');
      expect(alias?.refersTo).toEqual({ start: out[0].start, end: out[0].end });
      expect(alias?.role).toBe('dead');
    });

    it('keeps a disappearance another name owns in another sentence from turning a name held into missing', () => {
      expect(people('Omar Haddad was detained March 18. Samir Nasser has been missing since Wednesday night.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=missing',
      ]);
      // A plea for news of the one held is still his.
      expect(people('نبحث عن والدي أبو خالد (محمد الحداد)، من حرستا، اعتقل 2012 ونقل إلى مطار المزة.', 'ar')).toContain('محمد الحداد=missing');
    });

    it('reads "X, Syria’s interior minister,", «Le ministre syrien des Affaires étrangères, X» and a ministry’s spokesman as officials', () => {
      expect(people("Omar Haddad, Syria's interior minister, said detainees would be freed.", 'en')).toEqual(['Omar Haddad=official']);
      expect(people('Le ministre syrien des Affaires étrangères, Omar Haddad, a rencontré des familles.', 'fr')).toEqual(['Omar Haddad=official']);
      expect(people('قال المتحدث باسم وزارة الداخلية محمد الحداد إن المعتقلين سيفرج عنهم.', 'ar')).toEqual(['محمد الحداد=official']);
      expect(people('Interior Ministry spokesman Omar Haddad said detainees would be freed.', 'en')).toEqual(['Omar Haddad=official']);
      expect(people('قال المتحدث باسم الشبكة السورية لحقوق الإنسان محمد الحداد إن المعتقلين سيفرج عنهم.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads «روى X كيف اعتقلت قوات النظام جيرانه» as his neighbours’ arrest, not his own story', () => {
      expect(people('روى محمد الحداد، أحد سكان داريا، كيف اعتقلت قوات النظام جيرانه.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('روى محمد الحداد كيف اعتقلته قوات النظام عام 2012.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "Omar Haddad (Zabadoun, 34)" as a town the lists lack and an age in brackets, not a second name', () => {
      expect(extractMentions('Omar Haddad (Zabadoun, 34) was released on Sunday.', 'en')).toEqual([
        expect.objectContaining({ name: 'Omar Haddad', role: 'released', attributes: expect.objectContaining({ hometown: 'Zabadoun', age: 34 }) }),
      ]);
      expect(extractMentions('Omar Haddad (Douma, 34) was released on Sunday.', 'en')[0].attributes).toMatchObject({ hometown: 'Douma', age: 34 });
      expect(hometownOf('Omar Haddad (34, Zabadoun) was released on Sunday.', 'en')).toBe('Zabadoun');
    });

    it('reads «n’a pu obtenir aucun renseignement sur l’état ou le lieu de détention de X, Y et Z» as missing for the list', () => {
      expect(
        people(
          "Amnesty International n'a pu obtenir aucun renseignement sur l'état ou le lieu de détention d'Omar Haddad (arrêté le 2 juillet), Samir Nasser et Fadi Khalil (arrêtés le 22 juillet).",
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Fadi Khalil=missing']);
      expect(people('Omar Haddad a été transféré au lieu de détention de la sécurité politique.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('does not read «براءة ذمة» (a clearance paper) as a woman named Baraa', () => {
      expect(people('اعتقلت الدورية الشاب سامر الخطيب رغم أنه يحمل بطاقة أمنية وبراءة ذمة من الخدمة العسكرية.', 'ar')).toEqual(['سامر الخطيب=detainee']);
      expect(people('أفرج النظام عن براءة الحسن من سجن عدرا.', 'ar')).toEqual(['براءة الحسن=released']);
    });

    it('reads "all" after its subject («ont tous disparu», "all disappeared", «Ils ont tous disparu») as that subject’s, not a crowd’s', () => {
      expect(people('Omar Haddad et Samir Nasser ont tous disparu à Homs.', 'fr')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      expect(people('Omar Haddad and Samir Nasser all disappeared in Homs.', 'en')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      expect(
        people(
          "L'association a transmis quatre dossiers au Groupe de travail : Omar Haddad, Samir Nasser et Fadi Khalil. Ils ont tous disparu après avoir été arrêtés à Homs.\nSamir Nasser, 36 ans, a disparu le 20 décembre 2012.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Fadi Khalil=missing', 'Samir Nasser=missing']);
      // A crowd before it is still nobody named: "thousands of others have all disappeared".
      expect(people('Omar Haddad was released in 2014. Thousands of others have all disappeared.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «n’a pas entendu parler de lui», «personne n’a entendu parler de lui» and «nier sa détention», "denied his detention" as missing', () => {
      expect(people("Omar Haddad a été arrêté le 31 décembre 2012 par des militaires. Sa famille n'a pas entendu parler de lui depuis ce jour.", 'fr')).toEqual(
        ['Omar Haddad=missing'],
      );
      expect(people("Omar Haddad a été arrêté le 8 décembre 2012 à Alep. Personne n'a entendu parler de lui depuis.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Samir Nasser a été arrêté à Alep. Approchées par sa famille, les autorités continuent de nier sa détention.', 'fr')).toEqual([
        'Samir Nasser=missing',
      ]);
      expect(people('Fadi Khalil was arrested at a checkpoint in 2012. The authorities have denied his detention ever since.', 'en')).toEqual([
        'Fadi Khalil=missing',
      ]);
    });

    it('does not take a length of time («disparu depuis plus de 40 ans», "held for 13 years", «منذ 12 عاما») for an age', () => {
      const ageOf = (text: string, lang: string) => extractMentions(text, lang)[0].attributes.age;
      expect(ageOf('Omar Haddad, disparu depuis plus de 40 ans en Syrie, a été retrouvé.', 'fr')).toBeNull();
      expect(ageOf('Omar Haddad, held for 13 years, was released.', 'en')).toBeNull();
      expect(ageOf('محمد الحداد، المعتقل منذ 12 عاما، أفرج عنه.', 'ar')).toBeNull();
      expect(ageOf('Omar Haddad, 40 ans, a disparu en 2012.', 'fr')).toBe(40);
      expect(ageOf('Omar Haddad, a 34-year-old from Douma, was released.', 'en')).toBe(34);
    });

    it('reads "arrested 12 years ago" as said of the name, not of twelve people arrested', () => {
      expect(people('Omar Haddad was arrested 12 years ago.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Samir Nasser was released 3 days later.', 'en')).toEqual(['Samir Nasser=released']);
      expect(people('Fadi Khalil said the army arrested 12 men in Douma.', 'en')).toEqual(['Fadi Khalil=other']);
    });

    it('does not take "the brother of X said", «Un frère d’X a déclaré» for X telling his own story', () => {
      expect(
        people(
          "Omar Haddad est détenu à Damas. Un frère d'Omar Haddad qui vit en Turquie a déclaré à la presse que la famille avait appris la nouvelle.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Omar Haddad=detainee']);
      expect(people('Samir Nasser is held in Damascus. The brother of Samir Nasser told reporters the news was false.', 'en')).toEqual([
        'Samir Nasser=detainee',
        'Samir Nasser=detainee',
      ]);
      // He who speaks of his own years inside is still out.
      expect(people('Fadi Khalil a été détenu à Saydnaya. Fadi Khalil a déclaré à la presse que la torture était quotidienne.', 'fr')).toEqual([
        'Fadi Khalil=released',
        'Fadi Khalil=released',
      ]);
    });

    it('reads «C’est le cas de Fatima Ali. Elle recherche son mari, Omar Haddad» as his family, not a second missing person', () => {
      expect(people('C’est le cas de Fatima Ali. Elle recherche son mari, Omar Haddad, depuis le 20 juillet 2013.', 'fr')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
      expect(people('That is the case of Fatima Ali. She has been looking for her husband, Omar Haddad, since July 2013.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
      // A sentence that tells what befell "he" is about him, even with his sister in it.
      expect(people("Un cas parmi d'autres : Samir Nasser. Il a disparu en 1985, raconte sa sœur.", 'fr')).toEqual(['Samir Nasser=missing']);
    });

    it('reads "The younger brother was soon released, but the officers kept X for further questioning" as X held', () => {
      expect(people('The younger brother was soon released, but the officers kept Omar Haddad for further questioning.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Son frère cadet a été rapidement libéré, mais les officiers ont gardé Samir Nasser pour un interrogatoire.', 'fr')).toEqual([
        'Samir Nasser=detainee',
      ]);
    });

    it('reads «a appelé les autorités à « le libérer »» and «… et à le libérer» as an appeal for someone held, not a release', () => {
      expect(
        people('Les forces de sécurité ont arrêté le journaliste Samir Nasser. Le journal a appelé les autorités à « le libérer immédiatement ».', 'fr'),
      ).toEqual(['Samir Nasser=detainee']);
      expect(people('Les forces de sécurité ont arrêté Omar Haddad. Le journal a appelé les autorités à le libérer.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(
        people(
          'Les forces de sécurité ont arrêté Fadi Khalil à Quneitra. Le journal a appelé les autorités à révéler où se trouve Khalil et à « le libérer immédiatement ».',
          'fr',
        ).every((p) => !p.endsWith('=released')),
      ).toBe(true);
      // A release told as done still is one: «ils l'ont battu avant de le libérer».
      expect(people("Les soldats ont arrêté Karim Saleh et l'ont battu avant de le libérer.", 'fr')).toEqual(['Karim Saleh=released']);
    });

    it('reads «X « a été arrêté », a indiqué ce responsable» as said of X by someone else, not X telling his story', () => {
      expect(people('Omar Haddad, un journaliste syrien, « a été arrêté », a indiqué ce responsable sous couvert de l’anonymat.', 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Samir Nasser, a Syrian reporter, was arrested on Tuesday, this official said.', 'en')).toEqual(['Samir Nasser=detainee']);
    });

    it('does not take a nickname that is also a city («plus connu sous le nom de “Milan”», "known as Milan") for a hometown', () => {
      expect(hometownOf('Le blogueur Omar Haddad, plus connu sous le nom de “Milan”, a été arrêté.', 'fr')).toBeNull();
      expect(hometownOf('The blogger Omar Haddad, better known as Milan, was arrested.', 'en')).toBeNull();
      expect(hometownOf('Le blogueur Omar Haddad, originaire de Douma, a été arrêté.', 'fr')).toBe('Douma');
    });

    it('does not take the quarter a person was arrested in («arrêté dans le quartier de Bab Sharqi») for a hometown', () => {
      expect(hometownOf('Samir Nasser a été arrêté au restaurant, dans le quartier de Bab Sharqi à Damas.', 'fr')).toBeNull();
      expect(hometownOf('Samir Nasser a été arrêté dans le quartier de Bab Sharqi à Damas.', 'fr')).toBeNull();
      expect(hometownOf('Samir Nasser, originaire du quartier de Bab Sharqi, a été arrêté.', 'fr')).toBe('Bab Sharqi');
    });

    it('reads one counted among those arrested («douze jeunes, dont Yara …, fille de Michel …») as arrested, not as family', () => {
      expect(
        people(
          'Les forces de sécurité avaient arrêté douze jeunes au restaurant, dont Yara Nasser, 20 ans, spécialiste en informatique, fille de Michel Nasser, avocat.',
          'fr',
        ),
      ).toEqual(['Yara Nasser=detainee', 'Michel Nasser=relative']);
      expect(
        people('Security forces arrested twelve young people at a restaurant, including Yara Nasser, 20, daughter of the lawyer Michel Nasser.', 'en')[0],
      ).toBe('Yara Nasser=detainee');
    });

    it('links a lone family name to the one name that writes it exactly ("Kadumi" to "Bashar Kadumi", not "Majed Al-Kadumi")', () => {
      expect(
        people(
          'There was no mention in the video of his colleague, Omar Fahmi Haddad; his brother, Fadi Al-Haddad, told AFP that he too was held.\nThe rebels say Haddad was wounded in the shoulder when he was captured.',
          'en',
        ),
      ).toEqual(['Omar Fahmi Haddad=detainee', 'Fadi Al-Haddad=relative', 'Haddad=detainee']);
      // Two brothers who both write it so leave it nobody's.
      expect(people('Omar Haddad and Samir Haddad were arrested in 2012. Haddad was freed in 2014.', 'en')).not.toContain('Haddad=released');
    });

    it('reads «السيدة فاطمة العلي، زوجة المعارض محمد الحداد المختطف» as his wife, not a second person taken', () => {
      expect(people('وتوضح السيدة فاطمة العلي، زوجة المعارض محمد الحداد المختطف لدى التنظيم، وهي من المشاركين في الحملة: الهدف كشف مصيرهم.', 'ar')).toEqual([
        'فاطمة العلي=relative',
        'محمد الحداد=missing',
      ]);
      expect(people('تقول السيدة فاطمة العلي، وهي زوجة المعارض محمد الحداد الذي خطفه التنظيم: نريد أن نعرف مصيره.', 'ar')).toEqual([
        'فاطمة العلي=relative',
        'محمد الحداد=missing',
      ]);
      expect(people('اعتقلت المخابرات الجوية المعارض البارز سامر الخطيب في حمص.', 'ar')).toEqual(['سامر الخطيب=detainee']);
    });

    it('reads «plaintes … sans obtenir de réponse», «les autorités sont restées silencieuses» after an arrest as missing', () => {
      expect(
        people(
          'Omar Haddad, 30 ans, a été arrêté en 2012 par le renseignement militaire. Sa famille a déposé plusieurs plaintes sans obtenir de réponse.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing']);
      expect(people('Samir Nasser a été arrêté en 2012. Malgré les démarches de sa famille, les autorités sont restées silencieuses.', 'fr')).toEqual([
        'Samir Nasser=missing',
      ]);
      expect(people('Fadi Khalil was arrested in 2012. His family filed complaints without receiving any response.', 'en')).toEqual(['Fadi Khalil=missing']);
    });

    it('reads «« Je cherche mon frère disparu », confie X» as X searching for his brother, not a bystander', () => {
      expect(people('« Je cherche mon frère disparu », confie Karim Saleh.', 'fr')).toEqual(['Karim Saleh=relative']);
      expect(people('« Je rentre chercher mon frère disparu », confie Karim Saleh.', 'fr')).toEqual(['Karim Saleh=relative']);
    });

    it('reads "Fatima Ali, 60, … But she admits … her missing son was gone" as his mother, not a second missing person', () => {
      expect(
        people(
          "Fatima Ali, 60, has nothing but contempt for the old regime. But she admits that she fears her missing son was gone. For years, she believed he might have been held in one of the regime's prisons.",
          'en',
        ),
      ).toEqual(['Fatima Ali=relative']);
      // A sentence that tells what befell "she" is still about her.
      expect(people('Fatima Ali is a teacher from Douma. But she was arrested in 2013 with her son.', 'en')).toEqual(['Fatima Ali=detainee']);
    });

    it('knows «أويس» (Owais) and «نوفان» (Nofan) as given names', () => {
      expect(people('وأوضحت مصادر أن اللاجئ المفرج عنه هو أويس سامر الخطيب، وكان معتقلاً لدى فرع المخابرات الجوية.', 'ar')).toEqual([
        'أويس سامر الخطيب=released',
      ]);
      expect(people('أطلق سراح نوفان محمد الحداد من مدينة اللاذقية.', 'ar')).toEqual(['نوفان محمد الحداد=released']);
    });

    it('reads «قال X إن عشرة من أفراد عائلته اعتقلوا» as X being family of those taken', () => {
      expect(people('قال محمد الحداد إن عشرة من أفراد عائلته اعتقلوا عام 2013.', 'ar')).toEqual(['محمد الحداد=relative']);
      expect(people('وأوضحت فاطمة العلي أن أفراد أسرتها اعتقلوا على حاجز في داريا.', 'ar')).toEqual(['فاطمة العلي=relative']);
    });

    it('reads "Fatima Ali travelled to Saydnaya. She hoped to find her son, who was arrested" as his mother searching', () => {
      expect(people('Fatima Ali travelled to Saydnaya on Monday. She hoped to find her son, who was arrested in 2014.', 'en')).toEqual(['Fatima Ali=relative']);
      // "He" of a woman's name is someone else.
      expect(people('Fatima Ali travelled to Saydnaya on Monday. He hoped to find his son, who was arrested in 2014.', 'en')).not.toEqual([
        'Fatima Ali=relative',
      ]);
    });

    it('reads "his own brother", «son propre frère» as "his brother"', () => {
      expect(people('Omar Haddad was overcome with emotion on seeing his own brother shot in the video.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people('Omar Haddad a reconnu son propre frère parmi les photos de César.', 'fr')).toEqual(['Omar Haddad=relative']);
    });

    it('reads "ICMP Director-General Fatima Ali" as a title before a name, not one long name', () => {
      expect(people('ICMP Director-General Fatima Ali points to the difficulty of identifying the dead; some 150,000 people remain missing.', 'en')).toEqual([
        'Fatima Ali=other',
      ]);
    });

    it('does not read a verb and a given name that is also a word («انقلبت حياة», «طب بشري») as a name', () => {
      expect(people('وتقول فاطمة العلي: "انقلبت حياة عائلتنا رأساً على عقب منذ أن اختفى أخي".', 'ar')).toEqual(['فاطمة العلي=relative']);
      expect(people('قالت: "تغيرت حياة عائلتنا".', 'ar')).toEqual([]);
      expect(people('أفرج عن حياة الخطيب من سجن عدرا.', 'ar')).toEqual(['حياة الخطيب=released']);
    });

    it('knows «طل» (Tal) as a woman’s given name', () => {
      expect(people('أفرج عن طل الخطيب من سجن عدرا.', 'ar')).toEqual(['طل الخطيب=released']);
    });

    it('reads «أم X Y» opening its sentence as the mother of the one named, whatever she says', () => {
      expect(people('أفرج عن طل الخطيب من سجن عدرا.\nام طل الخطيب اكدت النبأ لصحيفة محلية، وهي بانتظار أن تصل ابنتها إلى حمص.', 'ar')).toEqual([
        'طل الخطيب=released',
        'ام طل الخطيب=relative',
      ]);
      // «أم» inside a sentence is still "or": no mother is read there.
      expect(people('لا نعرف إن كان سامر الخطيب حياً أم ميتاً.', 'ar').some((p) => p.startsWith('أم'))).toBe(false);
    });

    it('reads «أفاد والد الشاب X … بأن نجله انقطعت أخباره» as X, the son, missing — not the father speaking', () => {
      expect(people('وأفاد والد الشاب محمد الحداد، من مدينة الزرقاء، بأن نجله انقطعت أخباره عقب وصوله إلى درعا.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('وقالت والدة الشابة فاطمة العلي إن ابنتها اعتقلت على حاجز في حمص.', 'ar')).toEqual(['فاطمة العلي=detainee']);
    });

    it('reads a hard-wrapped line that breaks after «من مدينة», "in" or a comma as going on with its sentence', () => {
      const [m] = extractMentions('وأفاد والد الشاب محمد الحداد، من مدينة\nالزرقاء، بأن نجله انقطعت أخباره عقب وصوله إلى درعا.', 'ar');
      expect([m.name, m.role, m.attributes.hometown]).toEqual(['محمد الحداد', 'missing', 'الزرقاء']);
      expect(extractMentions('Omar Haddad was held in\nAdra prison for ten years.', 'en')[0].attributes.prison).toBe('adra');
      // Lines that end on a name are items, each its own.
      expect(people('محمد الحداد\nسامر الخطيب', 'ar')).toEqual(['محمد الحداد=other', 'سامر الخطيب=other']);
    });

    it('reads «Samir, le frère de Fatima Ali, est introuvable» as the given name alone, in a kinship apposition, the one gone', () => {
      expect(people('Samir, le frère de Fatima Ali, est introuvable depuis son arrestation en août 2013.', 'fr')).toEqual([
        'Samir=missing',
        'Fatima Ali=relative',
      ]);
      expect(people('Omar, the husband of Fatima Ali, was arrested in 2012.', 'en')).toEqual(['Omar=detainee', 'Fatima Ali=relative']);
    });

    it('reads «X, le mari de Y, figure parmi ces disparus», «fait partie des disparus» as X one of them', () => {
      expect(people('Omar Haddad, le mari de Fatima Ali, figure parmi ces disparus.', 'fr')).toEqual(['Omar Haddad=missing', 'Fatima Ali=relative']);
      expect(people('Omar Haddad, le frère de Fatima Ali, compte parmi les détenus libérés.', 'fr')).toEqual(['Omar Haddad=released', 'Fatima Ali=relative']);
      expect(people('Omar Haddad fait partie des disparus.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads «Omar Haddad (grec-orthodoxe) et Samir Nasser» and «X, évêque d’Alep, et Y, … ont été enlevés» as one coordination', () => {
      expect(people('Les deux évêques Omar Haddad (grec-orthodoxe) et Samir Nasser (syriaque-orthodoxe) ont été enlevés près d’Alep.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad, évêque d’Alep, et Samir Nasser, évêque de la même ville, ont été enlevés.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      // A title and no verb of his own: still someone else.
      expect(people('Omar Haddad, évêque d’Alep, et Samir Nasser ont célébré la messe.', 'fr')).not.toContain('Omar Haddad=missing');
    });

    it('reads «tombés entre les mains d’un groupe armé» as abducted, and «aux mains d’un groupe» as held (an elided «d’» owns nothing)', () => {
      expect(people("Omar Haddad et Samir Nasser sont tombés entre les mains d'un groupe armé.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people("Omar Haddad est toujours aux mains d'un groupe armé.", 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «négocier la libération de deux prêtres enlevés» as an appeal for people abducted, so missing', () => {
      expect(people("Ils s'étaient rendus à la frontière pour négocier la libération d'Omar Haddad, enlevé en février.", 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('They were trying to secure the release of Omar Haddad, who was kidnapped in 2013.', 'en')).toEqual(['Omar Haddad=missing']);
      // Asked to be freed, and not said to be abducted: held.
      expect(people("Le pape a demandé la libération d'Omar Haddad.", 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('does not give a lone speaker «leur libération» or «« … qu’ils ont été libérés », a indiqué X»: "their", "they" are others', () => {
      expect(people('Le prêtre Karim Saleh a démenti leur libération.', 'fr')).toEqual(['Karim Saleh=other']);
      expect(people("« Nous ne pouvons pas dire qu'ils ont été libérés », a indiqué à l'AFP le prêtre Karim Saleh.", 'fr')).toEqual(['Karim Saleh=other']);
      expect(people("« J'ai été libéré lundi », a indiqué Karim Saleh.", 'fr')).toEqual(['Karim Saleh=released']);
    });

    it('reads «La quête de Fatima Ali … Elle cherche le nom de son mari disparu» as his family, not one gone', () => {
      expect(people("La quête de Fatima Ali n'a pas de cesse. Elle cherche sur internet le nom de son mari disparu.", 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali has not given up. She searches the internet for the name of her missing husband.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali has not given up. She has been missing since 2013.', 'en')).toEqual(['Fatima Ali=missing']);
    });

    it('reads «Mgr Omar (Jean) Haddad» as one name, the given name’s other form in brackets', () => {
      expect(people("Mgr Omar (Jean) Haddad a été enlevé à l'ouest d'Alep.", 'fr')).toEqual(['Omar (Jean) Haddad=missing']);
      // A bracket after the whole name is no part of it.
      expect(people('Omar Haddad (Jean) a été arrêté.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('knows «constate», «observe», «commente» as speech verbs: «…, constate X, porte-parole de Solide (Soutien aux Libanais en détention)»', () => {
      expect(
        people("Il s'agirait d'une fausse information, constate Karim Saleh, porte-parole de Solide (Soutien aux Libanais en détention et en exil).", 'fr'),
      ).toEqual(['Karim Saleh=other']);
    });

    it('knows the French spelling «Adnane» and «Boulos» (Paul) as given names', () => {
      expect(people('Selon le ministre de la Justice, Adnane Haddad, le dossier est clos.', 'fr')).toEqual(['Adnane Haddad=official']);
      expect(people('Le père Boulos Haddad a été enlevé en 2013.', 'fr')).toEqual(['Boulos Haddad=missing']);
    });

    it('reads «Mgr», «Monseigneur» as a title before a name, not part of it', () => {
      expect(people('Mgr Omar Haddad a été enlevé en 2013.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Monseigneur Omar Haddad a été enlevé en 2013.', 'fr')).toEqual(['Omar Haddad=missing']);
    });

    it('reads «conseiller du ministre», "adviser to the president" as officials, and «Santé» in «ministre de la Santé» as no name', () => {
      expect(
        people(
          "La chaîne avait contacté Karim Saleh, conseiller du ministre de l'Intérieur, qui avait assuré que « les Libanais libérés sont en route ».",
          'fr',
        ),
      ).toEqual(['Karim Saleh=official']);
      expect(people('Karim Saleh, an adviser to the president, said the prisoners had been released.', 'en')).toEqual(['Karim Saleh=official']);
      expect(people('Omar Haddad, ancien ministre de la Santé, a été arrêté en 2012.', 'fr')).toEqual(['Omar Haddad=official']);
    });

    it('reads «enlevée en compagnie de son mari, X» as X taken along with her', () => {
      expect(people('Fatima Ali a été enlevée en compagnie de son mari, Omar Haddad.', 'fr')).toEqual(['Fatima Ali=missing', 'Omar Haddad=missing']);
      expect(people('Fatima Ali was abducted in the company of her husband, Omar Haddad.', 'en')).toEqual(['Fatima Ali=missing', 'Omar Haddad=missing']);
    });

    it('reads «… avec Samira Nasser, l’épouse de Karim Saleh.» as Karim her family, the apposition ending the sentence', () => {
      expect(people("Fatima Ali a été enlevée avec Samira Nasser, l'épouse de Karim Saleh.", 'fr')).toEqual([
        'Fatima Ali=missing',
        'Samira Nasser=missing',
        'Karim Saleh=relative',
      ]);
    });

    it('reads «», indique Me Fatima Ali» as Fatima speaking: a courtesy title without its dot between the verb and the name', () => {
      expect(people('« La torture servait à tuer », indique Me Fatima Ali, conseil de la famille.', 'fr')).toEqual(['Fatima Ali=other']);
      expect(
        people(
          'Omar Haddad et Samir Nasser ont été emmenés de force en 2013.\n« La torture servait à tuer », indique Me Fatima Ali, conseil de la famille.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee', 'Fatima Ali=other']);
    });

    it('does not give a lone name the cue of a next sentence that opens on «Ils», "They" (not "They arrested him")', () => {
      const text =
        "Le procès s'est ouvert mardi à Paris. Il doit durer quatre jours. Omar Haddad et Samir Nasser ont été emmenés en 2013. " +
        "Fatima Ali suit les audiences depuis mardi. Ils n'ont jamais revu leur famille. La cour rendra son verdict vendredi.";
      expect(people(text, 'fr')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Fatima Ali=other']);
      expect(people('Omar Haddad lived in Daraa. They arrested him in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads «l’ONG Hostage Aid Worldwide», "X Worldwide", "X International" as a body, not a person', () => {
      expect(people("L'ONG Hostage Aid Worldwide affirme que Omar Haddad est vivant.", 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Samir Nasser Worldwide says Omar Haddad was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads a French participle right after the name as said of it: «l’évêque Omar Haddad enlevé en 2013 a été vu…»', () => {
      expect(people("L'évêque Omar Haddad enlevé en 2013 a été vu dans une prison.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad libéré en 2015 vit à Paris.', 'fr')).toEqual(['Omar Haddad=released']);
      // English leaves the auxiliary out of the active past: "Omar Haddad released a statement".
      expect(people('Omar Haddad released a statement on Monday.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it('does not give a name the release of «pour les faire libérer», "to get them released": the causative’s plural object', () => {
      const text =
        'Omar Haddad est porté disparu depuis 2012.\n«Omar était en vie», a déclaré Karim Saleh, président de cette ONG qui travaille avec des familles de civils enlevés pour les faire libérer.';
      expect(people(text, 'fr')).toEqual(['Omar Haddad=missing', 'Omar=missing', 'Karim Saleh=other']);
    });

    it('does not take "from 1976 to 2005" after "detained during Syria’s occupation of Lebanon" as the arrest year', () => {
      const text =
        "Suheil Haddad, 60, was one of hundreds of Lebanese citizens detained during Syria's occupation of Lebanon from 1976 to 2005. He was taken in 1992 from his home.";
      expect(extractMentions(text, 'en')[0].attributes.arrestYear).toBe(1992);
      expect(extractMentions('Omar Haddad was arrested during a protest in Daraa in 2011.', 'en')[0].attributes.arrestYear).toBe(2011);
    });

    it('reads «نجل الشيخ أحمد الحداد (إمام المسجد)، بعد 7 سنوات من الاعتقال» as the father, his own brackets passed, family', () => {
      expect(
        people('أفرج النظام السوري عن علاء الحداد، نجل الشيخ أحمد الحداد (إمام المسجد العمري في درعا)، بعد 7 سنوات من الاعتقال والتغييب في السجون.', 'ar'),
      ).toEqual(['علاء الحداد=released', 'أحمد الحداد=relative']);
    });

    it('does not take "the prisons of Syria’s Assad regime" for a prison: the plural names no one place', () => {
      const [m] = extractMentions("After spending 33 years in the prisons of Syria's Assad regime, Salim Haddad has returned to his hometown of Chekka.", 'en');
      expect([m.name, m.attributes.prison, m.attributes.hometown]).toEqual(['Salim Haddad', null, 'Chekka']);
      expect(extractMentions('Omar Haddad spent ten years in the prison of Zabadoun.', 'en')[0].attributes.prison).toBe('prison of Zabadoun');
    });

    it('does not give the speaker of «« … qu’Omar ait été libéré … durant sa détention », a déclaré le directeur … X» the release or detention said', () => {
      const text =
        "Le journaliste Omar Haddad a été libéré mardi. « Nous sommes soulagés qu'Omar ait été libéré, et nous remercions tous ceux qui ont exprimé leur solidarité durant sa détention », a déclaré le directeur de l'information de l'AFP Karim Saleh.";
      expect(people(text, 'fr')).toEqual(['Omar Haddad=released', 'Omar=released', 'Karim Saleh=other']);
      expect(people("« J'ai été libéré dans la nuit, je vais bien », a déclaré Karim Saleh.", 'fr')).toEqual(['Karim Saleh=released']);
    });

    it('does not give the speaker of "X said Samir’s son, Yousef, had been held … after being detained" the detention', () => {
      expect(
        people("Activist Omar Haddad, from Idlib province, said Samir's son, Yousef, had been held for seven years after being detained in Aleppo.", 'en'),
      ).toEqual(['Omar Haddad=other', 'Samir=relative', 'Yousef=detainee']);
    });

    it('reads "Fatima Ali … her father, Ali," as the father, not a short form of her name (a daughter’s second name is her father’s)', () => {
      expect(people("Fatima Ali held a photo of her father, Ali, detained by Assad's forces in 2013.", 'en')).toContain('Ali=missing');
      expect(extractMentions("Fatima Ali held a photo of her father, Ali, detained by Assad's forces in 2013.", 'en')[1].refersTo).toBeNull();
      // "Her son Omar" is still Omar Haddad.
      expect(extractMentions('Omar Haddad was arrested in 2012. Her son Omar is still missing.', 'en').find((m) => m.name === 'Omar')?.refersTo).not.toBeNull();
    });

    it('reads "… She hasn’t heard from him since." as the name the family of "him", not one gone', () => {
      expect(people("Fatima Ali held a photo of her father. She hasn't heard from him since.", 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Omar Haddad lived in Daraa. He has not been heard from since.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads a next sentence that opens on «Ses deux frères …», "His two brothers …" as the kin’s, the name their family', () => {
      expect(people('Ziad Haddad incarne ce combat. Ses deux frères, arrêtés entre 2012 et 2014, restent portés disparus à ce jour.', 'fr')).toEqual([
        'Ziad Haddad=relative',
      ]);
      expect(people('Ziad Haddad embodies this struggle. His two brothers remain missing to this day.', 'en')).toEqual(['Ziad Haddad=relative']);
    });

    it('reads «a cherché en vain ses deux frères» as the searcher, family, in his sentence or the next, and «leur sort» as theirs', () => {
      expect(people('Ziad Haddad a cherché en vain ses deux frères parmi les prisonniers libérés.', 'fr')).toEqual(['Ziad Haddad=relative']);
      const text =
        'Ziad Haddad, un chauffeur de 55 ans, incarne cette quête désespérée. Après avoir cherché en vain ses deux frères parmi les prisonniers libérés, il se tourne vers les fosses communes, espérant y trouver des indices de leur sort.';
      expect(people(text, 'fr')).toEqual(['Ziad Haddad=relative']);
    });

    it('reads Arabic words written with «ـ.ـ» inside them to slip past filters («الاعتقـ.ـال», «سجـ.ـن») whole', () => {
      const [m] = extractMentions('وصل الشاب محمد الحداد إلى الشمال بعد 5 سنوات من الاعتقـ.ـال في سجـ.ـن صيدنايا.', 'ar');
      expect([m.name, m.role, m.attributes.prison]).toEqual(['محمد الحداد', 'released', 'saydnaya']);
      expect(people('اعتـ.ـقل محمد الحداد عام 2016.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads «اعتقـ.ال», «اعتـ*ـقل» (a stop or a star by one tatweel) whole too, and keeps a stop after a word', () => {
      expect(people('اعتقـ.ال محمد الحداد عام 2016.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتـ*ـقل محمد الحداد عام 2016.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقل محمد الحداد. وأفرج عن سامر الخطيب.', 'ar')).toEqual(['محمد الحداد=detainee', 'سامر الخطيب=released']);
    });

    it('gives every name of «من كفر بطنا هم: “A، B، …”» the town, past the quote mark that opens the list', () => {
      const ms = extractMentions('وكان من بين المفرج عنهم من كفر بطنا هم: “محمد الحداد، سامر الخطيب، ومحمد عمر محروس”.', 'ar');
      expect(ms.map((m) => `${m.name}=${m.role}:${m.attributes.hometown}`)).toEqual([
        'محمد الحداد=released:كفر بطنا',
        'سامر الخطيب=released:كفر بطنا',
        'محمد عمر محروس=released:كفر بطنا',
      ]);
    });

    it('reads «محافظ دمشق محمد الحداد» as the governor of Damascus, an official, the place passed', () => {
      expect(people('وقال محافظ دمشق محمد الحداد إن الوضع مستقر.', 'ar')).toEqual(['محمد الحداد=official']);
      expect(people('ونقل موقع محلي عن محافظ دمشق محمد الحداد، إنه تم الإعلان عن إطلاق سراح 28 شاباً من أبناء مدينة عربين.', 'ar')).toEqual([
        'محمد الحداد=official',
      ]);
    });

    it('does not take «بعد اعتقال دام (27 عاماً)», "a detention that lasted (27 years)", for an age', () => {
      expect(extractMentions('أفرجت السلطات عن الأسير محمد الحداد بعد اعتقال دام (27 عاماً) هي إجمالية فترة محكوميته.', 'ar')[0].attributes.age).toBeNull();
      expect(extractMentions('أفرجت السلطات عن الأسير محمد الحداد (45 عاما) بعد اعتقال دام 27 عاماً.', 'ar')[0].attributes.age).toBe(45);
    });

    it("does not read «M.» before a name as «m'», a speaker telling of his own detention", () => {
      expect(people('M. Haddad, libéré le 18 janvier après cinq ans de prison, «a été arrêté chez lui», a précisé M. Nasser.', 'fr')).toContain('Nasser=other');
      expect(people("« Ils m'ont arrêté en 2012 et j'ai passé trois ans à Saydnaya », a précisé M. Nasser.", 'fr')).toEqual(['Nasser=released']);
    });

    it('reads «A (23 ans) B (32 ans) et C», a list that lost its commas, as one list, each name in full', () => {
      expect(people('Il a noté que les détenus sont Omar Haddad (23 ans) Samir Nasser (32 ans) Karim Saleh (37 ans) et Ziad Haddad (28 ans).', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
        'Karim Saleh=detainee',
        'Ziad Haddad=detainee',
      ]);
      const ms = extractMentions(
        'Ils ont été arrêtés le 16 juillet 2013, il s’agit de Omar Haddad (né en 1964) Hadil Mahmoud Amairi (née en 1987) et Samir Nasser (né en 1990).',
        'fr',
      );
      expect(ms.map((m) => `${m.name}=${m.role}:${m.attributes.birthYear}`)).toEqual([
        'Omar Haddad=detainee:1964',
        'Hadil Mahmoud Amairi=detainee:1987',
        'Samir Nasser=detainee:1990',
      ]);
      expect(people('The detainees are Omar Haddad (23), Muayed Mohammed Saeed (37) and Karim Saleh.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Muayed Mohammed Saeed=detainee',
        'Karim Saleh=detainee',
      ]);
    });

    it('keeps «la disparition du jeune Samir Nasser», another name’s in another sentence, from the one arrested before', () => {
      expect(people('Omar Haddad a été arrêté lundi. Le groupe a documenté la disparition du jeune Samir Nasser il y a deux semaines.', 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=missing',
      ]);
      expect(
        people('Les détenus sont Omar Haddad (23 ans) et Karim Saleh.\n\nLe groupe a documenté la disparition du jeune Samir Nasser (34 ans).', 'fr'),
      ).toEqual(['Omar Haddad=detainee', 'Karim Saleh=detainee', 'Samir Nasser=missing']);
    });

    it('reads «détient», «continue de détenir» and «croupirait» as held, but not a name’s own «détient des documents»', () => {
      expect(people('Le régime syrien continue de détenir Omar Haddad depuis 2013.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Le régime syrien détient Omar Haddad depuis 2013.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad croupirait dans une prison syrienne depuis 30 ans.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad détient des documents sur la prison.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('reads the one whose son was arrested, «ont arrêté le fils d’Omar Haddad», "arrested two sons of Omar Haddad", as family', () => {
      expect(people('Security forces arrested the son of Omar Haddad in 2013.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people('Security forces arrested two sons of Omar Haddad in 2013.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people("Les services de sécurité ont arrêté le fils d'Omar Haddad en 2013.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people("Les services de sécurité ont arrêté jeudi deux fils de l'opposant Omar Haddad.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people("L'opposant Omar Haddad a été arrêté mercredi.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Forces released my brother Omar Haddad.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('keeps one who tells of his own detention out, not missing, in a post that tells of another man’s disappearance', () => {
      const text =
        "The man's relatives reported his disappearance in 1986. Omar Haddad returned to Lebanon on Monday after 33 years in Syrian jails.\nHaddad said he was moved from one prison to another.";
      expect(people(text, 'en')).toEqual(['Omar Haddad=released', 'Haddad=released']);
    });

    it('does not read «Libération», the daily, capitalised inside a sentence, as a release', () => {
      expect(people('Didier François, ancien grand reporter à Libération, a été enlevé le 6 juin.', 'fr')).toEqual(['Didier François=missing']);
      expect(people("La libération d'Omar Haddad a eu lieu lundi.", 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads «Jihad Georges EID» whole: an ambiguous first word before a given name, a surname in capitals', () => {
      expect(people("Le rapport retrace l'histoire de Jihad Georges EID, militaire libanais détenu en Syrie depuis cette date.", 'fr')).toEqual([
        'Jihad Georges EID=detainee',
      ]);
      expect(people('Jihad Georges Haddad, a Lebanese soldier, has been held in Syria since 1990.', 'en')).toEqual(['Jihad Georges Haddad=detainee']);
      expect(people('Muslims celebrated Eid al-Fitr in Damascus on Monday.', 'en')).toEqual([]);
    });

    it('gives "the bearded man filmed after being released", the object of the verb, the release, not the one who recognised him', () => {
      expect(people('Omar Haddad instantly recognized the bearded man filmed after being released by Syrian rebels from a Hama prison.', 'en')).toEqual([
        'Omar Haddad=other',
      ]);
      expect(people("Omar Haddad a reconnu l'homme filmé après sa libération.", 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad, a young man arrested in 2012, was released on Monday.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «mort sous les bombes» as a death outside detention', () => {
      expect(people('Omar Haddad est mort sous les bombes à Alep en 2014.', 'fr')).toEqual(['Omar Haddad=other']);
    });

    it('gives a next sentence opening "After being released, she …" to the one it goes on about', () => {
      expect(people('Fatima Ali, 46, was detained in 2013. After being released, she fled to Turkey.', 'en')).toEqual(['Fatima Ali=released']);
      expect(people('Omar Haddad was detained in 2013. After his release in 2015, he fled to Turkey.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was detained in 2013. After his brother was released, he fled to Turkey.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "whose three children are still being held", «les enfants d’Omar Haddad» as family', () => {
      expect(people('Maryam al-Hamad, whose three children are still being held in dungeons, said the prisoners must be freed.', 'en')).toEqual([
        'Maryam al-Hamad=relative',
      ]);
      expect(people("Les enfants d'Omar Haddad ont été arrêtés en 2013.", 'fr')).toEqual(['Omar Haddad=relative']);
      expect(people('Fatima Ali, 35, was detained with her three children in 2013.', 'en')).toEqual(['Fatima Ali=detainee']);
    });

    it('reads «l’exécution du militant Omar Haddad» as his death, and knows «Noura»', () => {
      expect(people("Amnesty a réagi à l'exécution du militant syro-palestinien Omar Haddad.", 'fr')).toEqual(['Omar Haddad=dead']);
      expect(people('Noura Haddad a été arrêtée en 2013.', 'fr')).toEqual(['Noura Haddad=detainee']);
    });

    it('does not give a cleft sentence about "him", «c’est … qu’il aurait été exécuté», to a woman named before', () => {
      const text =
        "Fatima Ali, la veuve du célèbre militant, a déploré une perte pour la Syrie.\nEt c'est peu après son transfert vers un lieu inconnu, en 2015, qu'il aurait été exécuté, a confirmé la fondation.";
      expect(people(text, 'fr')).toEqual(['Fatima Ali=other']);
    });

    it('does not take the town of a prison, «une prison de la ville côtière de Lattaquié», for a hometown', () => {
      expect(hometownOf("Omar Haddad a été libéré de la prison centrale de la ville d'Alep.", 'fr')).toBeNull();
      expect(hometownOf("Omar Haddad est sorti lundi d'une prison de la ville côtière de Lattaquié.", 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad, originaire de la ville de Deraa, a passé dix ans en prison.', 'fr')).toBe('Deraa');
    });

    it('reads "the committee of Lebanese political detainees" as a body, not its head held', () => {
      const text = 'The head of the committee of Lebanese political detainees in Syrian jails, Omar Haddad, told An Nahar daily that nothing changed.';
      expect(people(text, 'en')).toContain('Omar Haddad=other');
    });

    it('does not read «لتحرير المدينة», the liberation of a town, as a release', () => {
      expect(people('تواصل عائلة الشاب محمد الحداد (38 عامًا) من حلب، البحث عن ابنها المفقود منذ الأيام الأولى لتحرير المدينة.', 'ar')).toEqual([
        'محمد الحداد=missing',
      ]);
      expect(people('تم تحرير محمد الحداد من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('gives "25-year-old Omar Haddad" his own age, not the one of the brother named after him', () => {
      const ms = extractMentions('Militants arrested 25-year-old Omar Haddad and his 20-year-old brother Samir after they returned from Lebanon.', 'en');
      expect(ms.map((m) => `${m.name}:${m.attributes.age}`)).toEqual(['Omar Haddad:25', 'Samir:20']);
    });

    it('reads "his plaintiff counsel Dr. Omar Haddad" as a lawyer, not the one detained in the sentence before', () => {
      const text = 'He was detained at a demonstration and tortured in Al-Khatib.\nThe witness was accompanied by his plaintiff counsel Dr. Omar Haddad.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=other']);
    });

    it('keeps «Abu al-Ras», «Abou el-Ras» whole at the end of a name', () => {
      expect(people('Omar Abu al-Ras was arrested in 2012.', 'en')).toEqual(['Omar Abu al-Ras=detainee']);
      expect(people('Omar Abou el-Ras a été arrêté en 2012.', 'fr')).toEqual(['Omar Abou el-Ras=detainee']);
    });

    it('reads «فقد منذ عام 1986» as missing, and a quoted name after «اللاجئ الفلسطيني»', () => {
      expect(people('استقبل الأردنيون فجر اليوم الثلاثاء محمد الحداد، المواطن الأردني الذي فقد منذ عام 1986.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('فقد محمد الحداد الذاكرة منذ سنوات.', 'ar')).toEqual(['محمد الحداد=other']);
      expect(people('عثرت عائلة اللاجئ الفلسطيني "جهاد عبود" على صورته بعد خروجه من المعتقل.', 'ar')).toEqual(['جهاد عبود=released']);
    });

    it('reads "from al Karak al Sharqi village" whole as the hometown', () => {
      expect(hometownOf('Omar Haddad, from al Karak al Sharqi village, was arrested on November 26.', 'en')).toBe('al Karak al Sharqi');
    });

    it('keeps a feared future ("fears that he will be … classified as forcibly disappeared") and «sera libéré demain» from outcomes', () => {
      const text =
        'Omar Haddad was arrested on Monday and taken to a detention center. SNHR fears that he will be subjected to torture and ultimately classified as forcibly disappeared.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad sera libéré demain, selon son avocat.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('gives "But his brother was still in prison" to the brother, not to a name of the sentence before', () => {
      const text =
        'On Thursday, Anderson Cooper interviewed Zaidoun Al-Zoabi, who had been released from prison in Syria. But his brother was still in prison.';
      expect(people(text, 'en')).not.toContain('Anderson Cooper=detainee');
      expect(people(text, 'en')).toContain('Zaidoun Al-Zoabi=released');
    });

    it('keeps "X and two others were abducted", «X et plusieurs autres ont disparu» his, and "detainees, many of whom disappeared" others\'', () => {
      expect(people('Omar Haddad and two others were abducted in 2013.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad and others disappeared in 2013.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad et plusieurs autres ont disparu en 2013.', 'fr')).toEqual(['Omar Haddad=missing']);
      const told =
        'Omar Haddad évoque son expérience à la prison de Saidnaya. Il partage des souvenirs de souffrances infligées aux détenus, dont beaucoup ont disparu.';
      expect(people(told, 'fr')).not.toContain('Omar Haddad=missing');
      expect(people('Many others have disappeared since 2013, said Omar Haddad.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it('reads "president of Hostage Aid Worldwide, an organization dedicated to supporting hostages" as a body\'s head, not an official nor a hostage', () => {
      const text = 'She was accompanied by Samir Nasser, president of Hostage Aid Worldwide, an organization dedicated to supporting hostages.';
      expect(people(text, 'en')).toEqual(['Samir Nasser=other']);
    });

    it('reads a sentence that opens on "Previously,", «Auparavant,», «وسبق أن» as an earlier episode, however long', () => {
      const en =
        'On Wednesday, the Military Police arrested Omar Haddad and Samir Nasser in Afrin.\n\nPreviously, the Military Police arrested each of Omar Haddad and Samir Nasser on false charges and they were released later, according to the same source.';
      expect(new Set(people(en, 'en'))).toEqual(new Set(['Omar Haddad=detainee', 'Samir Nasser=detainee']));
      expect(people('Mercredi, la police militaire a arrêté Omar Haddad à Afrin. Auparavant, il avait été arrêté en 2019 puis libéré.', 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(new Set(people('اعتقلت الشرطة العسكرية يوم الأربعاء محمد الحداد في عفرين. وسبق أن اعتقلت الشرطة محمد الحداد وأفرجت عنه لاحقاً.', 'ar'))).toEqual(
        new Set(['محمد الحداد=detainee']),
      );
      expect(people('Omar Haddad was arrested in 2012. Previously, he was a teacher, but he was released in 2015.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads «sont « libres »», "are free", «est libre» as a release, past quotation marks', () => {
      const fr =
        'Omar Haddad, Samir Nasser et Karim Saleh, trois journalistes, sont « libres » et « en bonne santé en dépit des conditions de leur captivité ».';
      expect(new Set(people(fr, 'fr'))).toEqual(new Set(['Omar Haddad=released', 'Samir Nasser=released', 'Karim Saleh=released']));
      expect(people('Omar Haddad est libre depuis samedi.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad and Samir Nasser are "free" and "in good health despite their captivity".', 'en')).toEqual([
        'Omar Haddad=released',
        'Samir Nasser=released',
      ]);
    });

    it('gives a sentence that opens on "Their driver", «Leur chauffeur» to that one, not to the names before', () => {
      const fr =
        'Ils voulaient négocier la libération des prêtres Omar Haddad et Samir Nasser enlevés le 9 février. Leur chauffeur, le diacre Fatha Allah Kabboud, aurait été assassiné peu après.';
      expect(new Set(people(fr, 'fr'))).toEqual(new Set(['Omar Haddad=missing', 'Samir Nasser=missing']));
      expect(people('Omar Haddad and Samir Nasser were abducted in February. Their driver was killed shortly after.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad a été enlevé le 9 février. Il aurait été assassiné peu après.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('joins two names whose titles carry lower-case words, ", archevêque syriaque orthodoxe d’Alep, et"', () => {
      const text =
        'Le 22 avril 2013, Omar Haddad, archevêque syriaque orthodoxe d’Alep, et Samir Nasser, archevêque grec orthodoxe de la même ville, étaient enlevés à l’ouest d’Alep.';
      expect(people(text, 'fr')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
    });

    it('reads every name of an Arabic list set apart by dashes, «محمد الحداد - محمود عثمان - سمير ناصر»', () => {
      expect(people('أفرج الأمن عن: محمد الحداد - محمود عثمان - سمير ناصر.', 'ar')).toEqual([
        'محمد الحداد=released',
        'محمود عثمان=released',
        'سمير ناصر=released',
      ]);
      expect(people('أفرج الأمن عن: محمد الحداد - كريم صالح - عمر سلوم الغريب.', 'ar')).toEqual([
        'محمد الحداد=released',
        'كريم صالح=released',
        'عمر سلوم الغريب=released',
      ]);
    });

    it('reads no name after «هذا اللاجئ», in «سلامة المدنيين», «ليست» or «وردع الجناة», and knows «ميسرة» in quotes', () => {
      const text =
        'استشهد اللاجئ "ميسرة أبو رحمة" من أبناء مخيم النيرب في حلب تحت التعذيب.\nوأفادت مجموعة العمل بأن قضاء هذا اللاجئ يرفع الحصيلة الاجمالية للضحايا إلى (457).';
      expect(people(text, 'ar')).toEqual(['ميسرة أبو رحمة=dead']);
      expect(people('هذا الحادث يضاف إلى سلسلة من الانتهاكات التي تهدد سلامة المدنيين وأمنهم في منطقة عفرين.', 'ar')).toEqual([]);
      const kidnapped =
        'تم اختطاف امرأة تدعى ماري علي حسن.\nماري علي حسن ليست المختطفة الأولى في المنطقة، فقد سجلت حادثة اختطاف الطفل محمد قيس حيدر، في ظل غياب المحاسبة وردع الجناة.';
      expect(new Set(people(kidnapped, 'ar'))).toEqual(new Set(['ماري علي حسن=missing', 'محمد قيس حيدر=missing']));
      expect(people('تقدمت قوات النظام على ميسرة الجبهة في ريف حلب.', 'ar')).toEqual([]);
    });

    it('shares a dashed Arabic list’s release with every item, and reads a nisba after a family name, «إبراهيم الأسود الشمري»', () => {
      const text =
        'قال المرصد إن الأمن اعتقلهم خلال التظاهرات.\nوأكد المعتقل المفرج محمد الحداد أن الأمن أفرج مساء الأربعاء عنه وعن: عمر بسيس الحمادة - إبراهيم الأسود الشمري- محمود عثمان - رياض العواد بالإضافة إلى آخرين.';
      expect(people(text, 'ar')).toEqual([
        'محمد الحداد=released',
        'عمر بسيس الحمادة=released',
        'إبراهيم الأسود الشمري=released',
        'محمود عثمان=released',
        'رياض العواد=released',
      ]);
      expect(people('أفرج الأمن عن إبراهيم الأحمد الشمري.', 'ar')).toEqual(['إبراهيم الأحمد الشمري=released']);
      expect(people('أفرج الأمن عن إبراهيم الأسود العلي.', 'ar')).toEqual(['إبراهيم الأسود=released']);
    });

    it('opens no quoted name at a closing straight quote, and reads no name in «محمد هناك», «نجا عمار» or «محمد ليفك»', () => {
      const page = 'اعتقلت الأجهزة الأمنية عشرات الأشخاص تلبية لدعوة صفحة "يوم الغضب السوري" على موقع "فيسبوك".';
      expect(people(page, 'ar')).toEqual([]);
      expect(people('تدخل محمد ليفك ابن أخته من بين أيدي الشبيحة، فاعتقل محمد الحداد.', 'ar').map((p) => p.split('=')[0])).not.toContain('محمد ليفك');
      expect(people('أُفرج لاحقًا عن ابن أخته. نجا عمار، وبقي محمد هناك.', 'ar')).toEqual([]);
      expect(people('اعتقلت قوات الأمن محمد ليث الحداد.', 'ar')).toEqual(['محمد ليث الحداد=detainee']);
    });

    it('keeps names before «الذين قال» from speaking, and reads «استُشهد … .. محمد زنبوعة» as one headline', () => {
      const list = 'ونشر المرصد أسماء: "حسين مصطفى علي وأبو بكر أيوب شعبان ونايف أيوب شعبان" الذين قال إنهم اعتقلوا أمام الجامع الأموي بدمشق.';
      expect(people(list, 'ar')).toEqual(['حسين مصطفى علي=detainee', 'أبو بكر أيوب شعبان=detainee', 'نايف أيوب شعبان=detainee']);
      expect(people('استُشهد ليحمي قريبه.. محمد زنبوعة، طالب الهندسة الذي انتهى في صيدنايا', 'ar')).toEqual(['محمد زنبوعة=dead']);
      expect(
        people('اعتقل محمد الحداد في دمشق.. وأفرج عنه بعد شهر. وقال سمير ناصر إن الحادثة تكررت مرات كثيرة في المدينة خلال الأعوام الماضية.', 'ar'),
      ).toEqual(['محمد الحداد=released', 'سمير ناصر=other']);
    });

    it('reads "Syrian Emergency Task Force" as a body, and a name alone on the line under a headline as its writer', () => {
      expect(people('The interview was released by Syrian Emergency Task Force.', 'en')).toEqual([]);
      const story = 'Journalist Omar Haddad still missing in Syria\n\nJohn Bacon\nIn this image taken from undated video, Omar Haddad prays while blindfolded.';
      expect(people(story, 'en')).toEqual(['Omar Haddad=missing', 'John Bacon=other', 'Omar Haddad=missing']);
      const survivor = 'Saydnaya survivor speaks\nOmar Haddad\nOmar Haddad spent ten years in Saydnaya and was released in December.';
      expect(new Set(people(survivor, 'en'))).toEqual(new Set(['Omar Haddad=released']));
    });

    it('reads a release tried for ("in order to release their son", «في محاولة») or sought in vain ("to no avail", «دون جدوى») as sought', () => {
      expect(
        people('Omar Haddad was arrested in 2012. His parents tried to bribe an officer in order to release their son, but it was in vain.', 'en'),
      ).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was arrested in 2012. His family paid thousands of dollars for his release, to no avail.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad a été arrêté en 2012. Sa famille a versé de fortes sommes pour sa libération, en vain.', 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('اعتقل محمد الحداد عام 2012، ودفعت عائلته مبالغ كبيرة في محاولة للإفراج عنه.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Omar Haddad was arrested in 2012. His family paid a broker and he was released in 2014.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('does not take the town of a checkpoint, «arrêté à un poste de contrôle de Daraya», for a hometown', () => {
      expect(hometownOf('Omar Haddad a été arrêté en 2012 à un poste de contrôle de Daraya, une banlieue de Damas.', 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad a été arrêté à un barrage de Daraya en 2012.', 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad, un ingénieur de Daraya, a été arrêté à un barrage en 2012.', 'fr')).toBe('Daraya');
    });

    it('keeps "the Lebanese who went missing" others\', reads "was able to secure his release" as won and "an appeal to release" as sought', () => {
      const text =
        'Omar Haddad was arrested in 1985. His return revived the issue of the Lebanese who went missing during the war.\nHaddad was held in solitary confinement for four years. He was later transferred to a civilian prison and was able to secure his release by paying millions through a lawyer.';
      expect(new Set(people(text, 'en'))).toEqual(new Set(['Omar Haddad=released', 'Haddad=released']));
      expect(people('Omar Haddad was arrested in 2013. His return revived the issue of the Lebanese who went missing during the war.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('Omar Haddad was kidnapped over his appeal to release his daughter Rawan Haddad from a conscription camp.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Rawan Haddad=detainee',
      ]);
    });

    it('reads «présidente du comité des parents des disparus» as a body’s head, and «L’Orient-Le Jour», «Solide» as bodies', () => {
      const text =
        'Prenant la parole, Fatima Ali, présidente du comité des parents des disparus, a souligné que « le dossier englobe plus de 17 000 personnes enlevées ».';
      expect(people(text, 'fr')).toEqual(['Fatima Ali=other']);
      const paper =
        "Interrogé par L'Orient-Le Jour, le porte-parole de Solide (Soutien aux Libanais en détention et en exil) a indiqué que les prisonniers ne se trouvaient plus dans cette prison. Omar Haddad y était détenu depuis 1985.";
      expect(people(paper, 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "the members A, B and C" of a commission, with no role word in their sentence, as others', () => {
      const text =
        'La délégation comprenait le président de la commission, Ziad Achour, ainsi que les membres Omar Haddad, Carmen Abou Jaoudé et Adib Nehmé.\nCertaines parmi les victimes de disparition forcée sont portées disparues depuis la guerre civile.';
      expect(people(text, 'fr')).toEqual(['Ziad Achour=official', 'Omar Haddad=other', 'Carmen Abou Jaoudé=other', 'Adib Nehmé=other']);
      expect(people('Lawyer Omar Haddad, doctor Samir Nasser and student Fadi Khalil were arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
        'Fadi Khalil=detainee',
      ]);
    });

    it('reads «la disparition en novembre 2013 de l’un de ses frères», "died without knowing the fate of her husband" and «détaille X» as family and speakers', () => {
      expect(people("Omar Haddad a porté plainte après la disparition en novembre 2013 de l'un de ses frères et de son neveu en Syrie.", 'fr')).toEqual([
        'Omar Haddad=relative',
      ]);
      expect(people('Omar Haddad filed a complaint after the disappearance in November 2013 of one of his brothers.', 'en')).toEqual(['Omar Haddad=relative']);
      expect(people('Fatima Ali est décédée en 2015 sans connaître le sort de son époux.', 'fr')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali died in 2015 without knowing the fate of her husband.', 'en')).toEqual(['Fatima Ali=relative']);
      const lawyer =
        "« On sait qu'ils ont été arrêtés et ont disparu depuis », détaille Samira Nasser, coordinatrice du Groupe d'action judiciaire de la FIDH.";
      expect(people(lawyer, 'fr')).toEqual(['Samira Nasser=other']);
    });

    it('makes no post-wide disappearance where the missing reappeared, and reads «jardin Gebran Khalil Gebran», "Hong Kong" as no one', () => {
      const text =
        'Syrie : Réapparition de 2 Kurdes de Qamishli\n\nAlkarama a reçu des informations concernant la réapparition de 2 membres de la communauté kurde de Qamishli, qui avaient disparu depuis 2008. Ils ont été transférés à la prison de Adra.\n\nLes 2 personnes concernées :\n\n1. Omar Haddad, né en 1977, arrêté chez lui le 28 août 2008.\n2. Samir Nasser, né en 1972, arrêté chez lui le 2 septembre 2008.';
      expect(people(text, 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee']);
      expect(people('Les familles ont entamé un sit-in permanent au jardin Gebran Khalil Gebran à Beyrouth. Omar Haddad a disparu en 1985.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people("Les seules photos sont celles qu'Omar Haddad avait prises lors de son voyage à Hong Kong, avant son enlèvement.", 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
    });

    it('knows «هايل», takes no «من أبنائها» for a hometown, and ends a name before «قضيا»', () => {
      expect(people('أفرج الأمن عن اللاجئ الفلسطيني من أبناء مخيّم اليرموك هايل دياب، وذلك بعد عام على اعتقاله.', 'ar')).toEqual(['هايل دياب=released']);
      const village =
        'تسود حالة من التوتر في قرية بريف دير الزور الشرقي، بعد مقتل شاب من أبنائها تحت التعذيب.\nوتسلّمت عائلة الشاب محمد عواد الأحمد جثة ابنهم الذي قضى تحت التعذيب.';
      expect(hometownOf(village, 'ar')).toBeNull();
      expect(people('أن الشابين محمد الحداد وخالد علي قضيا خلال اشتباكات بين قوات المعارضة والجيش النظامي.', 'ar')).toEqual([
        'محمد الحداد=other',
        'خالد علي=other',
      ]);
    });

    it('still reads a list the committee of the families of the disappeared hands over, «Le comité des parents des disparus a remis une liste : …», as missing', () => {
      expect(people('Le comité des parents des disparus a remis une liste de noms : Omar Haddad, Samir Nasser, Karim Saleh.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
        'Karim Saleh=missing',
      ]);
    });

    it('gives a heading before a colon to every item of a list run on with semicolons, «Les disparus libanais en Syrie : A, … ; B, … ; C»', () => {
      expect(
        people('Les disparus libanais en Syrie : Omar Haddad, arrêté en 1976 ; Samir Nasser, arrêté en 1982 ; Karim Saleh, enlevé en 1985.', 'fr'),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Karim Saleh=missing']);
      expect(people('المفقودون اللبنانيون في سوريا: محمد الحداد، اعتقل عام 1976؛ سمير ناصر، اعتقل عام 1982.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'سمير ناصر=missing',
      ]);
      expect(people('Deux hommes ont été libérés : Omar Haddad, de Douma ; Samir Nasser, de Daraya.', 'fr')).toEqual([
        'Omar Haddad=released',
        'Samir Nasser=released',
      ]);
    });

    it('keeps a name after «ابن بلدة نوى», a town whose folded name ends like an adjective', () => {
      expect(people('استشهد تحت التعذيب في سجون النظام ابن بلدة نوى محمد الحداد.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(hometownOf('استشهد تحت التعذيب ابن مدينة نوى محمد الحداد.', 'ar')).toBe('نوى');
      expect(people('نقل موقع الإخباري محمد الحداد أن المعتقلين أفرج عنهم.', 'ar').map((p) => p.split('=')[0])).not.toContain('محمد الحداد');
    });

    it('reads a town of the lists that looks like a name, a kunya or a title where a place stands as the hometown', () => {
      const cases: [string, string, string][] = [
        ['قضى الشاب محمد الحداد من أبناء بلدة أبو الظهور تحت التعذيب في سجون النظام.', 'ar', 'أبو الظهور'],
        ['أفرجت قوات النظام عن المعتقل محمد الحداد، وهو من أهالي بابا عمرو، بعد سنوات من الاعتقال.', 'ar', 'بابا عمرو'],
        ['اعتقلت قوات الأمن الشاب محمد الحداد المنحدر من السيدة زينب عام 2013.', 'ar', 'السيدة زينب'],
        ['استشهد تحت التعذيب ابن بلدة الشيخ مسكين محمد الحداد.', 'ar', 'الشيخ مسكين'],
        ['أفرج عن ابن كرم الزيتون محمد الحداد بعد 10 سنوات من الاعتقال.', 'ar', 'كرم الزيتون'],
        ['محمد الحداد من دير عطية قضى تحت التعذيب في سجن صيدنايا.', 'ar', 'دير عطية'],
        ['المعتقل محمد الحداد - كرم اللوز - مواليد 1985', 'ar', 'كرم اللوز'],
        ['Security forces arrested Omar Haddad, a native of Albu Kamal, in 2013.', 'en', 'Albu Kamal'],
        ['Omar Haddad, who hails from the town of Sheikh Maksoud, was released on Sunday.', 'en', 'Sheikh Maksoud'],
        ['Omar Haddad, from Ras al Ayn, died under torture in Saydnaya.', 'en', 'Ras al Ayn'],
        ['Omar Haddad, originaire de Maarrat An Numan, a été libéré dimanche.', 'fr', 'Maarrat An Numan'],
      ];
      for (const [text, lang, town] of cases) {
        const found = extractMentions(text, lang);
        expect(found.map((m) => m.name)).toEqual([lang === 'ar' ? 'محمد الحداد' : 'Omar Haddad']);
        expect(found[0].attributes.hometown).toBe(town);
      }
    });

    it('reads "no proof that he is alive", «aucune preuve qu’il soit vivant» as missing', () => {
      expect(people("Omar Haddad a été arrêté en 1985 à Tripoli par les services syriens. Ses proches n'ont aucune preuve qu'il soit vivant.", 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('Omar Haddad was arrested in 1985 by Syrian intelligence. His family has no proof that he is alive.', 'en')).toEqual([
        'Omar Haddad=missing',
      ]);
    });

    it('reads the common slip «من أنباء» (for «من أبناء») before a town as an origin', () => {
      const text = 'المعتقل الأول الذي تم الإفراج عنه مؤخراً يدعى "محمد الحداد" من أنباء خربة غزالة شرقي درعا، وذلك بعد اعتقال دام نحو 6 سنوات.';
      expect(hometownOf(text, 'ar')).toBe('خربة غزالة');
    });

    it('reads «فرح» (Farah) as a given name, not «ف» and the particle «رح»', () => {
      expect(people('أفرج عن المعتقل فرح محمود العلي بعد ست سنوات في سجن صيدنايا.', 'ar')).toEqual(['فرح محمود العلي=released']);
    });

    it('reads «تخشى عائلته أن يكون قد قتل», «فقدت عائلته أثره» and "lost all trace of him" as missing', () => {
      expect(people('اعتقل محمد الحداد عام 2013. وتخشى عائلته أن يكون قد قتل.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقلت قوات النظام محمد الحداد عام 2012 على حاجز في دمشق. وفقدت عائلته أثره.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Security forces arrested Omar Haddad in 2013. His relatives have lost all trace of him.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('قضى محمد الحداد تحت التعذيب في سجن صيدنايا عام 2014.', 'ar')).toEqual(['محمد الحداد=dead']);
    });

    it('reads «وحرره الثوار من سجن صيدنايا» as a release and «وظهرت صورته ضمن صور قيصر» as his death', () => {
      expect(people('اعتقلت قوات النظام محمد الحداد عام 2012 على حاجز في دمشق. وحرره الثوار من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('اعتقل محمد الحداد من منزله في داريا عام 2013. وظهرت صورته ضمن صور قيصر.', 'ar')).toEqual(['محمد الحداد=dead']);
      expect(people('اعتقل محمد الحداد عام 2013. وظهرت صور قيصر عام 2014 فصدمت العالم.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a town that is also a given name in an apposition ", 28, of Jasim," as the hometown', () => {
      expect(hometownOf('Omar Haddad, 28, of Jasim, was arrested in 2013.', 'en')).toBe('Jasim');
      expect(people('Omar Haddad, 28, of Albu Kamal, was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(hometownOf('Omar Haddad, 28 ans, de Salma, a été libéré dimanche.', 'fr')).toBe('Salma');
      expect(people('Omar Haddad, a friend of Samir Nasser, was arrested in 2013.', 'en')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=other']);
    });

    it('reads "X is the brother of Y", «X هو شقيق Y» as kinship, not a share of Y\'s fate', () => {
      expect(people('Samir Nasser is the brother of Omar Haddad, who disappeared in 2013.', 'en')).toEqual(['Samir Nasser=relative', 'Omar Haddad=missing']);
      expect(people("Fatima Ali est la mère d'Omar Haddad, arrêté en 2012.", 'fr')).toEqual(['Fatima Ali=relative', 'Omar Haddad=detainee']);
      expect(people('سمير ناصر هو شقيق محمد الحداد المختفي قسرياً منذ عام 2013.', 'ar')).toEqual(['سمير ناصر=relative', 'محمد الحداد=missing']);
    });

    it('reads one arrested before 2000 and never said to be held still as missing', () => {
      expect(people('Omar Haddad a été arrêté en 1985 à un barrage syrien à Beyrouth.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل محمد الحداد عام 1982 في حماة.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Omar Haddad, arrested in 1987, is still held in Saydnaya.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad was arrested in 1985 and released in 1995.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was arrested in 2012 at a checkpoint in Damascus.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads the year of «fait prisonnier», «emmené», «séquestré» as the arrest year', () => {
      const year = (text: string) => extractMentions(text, 'fr')[0]?.attributes.arrestYear;
      expect(year("Le 13 octobre 1990, Omar Haddad, soldat de l'armée libanaise, a été fait prisonnier par l'armée syrienne.")).toBe(1990);
      expect(year('Omar Haddad a été emmené par les soldats syriens le 13 octobre 1990.')).toBe(1990);
      expect(year('Omar Haddad a été séquestré par des hommes armés en 2013 près d’Alep.')).toBe(2013);
    });

    it('reads «الناطق الرسمي باسم الوزارة» as a title, and «مثل», «حين», «رضيعة», «إصابة», «الموجود» as no part of a name', () => {
      expect(people('وقال الناطق الرسمي باسم الوزارة سفيان القضاة إن المواطن محمد الحداد اختفى عام 2013.', 'ar')).toEqual([
        'سفيان القضاة=official',
        'محمد الحداد=missing',
      ]);
      expect(people('ندعو إلى الإفراج عن أمهات مثل رانيا الحداد.', 'ar')).toEqual(['رانيا الحداد=detainee']);
      expect(people('اعتقلتها قوات النظام مع أطفالها الستة، وكانت ليان رضيعة حين اعتقالها.', 'ar')).toEqual([]);
      expect(people('وتوفي إثر إصابة الزعبي بفيروس كورونا.', 'ar')).toEqual([]);
      expect(people('تواصلنا مع ابن بطرس خوند الأستاذ رواد خوند الموجود في الولايات المتحدة.', 'ar').map((p) => p.split('=')[0])).toEqual([
        'بطرس خوند',
        'رواد خوند',
      ]);
    });

    it('reads a town or a country set free ("Raqqa was declared liberated", «la libération du pays», a "liberated area") as no release', () => {
      expect(people('Omar Haddad and Samir Nasser were kidnapped in a “liberated area” by an unknown group.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Soon after Raqqa was declared liberated from the Islamic State, journalist Omar Haddad sat in front of his laptop.', 'en')).toEqual([
        'Omar Haddad=other',
      ]);
      expect(people("Mais depuis la libération du pays par les rebelles, l'espoir d'Omar Haddad renaît.", 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Omar Haddad was liberated from Saydnaya prison on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("La libération d'Omar Haddad a eu lieu dimanche.", 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "fear of death", "either dead or", «peur de la mort» as no death, and «ont toujours nié la détention de» as missing', () => {
      expect(people('Pour Omar Haddad, cette expérience a été marquée par la peur constante de la mort.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('"My brain is telling me they\'re either dead or with the regime," Omar Haddad said.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people("Les autorités syriennes ont toujours nié la détention d'Omar Haddad.", 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people("Omar Haddad a été arrêté en 2012. Les autorités syriennes nient l'avoir arrêté et placé en détention.", 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
    });

    it('reads "(en arabe : عمر الحداد)" as the same man in Arabic, and "By Fatima Ali - Dec 10,2024" under a headline as the writer', () => {
      expect(people('Omar Haddad (en arabe : عمر الحداد) a été arrêté en 2012.', 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('Omar Haddad (Arabic: عمر الحداد) was arrested in 2012.', 'en')).toEqual(['Omar Haddad=detainee']);
      const text =
        'Jordanian freed from Syrian jail after 38 years\nBy Fatima Ali - Dec 10,2024 - Last updated at Dec 10,2024\nOmar Haddad, who was detained in Syria for 38 years, arrived home on Tuesday.';
      expect(people(text, 'en')[0]).toBe('Fatima Ali=other');
    });

    it('reads "from X to Y" after a word of movement as a journey, not a hometown', () => {
      expect(hometownOf('نقل المعتقل محمد الحداد من حمص إلى دمشق عام 2013.', 'ar')).toBeNull();
      expect(hometownOf('Omar Haddad was arrested while traveling from Aleppo to Damascus in 2013.', 'en')).toBeNull();
      expect(hometownOf('محمد الحداد من داريا إلى صيدنايا: رحلة عذاب.', 'ar')).toBe('داريا');
      expect(hometownOf('اعتقل محمد الحداد من داريا عام 2013.', 'ar')).toBe('داريا');
    });

    it('reads a card — a name alone on its line, then "Âge : 61 ans", «المدينة: داريا» fields — as that name’s attributes', () => {
      const text =
        'Omar Haddad\nÂge : 61 ans\nLieu de résidence : Chekka\nDate de l’arrestation : 3 décembre 1992\nDate de libération : 8 décembre 2024\n\nSamir Nasser\nÂge : 55 ans\nLieu de résidence : Tacheh\nDate de l’arrestation : 1985\nDate de libération : 8 décembre 2024';
      const cards = extractMentions(text, 'fr').map((m) => [m.name, m.role, m.attributes.age, m.attributes.hometown, m.attributes.arrestYear]);
      expect(cards).toEqual([
        ['Omar Haddad', 'released', 61, 'Chekka', 1992],
        ['Samir Nasser', 'released', 55, 'Tacheh', 1985],
      ]);
      const ar = 'محمد الحداد\nالعمر: 35 عاماً\nالمدينة: داريا\nتاريخ الاعتقال: 2013\n\nسمير ناصر\nالعمر: 40 عاماً\nالمدينة: دوما\nتاريخ الاعتقال: 2012';
      expect(extractMentions(ar, 'ar').map((m) => [m.attributes.age, m.attributes.hometown, m.attributes.arrestYear])).toEqual([
        [35, 'داريا', 2013],
        [40, 'دوما', 2012],
      ]);
    });

    it('reads "has been seized" as an arrest, «la famille Haddad» and "the Haddad family" as no person, "cameraman" as a title', () => {
      expect(people('Video activist Omar Haddad has been seized by the Syrian government.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('La famille Haddad de Hardine a organisé un sit-in pour Omar Haddad, enlevé en 2013.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Members of the Haddad family protested on Saturday.', 'en')).toEqual([]);
      expect(people('Fatima Ali, fiancée du cameraman disparu Omar Haddad, a démenti la nouvelle.', 'fr')).toEqual([
        'Fatima Ali=relative',
        'Omar Haddad=missing',
      ]);
    });

    it('reads freed people who are a source ("according to freed hostages", «selon des détenus libérés») as no release of the name', () => {
      expect(people('According to freed hostages, Omar Haddad is still alive.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Selon des otages libérés, Omar Haddad serait toujours en vie.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Testimonies from some freed detainees say Omar Haddad is still alive.', 'en')).toEqual(['Omar Haddad=other']);
      expect(people('Rebels freed hostages, among them Omar Haddad.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Parmi les otages libérés figure Omar Haddad.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('ومن بين المعتقلين المحررين محمد الحداد.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "X, the journalist\'s brother" as kin, unless a role word follows the apposition', () => {
      const text =
        "In 2016, government forces arrested Omar Haddad while he was covering clashes in Douma, according to Samir Haddad, the journalist's brother, who spoke to CPJ.";
      expect(people(text, 'en')).toEqual(['Omar Haddad=detainee', 'Samir Haddad=relative']);
      expect(people("Samir Haddad, the detainee's brother, said the family had no news.", 'en')).toEqual(['Samir Haddad=relative']);
      expect(people("Samir Haddad, the journalist's brother, was arrested in 2013.", 'en')).toEqual(['Samir Haddad=detainee']);
    });

    it('reads leaving home («بعد خروجه من منزله») as no release and a clinic («من عيادته») as no hometown', () => {
      expect(people('قالت العائلة إن محمد الحداد اختفى بعد خروجه من منزله بحي الكورنيش في القامشلي.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Omar Haddad disappeared after leaving his home in Qamishli.', 'en')).toEqual(['Omar Haddad=missing']);
      const clinic = extractMentions('اختطف مجهولون الطبيب محمد الحداد من عيادته التي يعمل بها في منطقة الشعار.', 'ar');
      expect(clinic.map((m) => [m.name, m.role, m.attributes.hometown])).toEqual([['محمد الحداد', 'missing', null]]);
      expect(hometownOf('اعتقل محمد الحداد من منزله في داريا عام 2013.', 'ar')).toBe('داريا');
    });

    it('reads no person inside a body’s name («تجمع أحرار حوران»), after a mosque («مسجد أبو الرهج»), in «نظام الأسد», and no death in a charge of killing', () => {
      expect(people('تزف مؤسسة تجمع أحرار حوران نبأ استشهاد محمد الحداد، المعروف باسم "محمد أبو حوران"، تحت التعذيب في سجن صيدنايا.', 'ar')).toEqual([
        'محمد الحداد=dead',
        'محمد أبو حوران=dead',
      ]);
      expect(people('وكانا يتبعان لفصيل الجبهة الوطنية للتحرير، ثم اعتقل محمد الحداد عام 2020.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('أفضت المداهمات قرب مسجد أبو الرهج إلى اعتقال ستة شبان، عرف منهم محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('قال سمير ناصر إن الاتصالات مع مسؤولي نظام الأسد لم تسفر عن أي معلومات.', 'ar')).toEqual(['سمير ناصر=other']);
      expect(people('اعتقل محمد الحداد عام 2013 بتهمة قتل ضابط.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اختطف مسلحون الطبيب محمد الحداد من أمام منزله.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('reads "a former political prisoner" who is arrested as held, and a former detainee telling his story as out', () => {
      expect(people('Omar Haddad, a former political prisoner, was arrested on Monday.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("L'opposant Omar Haddad, un ancien détenu politique originaire de Banias, est en détention depuis le 4 avril.", 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('اعتقلت قوات الأمن المعتقل السابق محمد الحداد يوم الإثنين.', 'ar')).toEqual(['محمد الحداد=detainee']);
      const list =
        'La FIDH a appris que les personnes suivantes ont été arrêtées : M. Omar Haddad, membre du parti ; M. Samir Nasser, ancien prisonnier politique ; M. Karim Saleh, militant.';
      expect(people(list, 'fr')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee', 'Karim Saleh=detainee']);
      expect(people('Omar Haddad, a former detainee, said he was arrested in 2012 and held in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('روى المعتقل السابق محمد الحداد كيف اعتقل على حاجز عام 2012.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads the held and the missing in a body’s name («Soutien aux Libanais détenus», «l’Association des détenus et des personnes disparues») as no cue', () => {
      expect(people('Selon Solide (Soutien aux Libanais détenus et exilés), Omar Haddad a été enlevé en 1985 à Tripoli.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(
        people(
          "Omar Haddad, l'un des fondateurs de l'Association des détenus et des personnes disparues de la prison de Saidnaya, a passé 21 ans en prison.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=released']);
      expect(people("L'Association syrienne pour les disparus et les détenus d'opinion a identifié Omar Haddad parmi les photos de César.", 'fr')).toEqual([
        'Omar Haddad=dead',
      ]);
    });

    it('reads «a résumé» as speech, the head of an observatory or a programme as a title, and a name after «café», «mosquée» as a place', () => {
      const text =
        "La famille d'Omar Haddad n'a obtenu aucune information sur son sort depuis son arrestation. « Les autorités doivent révéler où il se trouve », a résumé Fatima Ali, directrice du programme Moyen-Orient d'Amnesty International.";
      expect(people(text, 'fr')).toEqual(['Omar Haddad=missing', 'Fatima Ali=other']);
      expect(
        people("Le président de l'Observatoire syrien des droits de l'Homme, Samir Nasser, n'est pas surpris par cette arrestation d'Omar Haddad.", 'fr'),
      ).toEqual(['Samir Nasser=other', 'Omar Haddad=detainee']);
      expect(people("Nous savons juste qu'il a été arrêté jeudi dans le café Havana, à Damas.", 'fr')).toEqual([]);
      expect(people('Ils ont été arrêtés devant la mosquée Anas bin Malek à Daraya.', 'fr')).toEqual([]);
      expect(people("Les forces de sécurité ont arrêté l'étudiant Omar Haddad en 2013.", 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "Among them, X." after a release of many, «la mise en liberté de», «l’un des deux … Omar Haddad» and «le corps torturé de»', () => {
      expect(people('Les rebelles ont libéré des milliers de détenus. Parmi eux, Omar Haddad.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('The group announced the release of 55 political prisoners. Among them was Omar Haddad.', 'en')).toEqual(['Omar Haddad=released']);
      const text =
        "Une association annonçait la mise en liberté de 55 détenus politiques, dont deux Libanais. L'un des deux a été identifié comme étant Omar Haddad. Ce dernier aurait été enlevé au Liban en 1995.";
      expect(people(text, 'fr')).toEqual(['Omar Haddad=released']);
      expect(people("Les vidéos du corps torturé d'Omar Haddad circulent sur Youtube.", 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('reads "a statement released this week" as no release and "either killed in detention or seen at …" as an unsure death', () => {
      expect(people('In a statement released this week, the Gulf Centre for Human Rights said Haddad died of torture wounds in detention.', 'en')).toEqual([
        'Haddad=dead',
      ]);
      const text =
        'His wife said there were rumors that Omar Haddad had been either killed in detention or seen at a military intelligence detention facility, but there is no evidence of his whereabouts.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('keeps "returned to Daraya after his release" a release: only a place set free before its participle is no one’s', () => {
      expect(people('Omar Haddad returned to Daraya after his release.', 'en')).toEqual(['Omar Haddad=released']);
      expect(hometownOf('Omar Haddad returned to his native village of Kafr Nabl after his release.', 'en')).toBe('Kafr Nabl');
      expect(people('La ville a été libérée en 2024 et Omar Haddad est revenu.', 'fr')).toEqual(['Omar Haddad=other']);
      expect(people('Soon after Raqqa was declared liberated, journalist Omar Haddad went home.', 'en')).toEqual(['Omar Haddad=other']);
    });

    it('reads a name after «معبر», «مطار», «مقهى» as the place’s', () => {
      expect(people('تم نقل محمد الحداد من دمشق إلى معبر جابر الحدودي حيث جرى تسليمه لذويه.', 'ar').map((p) => p.split('=')[0])).toEqual(['محمد الحداد']);
      expect(people('اعتقل محمد الحداد في مقهى أبو شفيق بدمشق عام 2013.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads a list after "were", its items described in brackets ("(a journalist)", "(former parliamentarian)"), as one list', () => {
      const text =
        'The twelve members sentenced on 29 October were Omar Haddad (a doctor), Ali Abdallah (a journalist), Riyad Seif (an industrialist and former parliamentarian), Fayez Sara (a journalist), Ahmad Taama (a doctor) and Jabr Al-Shufi (a civil servant).';
      expect(people(text, 'en').every((p) => p.endsWith('=detainee'))).toBe(true);
      expect(people(text, 'en').length).toBe(6);
      expect(people('Omar Haddad (a journalist), Samir Nasser (a doctor) and Karim Saleh were present at the meeting.', 'en')).not.toContain(
        'Omar Haddad=detainee',
      );
    });

    it('gives a call for the release of a list the abduction told after it: "negotiate the release of X and Y, abducted on 9 February"', () => {
      expect(people('Ils étaient partis pour négocier la libération de Omar Haddad et Samir Nasser, enlevés le 9 février.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Activists call for the release of Omar Haddad and Samir Nasser, who were abducted in Douma in December 2013.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Les militants réclament la libération de Omar Haddad et Samir Nasser, qui ont été enlevés à Douma en 2013.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('طالبوا بالإفراج عن محمد الحداد وسمير ناصر، المختطفين منذ عام 2013.', 'ar')).toEqual(['محمد الحداد=missing', 'سمير ناصر=missing']);
      // Held, not only abducted: the call says so.
      expect(people('They call for the release of Omar Haddad and Samir Nasser, arrested in 2012.', 'en')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=detainee',
      ]);
      // A relative clause in the singular is the later name's alone.
      expect(people('Fatima Ali and her son Omar Haddad, who vanished in 2015, were named.', 'en')).toContain('Omar Haddad=missing');
    });

    it('reads «de retour de la frontière» and «بعد عودته إلى مدينته» as a journey home, not a release', () => {
      expect(people('Omar Haddad, de retour de la frontière turque, a été enlevé le 9 février.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('اعتقل النظام محمد الحداد بعد عودته إلى مدينته القريتين في ريف حمص.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقل محمد الحداد بعد عودته إلى بلدته داريا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // Back from captivity, back to his family: released as before.
      expect(people('Omar Haddad est de retour de captivité après deux ans.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad, de retour de la prison de Saydnaya, raconte.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('فرحة كبيرة بعد عودته إلى أهله: محمد الحداد خرج من صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «إلى مدينة القريتين مسقط رأسه» and «أبناء بلدته يبرود» as the hometown', () => {
      expect(hometownOf('غادر محمد الحداد المخيم في عام 2020 إلى مدينة القريتين مسقط رأسه، ثم اعتقل.', 'ar')).toBe('القريتين');
      expect(hometownOf('اعتقل الأمن محمد الحداد، الأمر الذي أثار استنكار أبناء بلدته يبرود.', 'ar')).toBe('يبرود');
      // A town named as the place of arrest alone is still no hometown.
      expect(hometownOf('اعتقل محمد الحداد في مدينة داريا عام 2012.', 'ar')).toBeNull();
    });

    it('reads "breathed his last", «rendu son dernier souffle» as a death and "walked out of the house" as no release', () => {
      expect(people('Omar Haddad breathed his last after eight years in Syrian jails.', 'en')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad a rendu son dernier souffle dans la prison de Saydnaya.', 'fr')).toEqual(['Omar Haddad=dead']);
      expect(people('Omar Haddad walked out of the house with the armed men and was never seen again.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad walked out of Saydnaya prison on Sunday.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('reads "arrested at a checkpoint at the age of 18" as an age at arrest, not the age now (GUIDE.md: null)', () => {
      const ageOf = (text: string, lang: string) => extractMentions(text, lang)[0]?.attributes.age;
      expect(ageOf('Omar Haddad was arrested at a checkpoint at the age of 18.', 'en')).toBeNull();
      expect(ageOf("Omar Haddad a été arrêté à un poste de contrôle de l'armée syrienne à l'âge de 18 ans.", 'fr')).toBeNull();
      expect(ageOf("Omar Haddad est arrêté pour la première fois à l'âge de 15 ans, pour avoir manifesté.", 'fr')).toBeNull();
      // Another verb, or an apposition, between: the age is his.
      expect(ageOf('Omar Haddad was arrested in 2012 and died at the age of 45.', 'en')).toBe(45);
      expect(ageOf('Omar Haddad was released from Saydnaya at the age of 45.', 'en')).toBe(45);
      expect(ageOf('وكانت الشرطة قد اعتقلت فاطمة علي البالغة من العمر 31 سنة عند الحدود يوم الأحد.', 'ar')).toBe(31);
    });

    it('reads "until the release of", «حتى إطلاق سراح», «jusqu’à la libération de» as a release awaited, not one that came', () => {
      expect(people('The families will keep protesting until the release of Omar Haddad.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people("Les familles manifesteront jusqu'à la libération de Omar Haddad.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people('أغلق الأهالي الطرقات احتجاجا على اعتقال محمد الحداد وسمير ناصر، معلنين استمرارهم بالاحتجاج حتى إطلاق سراح المعتقلين.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'سمير ناصر=detainee',
      ]);
      // A release that came: a year after it, a detention told right before "until", or a verb, not a noun.
      expect(people('Omar Haddad was held in Saydnaya until the release of the prisoners in 2015.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad was held in Saydnaya until the release of the prisoners.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('بقي محمد الحداد في سجن صيدنايا حتى الإفراج عنه عام 2015.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('بقي محمد الحداد في سجن صيدنايا حتى أفرج عنه.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «يصف», «يتحدث», «يحكي» as speech, and a present speech verb right after the name as the speaker’s own story', () => {
      expect(people('يصف محمد الحداد من مدينة الباب رحلة اعتقاله في سجن تدمر.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('يتحدث محمد الحداد عن سنوات اعتقاله في سجن تدمر.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('الشابة فاطمة علي، تتحدث عن تجربة اعتقالها، بعد أن نزحت من مدينتها حمص.', 'ar')).toEqual(['فاطمة علي=released']);
      // Of someone else: not her own story.
      expect(people('الشابة فاطمة علي، تتحدث عن اعتقال ابنها في سجن تدمر.', 'ar')).not.toContain('فاطمة علي=released');
    });

    it('reads «qui vont être libérés», «sera parmi» as a release to come: "I pray he will be among the prisoners to be freed"', () => {
      expect(people('Je prie pour que Omar Haddad soit parmi les prisonniers qui vont être libérés par la Syrie.', 'fr')).toEqual(['Omar Haddad=detainee']);
      const text =
        "«Je ne sais pas si mon fils Omar est mort ou vivant. Je prie pour qu'il soit parmi les prisonniers qui vont être libérés par la Syrie», confie Fatima Ali.";
      expect(people(text, 'fr')).toEqual(['Omar=missing', 'Fatima Ali=relative']);
      // Freed: as before.
      expect(people('Omar Haddad fait partie des prisonniers qui ont été libérés par la Syrie.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('keeps those "still" held («détient toujours») out of a release of others told before them', () => {
      const text =
        "Le groupe a relâché les soldats en plusieurs fois. L'on pense que le groupe détient toujours Karim Saleh, Omar Haddad et Samir Nasser, tous membres des forces libanaises.";
      expect(people(text, 'fr')).toEqual(['Karim Saleh=detainee', 'Omar Haddad=detainee', 'Samir Nasser=detainee']);
      expect(people('Le groupe a relâché les soldats. Omar Haddad est toujours détenu.', 'fr')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "contact was lost with X", «le contact a été perdu avec X» as missing and «هما» as no part of a name', () => {
      expect(people('Le contact a été perdu avec Omar Haddad et son équipe le 14 octobre dernier.', 'fr')).toEqual(['Omar Haddad=missing']);
      expect(people('Contact was lost with Omar Haddad and his team on 14 October.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('داهمت قوات الأمن القرية واعتقلت مواطنين، والمعتقلان هما محمد الحداد وسمير ناصر.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'سمير ناصر=detainee',
      ]);
    });

    it('reads «من أهالي القرية» (of the people of the village) as the village named before with «قرية»', () => {
      expect(hometownOf('داهمت قوات الأمن قرية كاوندا واعتقلت محمد الحداد وهو من أهالي القرية.', 'ar')).toBe('كاوندا');
      // Not the region in a body's name, for want of a village named with its type word.
      expect(hometownOf('وذكر "تجمع أحرار حوران" أن قوات الأمن اعتقلت محمد الحداد من أهالي البلدة.', 'ar')).toBeNull();
    });

    it('reads «على حافة الموت», "on the brink of death", «au bord de la mort» as no death', () => {
      const text = 'يروي المعتقل المحرر محمد الحداد من محافظة اللاذقية تفاصيل ما عاشه خلال سنوات الاحتجاز، واصفاً تلك التجربة بـ"الحياة على حافة الموت".';
      expect(people(text, 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad, a freed detainee, describes years on the brink of death in Saydnaya.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad est mort en détention, au bord de la mort depuis des mois.', 'fr')).toEqual(['Omar Haddad=dead']);
    });

    it('reads a former detainee later abducted as missing, and «قضت أربع سنوات» as no date of death', () => {
      expect(people('Activist Fatima Ali, a former detainee who spent four years in Adra prison, was abducted in Douma in 2013.', 'en')).toEqual([
        'Fatima Ali=missing',
      ]);
      const text = 'اختطفت الناشطة فاطمة علي، المعتقلة السابقة التي قضت أربع سنوات في سجن عدرا، في دوما عام 2013.';
      expect(people(text, 'ar')).toEqual(['فاطمة علي=missing']);
      expect(extractMentions(text, 'ar')[0].attributes.deathDate).toBeNull();
      // Freed after the abduction, or held again: as before.
      expect(people('Fatima Ali, a former detainee, was abducted in 2013 and freed a month later.', 'en')).toEqual(['Fatima Ali=released']);
      expect(people('Fatima Ali, a former detainee who spent four years in Adra prison, was arrested again in 2013.', 'en')).toEqual(['Fatima Ali=detainee']);
    });

    it('reads "her detention lasted seven months", «sa détention a duré sept mois» as a detention that ended', () => {
      expect(people('Fatima Ali was arrested in 2013. Her detention lasted seven months.', 'en')).toEqual(['Fatima Ali=released']);
      expect(people('Fatima Ali a été arrêtée en 2013. Sa détention a duré sept mois.', 'fr')).toEqual(['Fatima Ali=released']);
      expect(people('Arrêtée en 2013, Fatima Ali garde des traces de sa détention, qui aura duré sept mois au total.', 'fr')).toEqual(['Fatima Ali=released']);
      // Still going: held.
      expect(people('Fatima Ali was arrested in 2013. Her detention has lasted seven years.', 'en')).toEqual(['Fatima Ali=detainee']);
    });

    it('reads "spent those years in Syrian prisons", «وقضى تلك السنوات في السجون» as a term served, not a death', () => {
      expect(people('Omar Haddad disappeared in 1986 and spent those years in Syrian prisons.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Omar Haddad a disparu en 1986 et a passé ces années dans les prisons syriennes.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('اختفى محمد الحداد منذ عام 1986، وقضى تلك السنوات في السجون السورية دون تهمة.', 'ar')).not.toContain('محمد الحداد=dead');
      expect(people('قضى محمد الحداد تحت التعذيب في سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=dead']);
    });

    it('reads «عودته الى مخيّم النيرب» as a return home and «بلدة شكا (قضاء البترون) استقبلت ابنها» as his town', () => {
      expect(people('تم اعتقال محمد الحداد أثناء عودته الى مخيّم النيرب قادماً من اللاذقية.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(hometownOf('استقبلت بلدة شكا (قضاء البترون بمحافظة الشمال) ابنها الأسير المحرر محمد الحداد.', 'ar')).toBe('شكا');
    });

    it('reads «Omar Haddad du camp de Neirab» as his hometown, the «du» right after the name', () => {
      expect(hometownOf('Omar Haddad du camp de Neirab a été tué sous la torture dans les prisons du régime.', 'fr')).toBe('Neirab');
      expect(hometownOf('Omar Haddad, du camp de Neirab, a été tué sous la torture.', 'fr')).toBe('Neirab');
      // Not a camp named elsewhere in the text.
      expect(hometownOf('Le procès du camp de Neirab a eu lieu. Omar Haddad a été tué sous la torture.', 'fr')).toBeNull();
    });

    it('reads an origin at the end of a longer apposition ("a Lebanese man missing for 39 years and originally from Tacheh")', () => {
      expect(hometownOf('Omar Haddad, a Lebanese man missing for 39 years and originally from Tacheh, was identified by villagers.', 'en')).toBe('Tacheh');
      expect(hometownOf("Il s'agirait d'Omar Haddad, un Libanais porté disparu depuis 39 ans et originaire de Tacheh, dans le Akkar.", 'fr')).toBe('Tacheh');
      expect(hometownOf('Omar Haddad, un Palestinien du camp de réfugiés voisin de Chatila, a été détenu pendant un mois.', 'fr')).toBe('Chatila');
    });

    it('reads "a trace of his brother Karim", «une trace de son frère Karim» as a search for the missing brother', () => {
      expect(people('Samir Nasser came to Damascus to find a trace of his brother Karim Nasser and four of his cousins.', 'en')).toEqual([
        'Samir Nasser=relative',
        'Karim Nasser=missing',
      ]);
      expect(people("Samir Nasser est venu jusqu'à Damas pour trouver une trace de son frère Karim Nasser et de quatre de ses cousins.", 'fr')).toEqual([
        'Samir Nasser=relative',
        'Karim Nasser=missing',
      ]);
    });

    it('lets a kinsman taken along share the lot past a word that describes him («ainsi que son fils handicapé, Karim»)', () => {
      expect(people('Des hommes armés ont enlevé Omar Haddad ainsi que son fils handicapé, Karim Haddad.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Karim Haddad=missing',
      ]);
      expect(people('Des hommes armés ont enlevé Omar Haddad, âgé de 57 ans, ainsi que son fils handicapé, Karim, du village de Yelanqoz.', 'fr')).toEqual([
        'Omar Haddad=missing',
        'Karim=missing',
      ]);
    });

    it("reads «Il s'agit de X» as the one the sentence before told of without naming, and «et de sa fille Y» as taken too", () => {
      expect(
        people(
          "Cinq autres réfugiés palestiniens habitant à Daraya ont été arrêtés en 2013. Il s'agit d'Omar Haddad, de Samir Nasser et de Karim Saleh.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee', 'Karim Saleh=detainee']);
      expect(people("Un homme a été tué sous la torture dans la prison de Saydnaya. Il s'agit d'Omar Haddad, 34 ans, originaire de Daraya.", 'fr')).toEqual([
        'Omar Haddad=dead',
      ]);
      expect(
        people(
          "Ce Libanais a été libéré il y a trois mois après 27 ans de détention.\n\nSelon la presse libanaise, il s'agit d'Omar Haddad, un ex-combattant.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=released']);
      expect(people("Des hommes armés ont enlevé un père et sa fille. Il s'agit d'Omar Haddad et de sa fille Fatima Haddad.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Fatima Haddad=missing',
      ]);
      // Not after a sentence that speaks of no one taken, nor after one that names the one it tells of.
      expect(people("La conférence s'est tenue à Genève. Il s'agit d'Omar Haddad et de Samir Nasser.", 'fr')).toEqual([
        'Omar Haddad=other',
        'Samir Nasser=other',
      ]);
      expect(people("Omar Haddad a été arrêté en 2013. Il s'agit de Samir Nasser, son avocat, qui a donné l'alerte.", 'fr')).toEqual([
        'Omar Haddad=detainee',
        'Samir Nasser=other',
      ]);
    });

    it('gives a pair the hometown of a next sentence that says «إنهما ينحدران من» wherever the dual stands', () => {
      const text =
        'أبلغت عائلة الشقيقين محمد وسمير الحداد عن فقدانهما في منطقة الرساس.\n\nوقالت العائلة لـ"زمان الوصل" إنهما ينحدران من مدينة بصرى الشام في ريف درعا.';
      expect(extractMentions(text, 'ar').map((m) => `${m.name}=${m.role}:${m.attributes.hometown}`)).toEqual([
        'محمد=missing:بصرى الشام',
        'سمير الحداد=missing:بصرى الشام',
      ]);
      // One person's sentence is not the pair's.
      expect(hometownOf('فقد الاتصال بمحمد الحداد منذ عام 2013. وقالت العائلة لـ"زمان الوصل" إنه ينحدر من مدينة بصرى الشام.', 'ar')).toBe('بصرى الشام');
    });

    it('reads «a poursuivi ce travail» as going on with a work, not as a speech verb; «», a poursuivi X» still speaks', () => {
      expect(people("Omar Haddad a poursuivi ce travail jusqu'à son arrestation en 2012.", 'fr')).toEqual(['Omar Haddad=detainee']);
      expect(people("« Nous n'avons aucune nouvelle », a poursuivi Samir Nasser. Omar Haddad a été arrêté en 2012.", 'fr')).toEqual([
        'Samir Nasser=other',
        'Omar Haddad=missing',
      ]);
    });

    it('reads a photo credit ("Courtesy X", "Photo courtesy of X", «Crédit photo : X») as the photographer, not one more of the post', () => {
      const caption = 'Omar Haddad went missing in 2012 and was found dead among the Caesar images. Courtesy Samir Nasser';
      expect(people(caption, 'en')).toEqual(['Omar Haddad=dead', 'Samir Nasser=other']);
      expect(people('Omar Haddad went missing in 2012 and was found dead among the Caesar images. Photo courtesy of Samir Nasser', 'en')).toEqual([
        'Omar Haddad=dead',
        'Samir Nasser=other',
      ]);
      expect(people('Omar Haddad a disparu en 2012 et a été retrouvé mort parmi les photos César. Crédit photo : Samir Nasser', 'fr')).toEqual([
        'Omar Haddad=dead',
        'Samir Nasser=other',
      ]);
    });

    it('reads «vient de passer deux mois dans les prisons» and "spent two months in the regime\'s prisons" as a term served', () => {
      expect(people('Omar Haddad vient de passer deux mois dans les prisons du régime.', 'fr')).toEqual(['Omar Haddad=released']);
      expect(people("Omar Haddad spent two months in the regime's prisons.", 'en')).toEqual(['Omar Haddad=released']);
      // A term to come is none.
      expect(people('Omar Haddad va passer deux ans en prison.', 'fr')).not.toContain('Omar Haddad=released');
    });

    it('lets the sentence after a name tell of him though it names the ruler a regime is named after («prisons du régime de Bachar el-Assad»)', () => {
      expect(people('Omar Haddad a le regard sombre. Il vient de passer deux mois dans les prisons du régime de Bachar el-Assad.', 'fr')).toEqual([
        'Omar Haddad=released',
        'Bachar el-Assad=official',
      ]);
      expect(people('Omar Haddad looks tired. He spent two months in the prisons of the regime of Bashar al-Assad.', 'en')).toEqual([
        'Omar Haddad=released',
        'Bashar al-Assad=official',
      ]);
      // A public figure who acts in that sentence still stands between.
      expect(people('Omar Haddad a le regard sombre. Bachar el-Assad a ordonné sa libération.', 'fr')).not.toContain('Omar Haddad=released');
    });

    it('never reads a number and a people («Deux Palestiniens», «Trois Kurdes», "Six Yazidis") as a person', () => {
      expect(people('Deux Palestiniens sont morts sous la torture hier.', 'fr')).toEqual([]);
      expect(people('Trois Kurdes ont été enlevés à Afrin lundi.', 'fr')).toEqual([]);
      const text = 'Six Yazidis from the village of Qibar are still detained. The detained Yazidis are: Omar Haddad, Samir Nasser.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee']);
    });

    it('reads «نبأ» (news) after a name as no part of it: «تلقت أم محمد نبأ وفاة ابنها محمد»', () => {
      expect(people('تلقت أم محمد نبأ وفاة ابنها محمد الذي اعتقل في دمشق عام 2013.', 'ar')).toEqual(['أم محمد=relative', 'محمد=dead']);
      expect(people('تلقى سمير ناصر نبأ وفاة شقيقه محمد الحداد في سجن صيدنايا.', 'ar')).toEqual(['سمير ناصر=relative', 'محمد الحداد=dead']);
    });

    it('reads «من منزله الكائن في حي الأشرفية» (his home located in) as the stated home, like «من منزله في»', () => {
      expect(hometownOf('أقدمت الشرطة على اعتقال المواطن محمد الحداد من منزله الكائن في حي الأشرفية واقتادته إلى جهة مجهولة.', 'ar')).toBe('الأشرفية');
      expect(hometownOf('قام مسلحون باختطاف الصحافي محمد الحداد من أمام منزله الكائن في قرية الترنية بريف إدلب.', 'ar')).toBe('الترنية');
    });

    it('reads «Ce druze originaire de Hasbaya» opening the next sentence as a description of the one person of the post', () => {
      expect(hometownOf('Omar Haddad est détenu depuis 1987 en Syrie. Ce druze originaire de Hasbaya a été accusé de collaboration.', 'fr')).toBe('Hasbaya');
      expect(hometownOf('Omar Haddad est détenu depuis 1987 en Syrie. Ce Libanais originaire de Hasbaya a été accusé de collaboration.', 'fr')).toBe('Hasbaya');
      // Not a place name opening the description.
      expect(hometownOf('Omar Haddad est détenu depuis 1987 en Syrie. Ce Beyrouth originaire de Hasbaya a été accusé.', 'fr')).toBeNull();
    });

    it('reads "The names of the civilians are: …" like «Il s\'agit de»: the names the sentence before told of', () => {
      const text =
        'Mercenaries raided the village and kidnapped 9 civilians on Wednesday. The names of the civilians are: Omar Haddad (60), Samir Nasser (53) and Karim Saleh (37).';
      expect(people(text, 'en')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing', 'Karim Saleh=missing']);
      const semicolon =
        'Mercenaries raided the village and kidnapped 9 civilians on Wednesday. Names of these civilians are; Omar Haddad (60), Samir Nasser (53).';
      expect(people(semicolon, 'en')).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
      // Not after a sentence that tells of no one taken.
      expect(people('The committee met in Geneva on Wednesday. The names of its members are: Omar Haddad and Samir Nasser.', 'en')).not.toContain(
        'Omar Haddad=missing',
      );
    });

    it('reads a detention only thought likely ("was probably held", «était probablement détenu») as missing, like "believed to be held"', () => {
      expect(people("Il a appris qu'Omar Haddad était probablement détenu par les services de renseignement de l'armée de l'air.", 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('He learned that Omar Haddad was probably held by Air Force Intelligence.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad is likely being held in Saydnaya, his family believes.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad is held by Air Force Intelligence.', 'en')).toEqual(['Omar Haddad=detainee']);
    });

    it('reads "registered as deceased" like "registered as dead": a death, outweighed by a release after it', () => {
      expect(people('Omar Haddad was arrested in 2013. His family learned that he was registered as deceased in the civil registry.', 'en')).toEqual([
        'Omar Haddad=dead',
      ]);
      expect(people('Omar Haddad was registered as deceased in 2015, but he walked out of Saydnaya alive in December 2024.', 'en')).toEqual([
        'Omar Haddad=released',
      ]);
    });

    it('reads a release asked as a ransom\'s price («فدية مالية مقابل الإفراج عنه», "a ransom … for his release") as none', () => {
      const ar = 'قام عناصر الفصيل باعتقال محمد الحداد ثم اقتياده لمدينة أعزاز، مع مطالبة ذويه بفدية مالية قدرها 20 مليون ليرة سورية مقابل الإفراج عنه.';
      expect(people(ar, 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اختطفت مجموعة مسلحة محمد الحداد، ويجري احتجازه بغرض تحصيل فدية مالية مقابل إطلاق سراحه.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('Gunmen abducted Omar Haddad and demanded a ransom of $20,000 for his release.', 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Des hommes armés ont enlevé Omar Haddad et exigent une rançon de 20 000 dollars en échange de sa libération.', 'fr')).toEqual([
        'Omar Haddad=missing',
      ]);
      expect(people('وقال سمير ناصر إن مساعي إطلاق سراح محمد الحداد باءت بالفشل.', 'ar')).toEqual(['سمير ناصر=other', 'محمد الحداد=detainee']);
      // Freed for a ransom: a release.
      expect(people('أفرج عن محمد الحداد مقابل فدية مالية قدرها 20 مليون ليرة.', 'ar')).toEqual(['محمد الحداد=released']);
      expect(people('Omar Haddad a été libéré contre une rançon de 2 500 dollars.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "one of the freed detainees, X," «L\'un des détenus, X,» and "the inmate X" as the held or freed one who tells his story', () => {
      expect(people('One of the freed detainees, Omar Haddad, recalls the day rebels opened the cell.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people("L'un des détenus, Omar Haddad, se souvient du jour où les rebelles ont ouvert la cellule.", 'fr')).toEqual(['Omar Haddad=released']);
      expect(people('The inmate Omar Haddad recalls the day rebels opened the cell.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('The inmate Omar Haddad was moved to Adra.', 'en')).toEqual(['Omar Haddad=detainee']);
      // A title's apposition before the comma is still no role: "One of the lawyers, Samir Nasser, said…".
      expect(people('One of the lawyers, Samir Nasser, recalls the day rebels opened the cell.', 'en')).toEqual(['Samir Nasser=other']);
    });

    it('never opens a name with the head word of a place ("Ain al-Mreisseh", «Deir Attiyeh», "Beit Lahm")', () => {
      const text =
        'Like every morning, Omar Haddad went to have coffee near the sea in Beirut, around Ain al-Mreisseh, before going to work. He never came home.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=missing']);
      expect(people('Omar Haddad a été arrêté à un barrage près de Deir Attiyeh en 2013.', 'fr')).toEqual(['Omar Haddad=detainee']);
      // A given name that is also a place's head («طل», "Tal") and a kunya still open a name.
      expect(people('Tal al-Mallouhi was arrested in 2009.', 'en')).toEqual(['Tal al-Mallouhi=detainee']);
      expect(people('Umm Omar was arrested in 2013.', 'en')).toEqual(['Umm Omar=detainee']);
    });

    it('never reads a faction («فصيل السلطان سليمان شاه», "Furqat al-Hamzat") as a person, and keeps a name after "The agency interviewed"', () => {
      expect(people('اختطف عناصر من فصيل السلطان سليمان شاه المواطن محمد الحداد في عفرين.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('Omar Haddad was abducted by Furqat al-Hamzat in Afrin.', 'en')).toEqual(['Omar Haddad=missing']);
      // A lower-case word after a body's word is a French adjective («le site palestinien»), not an English verb.
      expect(people('The agency interviewed Omar Haddad, a former detainee.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('The division invited Omar Haddad, a former detainee, to speak.', 'en')).toEqual(['Omar Haddad=released']);
      expect(people('Le site palestinien Maan a publié la nouvelle. Omar Haddad a été libéré.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads "They have been identified as X and Y" like «Il s\'agit de»: the ones the sentence before told of', () => {
      expect(people('Two men were abducted in Afrin on Monday. They have been identified as Omar Haddad and Samir Nasser.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Two men were abducted in Afrin on Monday. The men were identified as Omar Haddad and Samir Nasser.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      // Not after a sentence that speaks of no one taken.
      expect(people('Two men spoke at the conference. They were identified as Omar Haddad and Samir Nasser.', 'en')).not.toContain('Omar Haddad=missing');
    });

    it('reads "from the same city", «من المدينة نفسها», «du même village» as the hometown said just before', () => {
      const homes = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(
        homes(
          'Among those killed under torture were Omar Haddad, a student from the city of Daraa, Samir Nasser from the same city, and Karim Saleh from Raqqa.',
          'en',
        ),
      ).toEqual(['Omar Haddad=Daraa', 'Samir Nasser=Daraa', 'Karim Saleh=Raqqa']);
      expect(homes('وقضى تحت التعذيب محمد الحداد من مدينة داريا، وعمر الخطيب من المدينة نفسها، وسامر النجار من دوما.', 'ar')).toEqual([
        'محمد الحداد=داريا',
        'عمر الخطيب=داريا',
        'سامر النجار=دوما',
      ]);
      expect(homes('Parmi les morts sous la torture figurent Omar Haddad, originaire de Daraya, et Samir Nasser, du même village.', 'fr')).toEqual([
        'Omar Haddad=Daraya',
        'Samir Nasser=Daraya',
      ]);
      // With no town said before it, "the same city" names none.
      expect(homes('Samir Nasser, from the same city, was released.', 'en')).toEqual(['Samir Nasser=null']);
      // Not a name read as a place just before it («de Mgr Samir Nasser»): the town said for sure.
      expect(homes("Ils exigent la libération de Mgr Omar Haddad, évêque d'Alep, et de Mgr Samir Nasser, évêque de la même ville.", 'fr')).toEqual([
        'Omar Haddad=Alep',
        'Samir Nasser=Alep',
      ]);
    });

    it('reads no origin in "the western part of Idlib", «القسم الغربي من محافظة إدلب»: a part of a region', () => {
      expect(hometownOf('يعمل محمد الحداد مراسلاً في القسم الغربي من محافظة إدلب، وينحدر من بلدة دركوش. وقد اعتقل أمس.', 'ar')).toBe('دركوش');
      expect(hometownOf('Omar Haddad, a reporter in the western part of Idlib province, was arrested. He hails from Darkush.', 'en')).toBe('Darkush');
      expect(hometownOf('يعمل محمد الحداد مراسلاً في الجزء الشمالي من محافظة إدلب، وقد اعتقل أمس.', 'ar')).toBeNull();
      // A countryside is no part noun: «من الريف الغربي من حماة» still says where he is from.
      expect(hometownOf('اعتقل محمد الحداد من الريف الغربي من حماة.', 'ar')).toBe('حماة');
    });

    it("gives an unnamed group's origin («ثلاثة شبان من أبناء بلدة داعل», «Cinq réfugiés habitant à») to the names that say who they are", () => {
      const homes = (text: string, lang: string) => extractMentions(text, lang).map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(homes('اعتقلت قوات النظام ثلاثة شبان من أبناء بلدة داعل "محمد الحداد"، "عمر الخطيب"، "سامر النجار".', 'ar')).toEqual([
        'محمد الحداد=داعل',
        'عمر الخطيب=داعل',
        'سامر النجار=داعل',
      ]);
      // In the sentence before, when the names' own sentence names the group again.
      expect(
        homes(
          'اعتقل فصيل مسلح أمس شابين من أهالي بلدة داعل أثناء محاولتهما العبور. وقال مصدر محلي إن عناصر الفصيل أقدموا على اعتقال الشابين “محمد الحداد”، والشاب “عمر الخطيب”.',
          'ar',
        ),
      ).toEqual(['محمد الحداد=داعل', 'عمر الخطيب=داعل']);
      expect(
        homes(
          "Cinq autres réfugiés palestiniens habitant à Mesraba ont été arrêtés en 2013, il s'agit d'Omar Haddad, de Samir Nasser et de Karim Saleh.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=Mesraba', 'Samir Nasser=Mesraba', 'Karim Saleh=Mesraba']);
      expect(
        homes(
          "Cinq réfugiés palestiniens habitant à Mesraba ont été arrêtés en 2013. Il s'agit d'Omar Haddad (né en 1987) Samir Nasser (né en 1986) et Karim Saleh.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=Mesraba', 'Samir Nasser=Mesraba', 'Karim Saleh=Mesraba']);
      // Not past words that are no list: one named later with his own story is not of the group.
      const later = homes('اعتقلت قوات النظام شابين من أبناء بلدة داعل هما "محمد الحداد"، "عمر الخطيب"، كما أفرجت عن سامر النجار بعد عامين من اعتقاله.', 'ar');
      expect(later).toContain('عمر الخطيب=داعل');
      expect(later).toContain('سامر النجار=null');
    });

    it('gives a kinsman taken along ("arrested along with her husband, X") the lot of the one the sentence does not name', () => {
      expect(people('Fatima Ali was arrested on Monday in Douma. She was arrested on Monday in Douma along with her husband, Omar Haddad.', 'en')).toEqual([
        'Fatima Ali=detainee',
        'Omar Haddad=detainee',
      ]);
      expect(people('Fatima Ali a été arrêtée lundi à Douma. Cette avocate a été enlevée en compagnie de son mari, Omar Haddad.', 'fr')).toEqual([
        'Fatima Ali=detainee',
        'Omar Haddad=missing',
      ]);
      expect(people('اعتقلت فاطمة العلي يوم الاثنين في دوما. واقتيدت برفقة زوجها محمد الحداد إلى جهة مجهولة.', 'ar')).toContain('محمد الحداد=missing');
      // Talking with a kinsman, or a plea a few words before "with", takes no one along.
      expect(people('Fatima Ali was released on Monday. She spoke with her brother, Omar Haddad, by phone.', 'en')).toContain('Omar Haddad=relative');
      expect(people('البحث عن المعتقل علاء الجاسم. من لديه معلومات يتواصل مع أخته رنا.', 'ar')).toContain('رنا=relative');
    });

    it('reads «فقدت آثاره» (his traces were lost) and «لم يشاهد منذ» (not seen since) as missing', () => {
      expect(people('علمت العائلة أن نجلها محمد الحداد الذي فقدت آثاره منذ عام 1982 لا يزال على قيد الحياة.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('خرج محمد الحداد من بيته في صحنايا متجهاً إلى عمله، ولم يشاهد منذ ذلك اليوم.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('خرج محمد الحداد برفقة صديق له يدعى عمر الخطيب. لم يُشاهد أي منهما منذ ذلك اليوم.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'عمر الخطيب=missing',
      ]);
    });

    it('reads no hometown in a movement or a text named after a town («Printemps de Damas», "the Damascus Declaration")', () => {
      expect(hometownOf('Omar Haddad, figure du Printemps de Damas, a été arrêté en 2001.', 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad, a leading figure of the Damascus Spring, was arrested in 2001.', 'en')).toBeNull();
      expect(hometownOf("Sept signataires de la Déclaration de Damas ont été arrêtés. Il s'agit d'Omar Haddad et de Samir Nasser.", 'fr')).toBeNull();
      expect(hometownOf('Omar Haddad, from Damascus, was arrested in the spring of 2001.', 'en')).toBe('Damascus');
    });

    it('never reads an office or a text («Présidente du Conseil de la Déclaration») as a name in a list', () => {
      const text =
        "Sept militants ont été arrêtés en décembre. Il s'agirait de :\n  • Madame le Docteur Fatima Ali, Présidente du Conseil de la Déclaration de Damas\n  • Docteur Omar Haddad, Secrétaire\n  • Monsieur Samir Nasser";
      expect(people(text, 'fr')).toEqual(['Fatima Ali=detainee', 'Omar Haddad=detainee', 'Samir Nasser=detainee']);
    });

    it('joins a name to the next past where its title is held (", reporter à l\'hebdomadaire Le Point, et", ", a reporter for Europe 1, and")', () => {
      expect(people("Omar Haddad, reporter à l'hebdomadaire Le Point, et Samir Nasser, photographe indépendant, avaient été enlevés à Raqqa.", 'fr')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      expect(people('Omar Haddad, a reporter for Europe 1, and photographer Samir Nasser were abducted near Aleppo.', 'en')).toEqual([
        'Omar Haddad=missing',
        'Samir Nasser=missing',
      ]);
      // A capitalised word after a title with no "for", «à» is not its place: the name before keeps its own lot.
      expect(people('According to Omar Haddad, a researcher at Human Rights Watch, Samir Nasser was abducted near Aleppo.', 'en')).toEqual([
        'Omar Haddad=other',
        'Samir Nasser=missing',
      ]);
    });

    it('reads a term served past an adjective between the number and the unit ("four harrowing years", «quatre longues années»)', () => {
      expect(people('"They destroyed our memories," said Omar Haddad, a Lebanese who spent four harrowing years in Tadmur.', 'en')).toEqual([
        'Omar Haddad=released',
      ]);
      expect(people('Omar Haddad, qui a passé quatre longues années à Tadmor, témoigne.', 'fr')).toEqual(['Omar Haddad=released']);
    });

    it('reads the town before a bracket that opens on "his town" («إربد (مدينته الواقعة في شمال الأردن)»)', () => {
      expect(
        hometownOf(
          'أفرج عن المواطن الأردني محمد الحداد من سجن صيدنايا. وقال المتحدث إن الحداد لم ينطق بشيء سوى كلمة إربد (مدينته الواقعة في شمال الأردن).',
          'ar',
        ),
      ).toBe('إربد');
      expect(hometownOf('أفرج عن محمد الحداد من سجن صيدنايا. وقال إنه لم ينطق بشيء سوى كلمة إربد (وهي مدينة في شمال الأردن).', 'ar')).toBeNull();
    });

    it('never reads a name before «بحسب المصدر», "according to the source" as the one who speaks', () => {
      expect(people('ويوم أمس، اعتقلت قوات الأسد الشاب “محمد الحداد” من جاسم، أثناء تواجده في مدينة درعا، بحسب المصدر.', 'ar')).toEqual([
        'محمد الحداد=detainee',
      ]);
      expect(people('اعتقلت قوات الأسد الشاب محمد الحداد من جاسم، بحسب المصدر.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // «selon qui», "according to whom": the source is the name before, who speaks and is none of the held.
      const said = people(
        "Le dossier des détenus s'étant heurté au déni exprimé en l'an 2000 par le procureur général près la Cour de cassation, Omar Haddad, selon qui « le dossier est clos », les parents avaient pris l'initiative d'aller à Damas pour connaître le sort de leurs enfants.",
        'fr',
      );
      expect(said).toHaveLength(1);
      expect(said[0]).not.toMatch(/=(detainee|missing|released|dead)$/);
    });

    it('reads «باعتقال» (by arresting) after a body («وقامت الهيئة باعتقال») as an arrest, not a word of its name', () => {
      expect(people('وقامت الهيئة باعتقال محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('وقام عناصر الهيئة باعتقال الناشط “محمد الحداد” في مدينة بنش بريف إدلب.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('قال محمد الحداد رئيس هيئة شؤون الأسرى إن الاحتلال يعتقل آلاف الفلسطينيين.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('never reads an origin verb after a bare birth year («مواليد 2011 وينحدر من الصنمين») as the town', () => {
      expect(hometownOf('أفرج عن محمد الحداد مواليد 2011 وينحدر من الصنمين.', 'ar')).toBe('الصنمين');
      expect(hometownOf('أفرج عن محمد الحداد مواليد 1985 داريا.', 'ar')).toBe('داريا');
    });

    it('joins a name to the next past ", the son of a former commander …," that describes it', () => {
      expect(
        people(
          'Security forces arrested Omar Haddad, the son of a former commander in the Tribal Brigade of the FSA, and Samir Nasser, while they were heading to a woodland.',
          'en',
        ),
      ).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee']);
      // A kinsman named in it is still the name before's kin.
      expect(people('Security forces arrested Omar Haddad, son of Karim Saleh, and Samir Nasser.', 'en')).toContain('Karim Saleh=relative');
    });

    it('reads a list of unknown names with ages in brackets after "The names of … are as follows:" or "are;"', () => {
      expect(
        people(
          'Gunmen kidnapped 7 Kurdish citizens in the district of Mabata. The names of the abducted civilians are as follows: Mihemed Îzet Bekir (45), Xebat Îzet Bekir (38), Beşar Zuhêr Hemade (25), Diyar Şêx and Elî Mixtar (45).',
          'en',
        ),
      ).toEqual(['Mihemed Îzet Bekir=missing', 'Xebat Îzet Bekir=missing', 'Beşar Zuhêr Hemade=missing', 'Diyar Şêx=missing', 'Elî Mixtar=missing']);
      expect(
        people(
          'Gunmen raided the village and kidnapped 9 civilians on Wednesday. Names of these civilians are; Ezet Behrî (60), Cemal Behrî (53) and Hedî Osman (26).',
          'en',
        ),
      ).toEqual(['Ezet Behrî=missing', 'Cemal Behrî=missing', 'Hedî Osman=missing']);
    });

    it('reads «من أبناء المنطقة» after «لمنطقة اللجاة», and gives it to the names of «فإن المعتقلين هم:»', () => {
      const homes = (text: string) => extractMentions(text, 'ar').map((m) => `${m.name}=${m.attributes.hometown}`);
      expect(
        homes(
          'اعتقلت قوات النظام المتمركزة على المدخل الغربي لمنطقة اللجاة سبعة شبان من أبناء المنطقة. ووفقاً لموقع محلي، فإن المعتقلين هم: محمد الحداد وعمر الخطيب وسامر النجار.',
        ),
      ).toEqual(['محمد الحداد=اللجاة', 'عمر الخطيب=اللجاة', 'سامر النجار=اللجاة']);
    });

    it('reads a kinsman one hoped was alive ("hoped her brother Omar was still alive", «espérait que son frère Omar était vivant») as missing', () => {
      expect(people('For ten years, Fatima Ali hoped her brother Omar was still alive and would be released from a Syrian jail.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=missing',
      ]);
      expect(people('For six years Fatima Ali hoped her brothers Omar and Samir were alive, held in a government prison.', 'en')).toEqual([
        'Fatima Ali=relative',
        'Omar=missing',
        'Samir=missing',
      ]);
      expect(people('Pendant dix ans, Fatima Ali espérait que son frère Omar était toujours vivant.', 'fr')).toEqual(['Fatima Ali=relative', 'Omar=missing']);
      // A hope with no word of life says nothing of his fate.
      expect(people('Fatima Ali hoped her brother Omar would visit her soon.', 'en')).toEqual(['Fatima Ali=relative', 'Omar=relative']);
    });

    it('never makes the one who searches missing when the search cue ends on "her" before a kinship word ("looking for her father")', () => {
      expect(people('Fatima Ali lives in Berlin. She is busy looking for her father in the ruins of the regime.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(people('Fatima Ali lives in Berlin. She is looking for any trace of her father.', 'en')).toEqual(['Fatima Ali=relative']);
      expect(
        people('Fatima Ali, réfugiée à Berlin, compte les jours. Elle est bien trop occupée à chercher une trace de son père dans les ruines du régime.', 'fr'),
      ).toEqual(['Fatima Ali=relative']);
      // "looking for him": the one the pronoun stands for is sought.
      expect(people('Omar Haddad was arrested in 2013. His family is still looking for him.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads no origin after «قدومه من» (his coming from)', () => {
      expect(hometownOf('اعتقل محمد الحداد فور وصوله لمدينة عفرين عقب قدومه من منطقة الشهباء.', 'ar')).toBeNull();
      expect(hometownOf('اعتقل محمد الحداد من سكان قرية كفرنبل عقب قدومه من منطقة الشهباء.', 'ar')).toBe('كفرنبل');
    });

    it('lets a "former political prisoner" said of one give way to the abduction another mention tells', () => {
      expect(
        people(
          'Omar Haddad and Fatima Ali were kidnapped in Douma in 2013. As for Fatima Ali, she is a former political prisoner who spent four years in jail.',
          'en',
        ),
      ).toEqual(['Omar Haddad=missing', 'Fatima Ali=missing', 'Fatima Ali=missing']);
      // "a former hostage" tells how the abduction ended.
      expect(people('Omar Haddad was abducted by ISIS in 2014. Omar Haddad, a former hostage, now lives in Paris.', 'en')).toEqual([
        'Omar Haddad=released',
        'Omar Haddad=released',
      ]);
      // And a "former detainee" after an arrest is where he is now.
      expect(people('Omar Haddad was arrested in 2011 and tortured in Saydnaya. Today the former detainee Omar Haddad lives in Berlin.', 'en')).toEqual([
        'Omar Haddad=released',
        'Omar Haddad=released',
      ]);
    });

    it('never reads a month\'s abbreviation before the day ("on Sep. 18") as a given name', () => {
      expect(people('Three local activists were arrested on Sep. 18, 2018. Omar Haddad was captured on Sep 2, 2018.', 'en')).toEqual(['Omar Haddad=detainee']);
      // A given name after a kinship word is still one.
      expect(people('Omar Haddad was arrested in 2018. His sister Sep was released.', 'en')).toEqual(['Omar Haddad=detainee', 'Sep=released']);
    });

    it('gives "the two of them" (وهما من, "both from") after the second of two people not joined by "and" to both', () => {
      expect(
        extractMentions('اعترض مسلحون شاحنة يستقلها محمد الحداد ويرافقه الطفل عمر الخطيب، وهما من بلدة الكسوة في ريف دمشق، وخطفوا السائق والمرافق.', 'ar').map(
          (m) => m.attributes.hometown,
        ),
      ).toEqual(['الكسوة', 'الكسوة']);
      expect(
        hometownsOf('Gunmen stopped a truck driven by Omar Haddad, who was travelling with the boy Karim Saleh, both from Kisweh, and abducted them.', 'en'),
      ).toEqual(['Kisweh', 'Kisweh']);
    });

    it('never gives the searcher a "who" clause of a bare plural people ("searching for Americans who disappeared")', () => {
      expect(people('Fatima Ali is searching for Americans who disappeared in Syria.', 'en')).toEqual(['Fatima Ali=other']);
      expect(people('Fatima Ali recherche des Libanais qui ont disparu en Syrie.', 'fr')).toEqual(['Fatima Ali=other']);
      // One said to be of that people is still the one the clause tells of.
      expect(people('Omar Haddad, a Syrian who disappeared in 2013, is still missing.', 'en')).toEqual(['Omar Haddad=missing']);
    });

    it('reads no origin in the town a prison is named after ("from the Homs Military prison")', () => {
      expect(hometownOf('Rebels freed detainees from the Homs Military prison. Omar Haddad was arrested in 2009.', 'en')).toBeNull();
      expect(extractMentions('Omar Haddad was released from the Homs Military prison.', 'en')[0].attributes.prison).toBe('homs-military');
      expect(extractMentions('أفرج عن محمد الحداد من سجن حمص العسكري.', 'ar')[0].attributes.prison).toBe('homs-military');
      expect(hometownOf('Omar Haddad, from Homs, was released from Saydnaya.', 'en')).toBe('Homs');
    });

    it('never reads «بالإضافة» (in addition) as a speech verb with its ending', () => {
      expect(people('نقل إلى صيدنايا كل من محمد الحداد، وعمر الخطيب، بالإضافة لمعتقلين من عائلة النجار.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'عمر الخطيب=detainee',
      ]);
      // «وأضاف» still introduces what a speaker said.
      expect(people('وأضاف محمد الحداد أن الأمن اعتقل شقيقه.', 'ar')).toEqual(['محمد الحداد=other']);
    });

    it('reads a bare release noun a demand verb asks for, and «العمل على» (working for) a release, as an appeal', () => {
      expect(
        people('طالبت هيئة مدنية "هيئة تحرير الشام" الإفراج عن ناشط من مدينة عربين. وقال مصدر إن "تحرير الشام" اعتقلت الناشط محمد الحداد عام 2018.', 'ar'),
      ).toEqual(['محمد الحداد=detainee']);
      expect(
        people('اعتقل الأمن السوري الدكتور محمد الحداد من عيادته عام 2012. ووجهت المجموعة نداء بعدم تجاهل قضية المعتقلين والعمل على إطلاق سراحهم.', 'ar'),
      ).toEqual(['محمد الحداد=detainee']);
      // A release after a word of time came, whatever is demanded after it.
      expect(people('طالبت عائلة محمد الحداد بعد الإفراج عنه بتعويض.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('never gives a name the Arabic speech verb whose speaker stands right after it («وأكد الأهالي»)', () => {
      expect(people('خطف المدنيين وهو ما حصل مع الشابين محمد الحداد وعمر الخطيب، وأكد الأهالي أن الفصائل اختطفتهما.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'عمر الخطيب=missing',
      ]);
      // With no speaker after it, the verb is still the name's own account.
      expect(people('اعتقل محمد الحداد عام 2013، وأكد لنا أنه تعرض للتعذيب في صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('never reads plural adjectives in «ـيون» («إعلاميون ثوريون») as a name', () => {
      expect(people('وقد بادر ناشطون إعلاميون ثوريون إلى إطلاق حملة إعلامية للمطالبة بالإفراج عن محمد الحداد.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it("goes on with an Arabic list past each name's age and a few words of description («29 سنة وطالب هندسة،»)", () => {
      expect(people('وأسماء المحتجزين هي: محمد الحداد 29 سنة، سامر النجار 31 سنة، كريم صالح 26 سنة، وفادي صالح.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'سامر النجار=detainee',
        'كريم صالح=detainee',
        'فادي صالح=detainee',
      ]);
      expect(people('وأسماء المحتجزين هي: محمد الحداد 29 سنة وطالب هندسة، سامر النجار 31 سنة أدب فرنسي، كريم صالح 26 سنة.', 'ar').length).toBe(3);
    });

    it('reads years counted right after a name as his age, not the length of a detention that ended', () => {
      expect(people('اعتقلت الهيئة محمد الحداد 29 سنة.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // Days counted after the name are still the length of the detention.
      expect(people('اعتقل محمد الحداد 120 يوما في فرع فلسطين.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads "its decision to execute her" as a threat, not a death', () => {
      expect(people('The group announced its decision to execute Fatima Ali.', 'en')).toEqual(['Fatima Ali=detainee']);
      expect(
        people('The arrest of Fatima Ali was confirmed by the group, which announced its decision to execute her. She was released on Monday.', 'en'),
      ).toEqual(['Fatima Ali=released']);
      expect(people('The group executed Fatima Ali in 2015.', 'en')).toEqual(['Fatima Ali=dead']);
    });

    it('keeps a cue in brackets right after one name of a list to that name', () => {
      expect(
        people(
          'Le procureur a libéré hier trois Libanais. Ceux-ci sont : Omar Haddad, Samir Nasser (condamné, selon lui, pour collaboration), Karim Saleh et Fadi Khalil.',
          'fr',
        ),
      ).toEqual(['Omar Haddad=released', 'Samir Nasser=detainee', 'Karim Saleh=released', 'Fadi Khalil=released']);
      // Brackets that speak of them all are everyone's.
      expect(people('Omar Haddad and Samir Nasser (both released in 2015) spoke to us.', 'en')).toEqual(['Omar Haddad=released', 'Samir Nasser=released']);
    });

    it('reads no release of the named in «خرجت الرقة عن سيطرة» (out of control) or in a release of a counted crowd', () => {
      expect(people('خرجت الرقة عن سيطرة تنظيم داعش بعد ثلاث سنوات. وطالت عمليات الخطف محمد الحداد وعمر الخطيب.', 'ar')).toEqual([
        'محمد الحداد=missing',
        'عمر الخطيب=missing',
      ]);
      expect(people('اعتقلت قوات النظام محمد الحداد وعمر الخطيب. وتنص الهدنة على خروج 500 معتقل من سجون النظام.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'عمر الخطيب=detainee',
      ]);
      expect(people('اعتقلت قوات النظام محمد الحداد وعمر الخطيب. وأفرج النظام عن 500 معتقل من سجونه.', 'ar')).toEqual([
        'محمد الحداد=detainee',
        'عمر الخطيب=detainee',
      ]);
      // A release of him along with a crowd is still his.
      expect(people('اعتقل محمد الحداد عام 2013. وأفرج عنه النظام مع 500 معتقل آخرين.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «وقتلهم» (killing them) with no two names before it as said of a crowd', () => {
      expect(
        people('اعتمد التنظيم على إقصاء جميع معارضيه وقتلهم واختطافهم، دون أن يكشف عن مصيرهم. وجاء في بيان الحملة أن أمثال محمد الحداد وعمر الخطيب', 'ar'),
      ).toEqual(['محمد الحداد=missing', 'عمر الخطيب=missing']);
      expect(people('اعتقل التنظيم محمد الحداد وعمر الخطيب ثم قتلهم.', 'ar')).toEqual(['محمد الحداد=dead', 'عمر الخطيب=dead']);
    });

    it('reads no release in «بعد التحرير» (the liberation) nor in «تحرير الخبر» (writing the news)', () => {
      expect(people('فقد الاتصال بمحمد الحداد أثناء وجوده في السويداء، دون معرفة أي معلومات عنه حتى لحظة تحرير الخبر.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('ليس المعتقل محمد الحداد الوحيد من جهل مصيره وغاب خلف القضبان، خاصة بعد التحرير وافتتاح السجون.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('تم تحرير محمد الحداد من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads «لبحث سبل الإفراج عن» (to discuss ways of freeing) as an appeal', () => {
      expect(people('اجتماع في بلدة أم المياذن لبحث سبل الإفراج عن الشاب محمد الحداد الذي اختطف أول أمس قرب جسر صيدا.', 'ar')).toEqual(['محمد الحداد=missing']);
    });

    it('never reads «شملت» (included) as a name word', () => {
      expect(people('أفاد المراسل أن الاعتقالات شملت الحاج محمد الحداد وابنه عمر الحداد.', 'ar')).toEqual(['محمد الحداد=detainee', 'عمر الحداد=detainee']);
    });

    it('reads «من أبناء البلدة» as the town named with «بلدة» before, though its name is an everyday word («بلدة الحصان»)', () => {
      expect(
        hometownsOf(
          'شنت قسد مداهمة في بلدة الحصان بريف دير الزور الغربي. أسفرت الحملة عن اعتقال نحو 20 شخصا من أبناء البلدة. وشملت الاعتقالات محمد الحداد وابنه عمر الحداد.',
          'ar',
        ),
      ).toEqual(['الحصان', 'الحصان']);
    });

    it("reads no release of the post's people in «قوائم المفرج عنهم» (the lists of the released)", () => {
      expect(
        people(
          'داهمت قوات النظام منازل في مدينة حلفايا واعتقلت عشرين مدنيا، عرف منهم: محمد الحداد وعمر الخطيب. وتمت الاعتقالات بهدف إدراج أسماء المعتقلات الجدد في قوائم المفرج عنهم وفق شروط الهدنة.',
          'ar',
        ),
      ).toEqual(['محمد الحداد=detainee', 'عمر الخطيب=detainee']);
      // A name on those lists was freed.
      expect(people('ورد اسم محمد الحداد في قوائم المفرج عنهم من سجن صيدنايا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('never reads a speech word after a preposition («على ذكر», mentioning) as someone speaking', () => {
      expect(people('اعتقلت قوات النظام محمد الحداد، وتحفظت المصادر على ذكر أسماء المعتقلات.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('never reads «أسماء النساء» (the names of the women) as a name', () => {
      expect(people('اعتقلت قوات النظام محمد الحداد، وتحفظت المصادر على ذكر أسماء النساء المعتقلات.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads "apprehended" as an arrest', () => {
      expect(people('SDF patrols apprehended Omar Haddad from his home in Tabqa village.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(extractMentions('Omar Haddad was apprehended at a checkpoint in 2013 and has been missing since.', 'en')[0]).toMatchObject({
        role: 'missing',
        attributes: { arrestYear: 2013 },
      });
    });

    it('joins a list of names each quoted whole with its comma inside («namely: “A,” “B,”») in a long article', () => {
      const text =
        'The group renewed its security campaigns in the countryside of the governorate. A local source spoke to the center about the raids. ' +
        'The center documented the names of the nine detainees, namely: “Omar Haddad,” “Samir Nasser,” “Karim Saleh,” and Fadi Khalil. ' +
        'The source pointed out that the members deployed several checkpoints in the town. The eastern countryside has recently witnessed a wave of widespread protests.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=detainee', 'Samir Nasser=detainee', 'Karim Saleh=detainee', 'Fadi Khalil=detainee']);
      // A quotation that ends on a comma still ends what is said.
      expect(people('"They killed my brother Omar," Fatima Ali said.', 'en')).toEqual(['Omar=dead', 'Fatima Ali=relative']);
    });

    it('reads no release in "they will release him", "should have been released" or "the release of a video"', () => {
      expect(people('They said they will release Omar Haddad after paying the ransom.', 'en')).toEqual(['Omar Haddad=detainee']);
      expect(people('One of those who should have been released is Omar Haddad, whom the court had sentenced to four years.', 'en')).toEqual([
        'Omar Haddad=detainee',
      ]);
      expect(people('This coincided with the release of a video in which one of the kidnapped women, Fatima Ali, appeared.', 'en')).toEqual([
        'Fatima Ali=missing',
      ]);
      expect(people('The release of Omar Haddad was announced on Monday.', 'en')).toEqual(['Omar Haddad=released']);
    });

    it('gives "his death" a few sentences on to the one person the post names', () => {
      const text =
        'Omar Haddad was arrested on November 15, 2011. His family were able to visit him once in 2014. ' +
        'Thereafter, the regime consistently denied detaining him and refused to allow anyone, even a lawyer, to visit him. ' +
        'On May 26, 2022, his family learned of his death inside a detention center.';
      expect(people(text, 'en')).toEqual(['Omar Haddad=dead']);
      // Not a kinsman's death told as far, nor a "he" of a woman.
      const hers =
        'Fatima Ali was released from Adra prison in December. She told us that year fractured her life. The charge was financing terrorism. ' +
        'The real offense was receiving a money transfer. Her husband was arrested on the same charge, and he did not survive detention.';
      expect(people(hers, 'en')).toEqual(['Fatima Ali=released']);
    });

    it('reads an indefinite demonym after a group noun («ستة لاجئين فلسطينيين من أبناء مخيم …») for every name of the list', () => {
      expect(
        hometownsOf(
          'أقدمت قوات النظام على اعتقال ستة لاجئين فلسطينيين من أبناء مخيم خان الشيح، حيث اعتقلت ثلاثة أشخاص هم: اللاجئ محمد الحداد وعمر الخطيب وسامر النجار.',
          'ar',
        ),
      ).toEqual(['خان الشيح', 'خان الشيح', 'خان الشيح']);
    });

    it('gives an Arabic origin right before a name («معتقل آخر من بلدة صبيخان "X"») to that name alone', () => {
      expect(
        hometownsOf('ونعت الصفحة الشاب محمد الحداد الذي استشهد تحت التعذيب بعد أسابيع من استشهاد معتقل آخر من بلدة صبيخان "عمر الخطيب" تحت التعذيب.', 'ar'),
      ).toEqual([null, 'صبيخان']);
      // «كل من الشاب …» is no origin.
      expect(hometownOf('أطلق سراح كل من الشاب محمد الحداد الذي قضى عاما في السجون.', 'ar')).toBeNull();
    });

    it('gives the origin in a French plural participle clause opening the sentence («Arrêtés chez eux à Banias, A et B») to the whole group', () => {
      expect(
        hometownsOf(
          'Arrêtés chez eux à Banias par les agents des services de renseignement le 12 mai 2011, Omar Haddad et Samir Nasser avaient joué un rôle important.',
          'fr',
        ),
      ).toEqual(['Banias', 'Banias']);
    });

    it('never reads directions, «فرقة», «صيت», «محل», «صدرت» or «حرمت» as name words', () => {
      expect(people('اعتقلت قوات النظام محمد الحداد في بلدة جاسم شمال درعا.', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقل محمد الحداد بعد مطالبته باسترجاع منزله، والذي يسكنه عنصر لدى ميليشيا "فرقة السلطان مراد".', 'ar')).toEqual(['محمد الحداد=detainee']);
      expect(people('اعتقل محمد الحداد وهو صاحب محل معجنات في السوق.', 'ar')).toEqual(['محمد الحداد=detainee']);
      // A family name of a direction («الشرقي») is still a name word.
      expect(people('اعتقلت قوات النظام محمد الشرقي.', 'ar')).toEqual(['محمد الشرقي=detainee']);
    });

    it('never reads a title-case headline verb ("Authorities Say") or «Détenus Arbitrairement» in a body\'s name as a person', () => {
      expect(
        people('Authorities Say Kurdish Prisoner Died in Military Jail\n\nThe authorities informed the family of Omar Haddad of his death.', 'en'),
      ).toEqual(['Omar Haddad=dead']);
      expect(people("Le mouvement SOLIDA (Soutien aux Libanais Détenus Arbitrairement) suit la situation d'Omar Haddad, détenu depuis 1994.", 'fr')).toEqual([
        'Omar Haddad=detainee',
      ]);
    });

    it("reads former detainees who testify («selon le témoignage d'anciens détenus syriens relaxés») as a source, not a release of the names", () => {
      expect(
        people(
          "Solide a affirmé que, selon le témoignage d'anciens détenus syriens relaxés récemment, les deux pères, Omar Haddad et Samir Nasser, disparus le 13 octobre 1990, auraient séjourné dans la prison de Palmyre.",
          'fr',
        ),
      ).toEqual(['Omar Haddad=missing', 'Samir Nasser=missing']);
    });

    it('reads "SNHR documented the arrest of Dr. X" as told of X, and "vowed to release them" as an appeal', () => {
      expect(
        people(
          "On August 14, 2024, the Syrian Network for Human Rights (SNHR) documented the arrest of Dr. Omar Haddad by the regime's Military Security branch.",
          'en',
        ),
      ).toEqual(['Omar Haddad=detainee']);
      expect(people('The regime vowed to release Omar Haddad soon.', 'en')).toEqual(['Omar Haddad=detainee']);
      // «وذكر المعتقل X»: the one held who speaks is still the speaker.
      expect(people('وذكر المعتقل محمد الحداد من داخل السجن أن النظام سيخلي سبيل 40 معتقلا غدا.', 'ar')).toEqual(['محمد الحداد=detainee']);
    });

    it('reads no release in «توجهها … إلى عائلتها» (heading to her family), «خروجه من المنزل» (leaving home) or «ما لم يتم الإفراج عنها» (unless freed)', () => {
      expect(people('اعتقلت قسد الفتاة فاطمة العلي أثناء توجهها من مدينة الرقة إلى عائلتها في تل أبيض، ولا يزال مصيرها مجهولا.', 'ar')).toEqual([
        'فاطمة العلي=missing',
      ]);
      expect(people('وصل خبر عن محمد الحداد المفقود بعد خروجه من المنزل أنه لدى الشرطة العسكرية.', 'ar')).toEqual(['محمد الحداد=missing']);
      expect(people('اعتقلت القوات الحكومية فاطمة العلي، وهددت عائلتها بالتصعيد ما لم يتم الإفراج عنها على الفور.', 'ar')).toEqual(['فاطمة العلي=detainee']);
      // A return home after the release is still one.
      expect(people('أفرج عن محمد الحداد وعاد إلى عائلته في داريا.', 'ar')).toEqual(['محمد الحداد=released']);
    });

    it('reads no place in «من أبناء العشائر» (of the tribes)', () => {
      expect(
        hometownOf(
          'اختطفت مجموعة مسلحة الشاب محمد الحداد على أوتوستراد دمشق – السويداء. ونصبت الفصائل حاجزاً مؤقتاً واحتجزت اثنين من أبناء العشائر مع سيارة.',
          'ar',
        ),
      ).toBeNull();
    });

    it('reads a family name with a lower-case article ("al-Haddad") as the partial name of "Omar al-Haddad"', () => {
      expect(
        people(
          'Photojournalist Omar al-Haddad was detained in late August. Only when al-Haddad was released without charge on September 2 was it revealed where he was held.',
          'en',
        ),
      ).toEqual(['Omar al-Haddad=released', 'al-Haddad=released']);
      expect(extractMentions('Omar al-Haddad was arrested in 2013. His family said al-Haddad was tortured.', 'en')[1]).toMatchObject({
        name: 'al-Haddad',
        partial: true,
      });
    });

    it('reads a next sentence that names the group again ("The abducted citizens are from …") as about the pair', () => {
      expect(
        hometownsOf(
          'The military police kidnapped Omar Haddad (38) and Samir Nasser (43) in Jindires district. The abducted citizens are from Kafranbel. Where they were taken is unknown.',
          'en',
        ),
      ).toEqual(['Kafranbel', 'Kafranbel']);
    });

    it('reads «depuis son domicile situé à Sahnaya» (his home in) as the hometown', () => {
      expect(
        hometownOf(
          "Omar Haddad a disparu le matin du 2 octobre 2012, alors qu'il se rendait à son travail depuis son domicile situé à Sahnaya, dans la banlieue de Damas.",
          'fr',
        ),
      ).toBe('Sahnaya');
    });
  });
});
