import { ExtractedMention, extractMentions, STAND_IN_EXTRACTOR_VERSION } from './stand-in-extractor';

function names(text: string): string[] {
  return extractMentions(text).map((m) => m.name);
}

function only(text: string): ExtractedMention {
  const mentions = extractMentions(text);
  expect(mentions).toHaveLength(1);
  return mentions[0];
}

function expectExactSpans(text: string, mentions: ExtractedMention[]): void {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.name);
}

describe('extractMentions', () => {
  it('has a version', () => {
    expect(STAND_IN_EXTRACTOR_VERSION).toBe('stand-in-1');
  });

  describe('Arabic', () => {
    it('reads the name after the nearest cue; a release cue earlier in the sentence sets the role', () => {
      const text = 'أفرج عن المعتقل محمد أحمد الخطيب من داريا بعد 12 عاماً في صيدنايا';
      const m = only(text);
      expect(m).toEqual({
        name: 'محمد أحمد الخطيب',
        start: text.indexOf('محمد'),
        end: text.indexOf('محمد') + 'محمد أحمد الخطيب'.length,
        role: 'released',
        normalized: 'محمد احمد الخطيب',
        confidence: 0.5,
        cues: ['أفرج عن', 'المعتقل'],
      });
      expect(text.slice(m.start, m.end)).toBe(m.name);
    });

    it('gives the detainee role when no outcome cue precedes the name', () => {
      const m = only('المعتقل سامر خالد العلي ما زال في فرع فلسطين');
      expect(m.name).toBe('سامر خالد العلي');
      expect(m.role).toBe('detainee');
    });

    it('keeps diacritics and tatweel inside the span and folds them in normalized', () => {
      const text = 'أُفْرِجَ عَنِ المُعتقَـل مُحَمَّد أحمد، بعد سنوات';
      const m = only(text);
      expect(m.name).toBe('مُحَمَّد أحمد');
      expect(m.normalized).toBe('محمد احمد');
      expect(m.role).toBe('released');
      expect(text.slice(m.start, m.end)).toBe(m.name);
    });

    it('recognises missing and dead cues', () => {
      expect(only('ما زال المغيب قسراً يوسف عمر الحلبي مجهول المصير').role).toBe('missing');
      expect(only('المفقود حسن علي منذ 2013').name).toBe('حسن علي');
      expect(only('استشهد الشاب محمد الخطيب تحت التعذيب').role).toBe('dead');
      expect(only('قضى تحت التعذيب المعتقل خالد سعيد في صيدنايا').role).toBe('dead');
    });

    it('treats عبد X and أبو X as one name word each', () => {
      const m = only('توفي المعتقل عبد الرحمن أبو محمود محمد الشامي الحلبي تحت التعذيب');
      expect(m.name).toBe('عبد الرحمن أبو محمود محمد الشامي');
      expect(m.role).toBe('dead');
    });

    it('needs at least two name words', () => {
      expect(extractMentions('أفرج عن المعتقل محمد من داريا')).toEqual([]);
    });

    it('stops at stop words, punctuation, digits and line breaks', () => {
      expect(names('المعتقل محمد أحمد في صيدنايا')).toEqual(['محمد أحمد']);
      expect(names('المعتقل محمد أحمد، من داريا')).toEqual(['محمد أحمد']);
      expect(names('المعتقل محمد أحمد 1985')).toEqual(['محمد أحمد']);
      expect(names('المعتقل محمد أحمد\nخالد')).toEqual(['محمد أحمد']);
      expect(names('المعتقل محمد أحمد و خالد')).toEqual(['محمد أحمد']);
      expect(names('المعتقل محمد أحمد وفي القلب غصة')).toEqual(['محمد أحمد']);
    });

    it('tells the name علي from the preposition على', () => {
      expect(names('المعتقلة فاطمة علي الحسن')).toEqual(['فاطمة علي الحسن']);
      expect(names('توفي المعتقل محمد أحمد على يد السجانين')).toEqual(['محمد أحمد']);
    });

    it('matches cues with attached و, ال and ل', () => {
      expect(names('والمعتقلة فاطمة الحسن')).toEqual(['فاطمة الحسن']);
      expect(names('الحرية للمعتقل مازن حمادة')).toEqual(['مازن حمادة']);
    });

    it('skips a title before the name', () => {
      expect(names('المعتقل الطبيب رامي سليمان')).toEqual(['رامي سليمان']);
    });

    it('accepts a colon between cue and name', () => {
      const m = only('الإفراج عن: سامر محمد العلي');
      expect(m.name).toBe('سامر محمد العلي');
      expect(m.role).toBe('released');
    });

    it('finds several people and scopes cues to each one', () => {
      const text =
        'استشهد المعتقل محمد الخطيب تحت التعذيب، والمعتقل أحمد سعيد ما زال في صيدنايا. أفرج عن المعتقلة ريم حسن';
      const mentions = extractMentions(text);
      expect(mentions.map((m) => [m.name, m.role])).toEqual([
        ['محمد الخطيب', 'dead'],
        ['أحمد سعيد', 'detainee'],
        ['ريم حسن', 'released'],
      ]);
      expectExactSpans(text, mentions);
    });
  });

  describe('English', () => {
    it('reads "<Name>, detained since …"', () => {
      const text = 'Ahmad Darwish, detained since 2012, was found in Saydnaya';
      const m = only(text);
      expect(m).toMatchObject({ name: 'Ahmad Darwish', start: 0, end: 13, role: 'detainee' });
      expect(m.normalized).toBe('ahmad darwish');
      expect(m.cues).toEqual(['detained']);
    });

    it('reads "<Name> was released" and similar', () => {
      expect(only('Omar Hassan was released on Monday').role).toBe('released');
      expect(only('Omar Hassan has been missing since 2013').role).toBe('missing');
      expect(only('Omar Hassan died under torture').role).toBe('dead');
      expect(only('Omar Hassan was found dead in a mass grave').role).toBe('dead');
      expect(only('Omar Hassan was found in Saydnaya').role).toBe('other');
    });

    it('does not read an active transitive verb as a cue', () => {
      expect(extractMentions('Omar Hassan released a statement on Monday')).toEqual([]);
      expect(extractMentions('Omar Hassan found his brother')).toEqual([]);
    });

    it('reads a name after a cue, with al- particles and hyphens', () => {
      const text = 'The regime released Mohammed al-Khatib on Monday.';
      const m = only(text);
      expect(m).toMatchObject({ name: 'Mohammed al-Khatib', role: 'released', normalized: 'mohammed al-khatib' });
      expect(text.slice(m.start, m.end)).toBe(m.name);
      expect(names('Former detainee Omar bin Zaid spoke')).toEqual(['Omar bin Zaid']);
      expect(names('the death of Abdul Rahman al Hamwi in custody')).toEqual(['Abdul Rahman al Hamwi']);
    });

    it('caps a name at four words', () => {
      expect(names('freed Ahmad Omar Khaled Hassan Darwish')).toEqual(['Ahmad Omar Khaled Hassan']);
    });

    it('leaves titles, descriptors and dates out of the name', () => {
      expect(names('Dr. Ahmad Darwish was found dead')).toEqual(['Ahmad Darwish']);
      expect(names('Yesterday Syrian activist Ahmad Darwish was killed')).toEqual(['Ahmad Darwish']);
      expect(names('released Saturday')).toEqual([]);
      expect(names('the detainee Ahmad Darwish’s family')).toEqual(['Ahmad Darwish']);
    });

    it('merges a pre-name and a post-name cue on the same span', () => {
      const m = only('Former detainee Ahmad Darwish was released.');
      expect(m.role).toBe('released');
      expect(m.cues).toEqual(['Former detainee', 'was released']);
    });

    it('lets an earlier outcome cue in the sentence set the role', () => {
      expect(only('Freed yesterday: the detainee Ahmad Darwish').role).toBe('released');
    });

    it('does not carry cues across sentences', () => {
      expect(only('They were freed. The detainee Ahmad Darwish is still held').role).toBe('detainee');
    });
  });

  it('returns [] for text without cues', () => {
    expect(extractMentions('محمد أحمد الخطيب من داريا يحب كرة القدم')).toEqual([]);
    expect(extractMentions('Ahmad Darwish opened a bakery in Damascus')).toEqual([]);
  });

  it('returns each span once', () => {
    const mentions = extractMentions('Detainee Ahmad Darwish, detained since 2012, was released');
    expect(mentions.map((m) => m.name)).toEqual(['Ahmad Darwish']);
  });

  describe('never throws', () => {
    it('on empty and odd input', () => {
      expect(extractMentions('')).toEqual([]);
      expect(extractMentions('   \n\n  ')).toEqual([]);
      expect(extractMentions('🙏🏽🇸🇾 المعتقل 🕊️ محمد 👍')).toEqual([]);
      expect(extractMentions('\uD800المعتقل محمد\uDC00 أحمد')).toEqual(expect.any(Array));
      expect(extractMentions(undefined as unknown as string)).toEqual([]);
      expect(extractMentions('المعتقل')).toEqual([]);
      expect(extractMentions('released')).toEqual([]);
      expect(extractMentions('\u064E\u064Fالمعتقل \u0651محمد')).toEqual(expect.any(Array));
    });

    it('on HTML-looking text, with exact spans', () => {
      const text =
        '<p class="x">أفرج عن المعتقل محمد أحمد</p><br/><b>المعتقل</b> خالد سعيد<a href="#">released Ahmad Darwish</a>';
      const mentions = extractMentions(text);
      expect(mentions.map((m) => m.name)).toEqual(['محمد أحمد', 'Ahmad Darwish']);
      expectExactSpans(text, mentions);
    });

    it('on 10k random characters, with exact spans', () => {
      let seed = 42;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const pool = [
        ...'abcXYZ éß-’\'.,:;!?؟،\n\t ٠١٢3 ـ\u064E\u0651\u200B\u202B<>/"🙂',
        ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى',
        '\uD83D',
        '\uDE00',
        ' المعتقل ',
        ' أفرج عن ',
        ' عبد ',
        ' released ',
        ' was ',
        ' Ahmad ',
        ' al-',
        ' Darwish',
      ];
      for (let run = 0; run < 5; run++) {
        let text = '';
        while (text.length < 10_000) text += pool[Math.floor(random() * pool.length)];
        const mentions = extractMentions(text);
        expectExactSpans(text, mentions);
        for (const m of mentions) {
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.cues.length).toBeGreaterThan(0);
        }
      }
    });
  });
});
