import { foldWord, isWordToken, nextNonSpace, prevNonSpace } from './text-model';
import { ACTIVE_SUBJECTS, ADDRESSED, FIRST_PERSON_POSSESSIVES, RELATIVES_WORDS, cues, type CueKind, kinNounIndex, phraseSet, SPEECH_SOURCES } from './lexicon';
import { abbreviationNotElision, type Cand, type Ctx, type Cue, cueOf, endsSentence, isSentencePunct, opensQuote } from './context';
import {
  DEMONSTRATIVES,
  familySpeaks,
  latinKinOf,
  inCoordination,
  insidePrisonSentence,
  invertedSpeech,
  kinSubjectBefore,
  opensReportedClause,
  pluralArabicVerb,
  roleNounBetween,
  saidOfWhom,
  speakerAfterVerb,
  type Decision,
} from './roles';
import { DETAINEE_ROLES } from '../types';

/**
 * Stage 6b, testimonies. GUIDE.md: "former prisoners telling their story" are released. Someone
 * who speaks in the post ("said Mr. Ghabbash", "Yusuf Haldan, held there in the past, told…",
 * "I am Sarah …") and of whom detention is said is out; a death cue that reached them from
 * elsewhere in the sentence («my husband was killed») is not theirs either.
 */

const PRONOUNS = phraseSet(cues.testimony.pronouns);
const AR_STEMS = cues.testimony.arabicVerbStems.map(foldWord);
const AR_ENDINGS = cues.testimony.arabicEndings.map(foldWord);
const SELF_INTRO = cues.testimony.selfIntroductions;
const introWords = [...SELF_INTRO.ar, ...SELF_INTRO.en, ...SELF_INTRO.fr].map((p) =>
  foldWord(p)
    .split(' ')
    .filter((w) => w !== ''),
);

const PRONOUN_WINDOW = 3;
/** "we", «nous», «نحن»: an organisation speaks so too («nous avons documenté 100 000 détenus»). */
const PLURAL_PRONOUNS = new Set(['we', 'us', 'nous', 'نحن', 'كنا'].map(foldWord));
const MAX_SUBJECT_WORDS = 20;

const isDetention = (c: Cue | null): boolean => c !== null && c.def.kind === 'role' && (c.role === 'detainee' || c.role === 'released');

/** "they detained me", «j'ai été arrêté», «اعتقلوني»: a first-person account of detention (between tokens `from` and `to`). */
export function firstPersonAccount(ctx: Ctx, from = 0, to = ctx.tokens.length - 1, singular = false): boolean {
  const { tokens } = ctx;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!isWordToken(t)) continue;
    if (t.kind === 'ar') {
      for (const e of AR_ENDINGS) {
        if (!t.norm.endsWith(e)) continue;
        let stem = t.norm.slice(0, -e.length);
        if (stem.startsWith('و') || stem.startsWith('ف')) stem = stem.slice(1);
        if (AR_STEMS.some((s) => stem === s || stem === `${s}و` || stem === `${s}ت`)) return true;
      }
    }
    if (!PRONOUNS.has(t.norm) || (singular && PLURAL_PRONOUNS.has(t.norm)) || abbreviationNotElision(ctx, t)) continue;
    for (const dir of [-1, 1]) {
      let words = 0;
      for (let j = i + dir; j >= 0 && j < tokens.length && words < PRONOUN_WINDOW; j += dir) {
        const u = tokens[j];
        if (u.kind === 'nl' || (isSentencePunct(u) && endsSentence(ctx, j))) break;
        if (!isWordToken(u)) continue;
        words++;
        if (isDetention(cueOf(ctx, j))) return true;
      }
    }
  }
  return false;
}

/** "I am Sarah al-Abdullah", «اسمي محمد…», "je m'appelle …" right before the name. */
function introducedSelf(ctx: Ctx, c: Cand): boolean {
  const { tokens } = ctx;
  for (const words of introWords) {
    if (words.length === 0) continue;
    let j = c.first;
    let ok = true;
    for (let w = words.length - 1; w >= 0; w--) {
      j = prevNonSpace(tokens, j - 1);
      if (j < 0 || tokens[j].norm !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

const cueWords = (ctx: Ctx, e: Cue): string =>
  ctx.tokens
    .slice(e.first, e.last + 1)
    .filter(isWordToken)
    .map((t) => t.norm)
    .join(' ');
const isSpeech = (ctx: Ctx, e: Cue): boolean => e.def.kind === 'speech' && !SPEECH_SOURCES.has(cueWords(ctx, e));

const MAX_WORDS_BEFORE_SUBJECT = 3;
const OTHER_SPEAKERS: ReadonlySet<CueKind> = new Set(['relative', 'official', 'otherTitle', 'headingOfficial']);

/**
 * The speech verb whose subject is this name: the name opens its sentence (a few words may come
 * first, none of them kinship: «وكان ذوو … أكرم رسلان قد أعلنوا» is his family speaking) and the
 * verb follows with no other name between.
 */
function speechOfSubject(ctx: Ctx, cands: Cand[], k: number): Cue | null {
  const { tokens } = ctx;
  const c = cands[k];
  // "The family of Omar Haddad said…", "The brother of Omar Haddad told…": the family speaks, not he.
  if (familySpeaks(ctx, c) || latinKinOf(ctx, c) >= 0) return null;
  const s = ctx.sentence[c.first];
  let before = 0;
  for (let j = c.first - 1; j >= 0 && ctx.sentence[j] === s && tokens[j].kind !== 'nl'; j--) {
    if (!isWordToken(tokens[j])) continue;
    before++;
    const cue = cueOf(ctx, j);
    if (before > MAX_WORDS_BEFORE_SUBJECT || (cue && cue.def.kind === 'relative') || ctx.candAt[j] >= 0) return null;
  }
  let words = 0;
  let otherSpeaker = -Infinity;
  for (let j = nextNonSpace(tokens, c.last + 1); j < tokens.length && words < MAX_SUBJECT_WORDS; j++) {
    const t = tokens[j];
    if (ctx.sentence[j] !== s || t.kind === 'nl') return null;
    if (ctx.candAt[j] >= 0 && ctx.candAt[j] !== k) return null;
    if (!isWordToken(t)) continue;
    words++;
    const cue = cueOf(ctx, j);
    if (cue && cue.first === j && cue.def.kind === 'speech') {
      // «…», raconte Fatima; ", said his brother": an inverted verb has its own subject after it.
      const after = nextNonSpace(tokens, cue.last + 1);
      if (after < tokens.length && ctx.candAt[after] >= 0 && ctx.candAt[after] !== k) return null;
      // «…ومصطفى جمعة حسن، فقد أكد الأهالي أن…»: an Arabic verb whose speaker stands right after it.
      if (speakerAfterVerb(ctx, cue)) return null;
      if (invertedSpeech(ctx, cue)) return null;
      // «صوراً لمحمد الحداد وقالوا إن…»: a plural verb after one name has others for its subject.
      if (pluralArabicVerb(ctx, cue) && !inCoordination(cands, k)) return null;
      if (saidOfWhom(ctx, cue)) return null;
      return isSpeech(ctx, cue) && words - otherSpeaker > 2 ? cue : null;
    }
    // "…, his family told", "…, the lawyer said", "…, they said": someone else speaks.
    // "…, this official said": "this" and a noun are someone else.
    if ((cue && OTHER_SPEAKERS.has(cue.def.kind)) || ACTIVE_SUBJECTS.has(t.norm) || FAMILY_SPEAKERS.has(t.norm) || DEMONSTRATIVES.has(t.norm))
      otherSpeaker = words;
  }
  return null;
}
/** "…, his family says", «…, selon sa famille»: words for a family that speaks. */
const FAMILY_SPEAKERS = new Set([...RELATIVES_WORDS, ...['family', 'famille'].map(foldWord)]);

/**
 * The names a speaker left unnamed refers to ("he said", «il raconte», «dit-il», «ويقول: "…"»; unnamedSpeakerAt):
 * the last name before the pronoun, when the pronoun is in that name's sentence or the next one and no
 * other speech verb or speaker (a relative, an official, a title) stands between the start of the
 * sentence before the name and the pronoun.
 */
function pronounSpeakers(ctx: Ctx, cands: Cand[]): number[] {
  const out: number[] = [];
  for (const cue of ctx.cueList) {
    if (cue.first !== cue.last || !isSpeech(ctx, cue)) continue;
    const b = unnamedSpeakerAt(ctx, cue);
    if (b < 0) continue;
    let k = -1;
    for (let m = 0; m < cands.length && cands[m].last < b; m++) k = m;
    if (k < 0 || ctx.sentence[b] - ctx.sentence[cands[k].first] > 1) continue;
    // "Ahmad said his son Omar was arrested. “We never heard from him,” he said": the earlier speaker goes on.
    const from = ctx.sentenceFirst[Math.max(0, ctx.sentence[cands[k].first] - 1)];
    let other = false;
    for (let j = from; j < b && !other; j++) {
      const e = cueOf(ctx, j);
      other = e !== null && (OTHER_SPEAKERS.has(e.def.kind) || e.def.kind === 'speech');
    }
    if (!other) out.push(k);
  }
  return out;
}
const HE_SHE = new Set(['he', 'she', 'il', 'elle'].map(foldWord));

/**
 * Where a speech verb whose speaker goes unnamed starts its speaker: "he said" (at the pronoun), «dit-il»,
 * «raconte-t-elle» (at the verb), «ويقول: "…"», «وأضاف: …» (an Arabic verb with a colon or a quote right
 * after it, at the verb); -1 for any other speech verb.
 */
function unnamedSpeakerAt(ctx: Ctx, cue: Cue): number {
  const { tokens } = ctx;
  if (tokens[cue.first].kind === 'lat') {
    const b = prevNonSpace(tokens, cue.first - 1);
    if (b >= 0 && HE_SHE.has(tokens[b].norm)) return b;
    return INVERTED_PRONOUN.test(tokens[cue.first].norm) ? cue.first : -1;
  }
  return opensQuote(ctx, cue) ? cue.first : -1;
}
/** «dit-il», «raconte-t-elle»: a French verb and its subject pronoun, one token. */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle)$/;

/**
 * Someone of whom detention is said and who tells of it is released: by a speech verb of theirs,
 * as the subject of their sentence's speech verb, or by introducing themselves in a first-person
 * account. A role that came to them only from elsewhere in the sentence or post (owned, nearby,
 * post) gives way to the account too.
 */
export function settleTestimonies(ctx: Ctx, cands: Cand[], decisions: Decision[], pre: Cue[][], post: Cue[][], keyOf: (c: Cand) => string): void {
  // Worked out only when a name could need it: most posts have no self-introduction and no weak death.
  let accountKnown: boolean | null = null;
  const account = (): boolean => (accountKnown ??= firstPersonAccount(ctx));
  const tellers = new Set<string>();
  const verbs: (Cue | null)[] = cands.map((c, k) => {
    // "said Mr. Ghabbash", «قال محمد»: a speech verb right before the name is theirs ("told X" is said to X);
    // one after it only when the name is its sentence's subject.
    // «وأضاف: "اعتقل محمد الحداد…"»: a verb that opens a quote or a colon before the name speaks of them.
    // "said his brother Fadi Khalil, 30, was arrested": a kinship word between the verb and the name; he is spoken of.
    const kinAfter = (e: Cue) => pre[k].some((r) => r.def.kind === 'relative' && r.first > e.last);
    const before = opensReportedClause(ctx, c)
      ? undefined
      : pre[k].find(
          (e) => isSpeech(ctx, e) && !ADDRESSED.has(cueWords(ctx, e)) && !opensQuote(ctx, e) && !kinAfter(e) && !roleNounBetween(ctx, e.last, c.first),
        );
    const verb = before ?? speechOfSubject(ctx, cands, k);
    if (verb || (introducedSelf(ctx, c) && account())) tellers.add(keyOf(c));
    return verb;
  });
  // "“They beat us every day,” he said", "…, he told reporters": a pronoun speaking right after a name.
  for (const k of pronounSpeakers(ctx, cands)) tellers.add(keyOf(cands[k]));
  if (tellers.size === 0) return;
  cands.forEach((c, k) => {
    const d = decisions[k];
    if (!tellers.has(keyOf(c)) || !DETAINEE_ROLES.includes(d.role)) return;
    // "Haytham Manna … assured that the child had died in detention": what they say is of someone else.
    const verb = verbs[k];
    // Not "Omar Haddad spoke about his years of detention": his own.
    if (
      verb &&
      verb.first > c.last &&
      d.cues.length > 0 &&
      d.cues.every((e) => e.first > verb.last && ctx.sentence[e.first] === ctx.sentence[verb.first] && !e.told)
    ) {
      const official = [...pre[k], ...post[k]].filter((e) => e.def.kind === 'official');
      decisions[k] = official.length > 0 ? { role: 'official', cues: official, evidence: 'title' } : { role: 'other', cues: [verb], evidence: 'title' };
      return;
    }
    const weak = d.evidence === 'owned' || d.evidence === 'nearby' || d.evidence === 'post';
    // «وذكر المعتقل … من داخل السجن», "told us from inside the prison": still held.
    if (d.role === 'detainee' && insidePrisonSentence(ctx, c)) return;
    if (d.role === 'detainee' || (d.role === 'dead' && weak && account())) decisions[k] = { ...d, role: 'released' };
  });
  // "“I spent five years in Saydnaya,” said Omar Haddad", «قال عمر: "اعتقلوني…"»: a speaker of
  // nothing else whose own words tell of their detention is a former prisoner.
  cands.forEach((c, k) => {
    const verb = verbs[k];
    if (!verb || decisions[k].role !== 'other' || decisions[k].evidence !== 'title') return;
    const s = ctx.sentence[verb.first];
    if (firstPersonAccount(ctx, ctx.sentenceFirst[s], ctx.sentenceLast[s], true)) decisions[k] = { role: 'released', cues: [verb], evidence: 'title' };
    // "“My brother is still in there,” said Samir Nasser", «« Mon frère est à Saydnaya », raconte Samir»: a speaker of
    // nothing else who says "my brother" is family of someone held.
    // «قال سمير ناصر إن عمه كان معتقلاً»: or who says what befell his uncle.
    else if (decisions[k].role === 'other') {
      const kin = ownKinInSentence(ctx, s) ?? heldKinAfter(ctx, c, s);
      if (kin) decisions[k] = { role: 'relative', cues: [kin], evidence: 'title' };
    }
  });
}

/** «إن عمه كان معتقلاً», "his uncle was held": a kinship word of the third person after the name, subject of a role cue in sentence `s`. */
function heldKinAfter(ctx: Ctx, c: Cand, s: number): Cue | null {
  for (const cue of ctx.cueList) {
    if (cue.first <= c.last || ctx.sentence[cue.first] !== s || cue.def.kind !== 'role' || cue.def.search) continue;
    const kin = kinSubjectBefore(ctx, cue);
    if (kin && kin.first > c.last) return kin;
  }
  return null;
}

/** "my brother", «mon frère», «أخي»: a kinship word of the one speaking, in sentence `s`. */
function ownKinInSentence(ctx: Ctx, s: number): Cue | null {
  for (let j = ctx.sentenceFirst[s]; j <= ctx.sentenceLast[s]; j++) {
    const cue = cueOf(ctx, j);
    if (cue && cue.first === j && cue.def.kind === 'relative' && cue.def.firstPerson) return cue;
    // «Je cherche mon frère», "I am looking for my brother": a search cue that ends on "my", a kinship noun after it.
    if (
      cue &&
      cue.first === j &&
      cue.def.search &&
      FIRST_PERSON_POSSESSIVES.has(ctx.tokens[cue.last].norm) &&
      kinNounIndex.match(ctx.tokens, nextNonSpace(ctx.tokens, cue.last + 1)) !== null
    )
      return cue;
  }
  return null;
}
