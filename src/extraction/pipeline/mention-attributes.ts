import type { MentionAttributes, MentionRole } from '../types';
import { DETAINEE_ROLES, emptyAttributes } from '../types';
import { foldWord, isComma, isWordToken, nextNonSpace, prevNonSpace, type Token } from './text-model';
import { AttributeHit, DEMONYMS, FROM_AR, GROUP_PERSONS, HitKind, fillAttributes, matchFacility, matchPlace } from '../attributes';
import { Cand, Ctx, Span, cueOf, wordySentence } from './context';
import { Decision } from './roles';
import { unnamedKinAt } from './others';
import {
  LOST_VERBS,
  PASSIVE_AUX,
  PERFECT_AUX,
  QUOTE_CHARACTERS,
  THEY_ARE_AR,
  THIRD_PERSON_POSSESSIVES,
  COORDINATORS,
  OF_WORDS,
  amongThemIndex,
  isCountWord,
  itIsIndex,
  organisationIndex,
  whoseKinAt,
} from './lexicon';

/** Stage 6, attributes: which attribute hits of the text belong to which name. */

// A relative's or an official's attributes are the ones said right after the name.
const NON_DETAINEE_WINDOW_TOKENS = 12;

interface Window {
  first: number;
  last: number;
}

/** The text between a name's neighbours in its sentence (its list item, its clause). */
export function ownWindow(ctx: Ctx, cands: Cand[], preStart: number[], k: number): Window {
  const c = cands[k];
  const s = ctx.sentence[c.first];
  const prev = k > 0 && ctx.sentence[cands[k - 1].first] === s ? cands[k - 1] : null;
  const next = k + 1 < cands.length && ctx.sentence[cands[k + 1].first] === s ? cands[k + 1] : null;
  // After another name, what stands before this one (up to its own cues) still describes the other.
  const first = prev ? Math.max(prev.last + 1, Math.min(c.first, preStart[k])) : ctx.sentenceFirst[s];
  return { first, last: next ? next.first - 1 : ctx.sentenceLast[s] };
}

const SHARED_KINDS: HitKind[] = ['prison', 'arrestYear', 'releaseDate', 'deathDate'];

/** "Sara Kayyali, de Human Rights Watch": a hometown read where an organisation's name starts is none. */
export function withoutOrganisations(ctx: Ctx, hits: AttributeHit[]): AttributeHit[] {
  return hits.filter((h) => h.kind !== 'hometown' || organisationIndex.match(ctx.tokens, h.first) === null);
}

/** "Omar Haddad, a friend of Samir Nasser, …": a hometown read where a name read as a person's starts is none. */
export function withoutNames(ctx: Ctx, hits: AttributeHit[]): AttributeHit[] {
  return hits.filter((h) => h.kind !== 'hometown' || ctx.candAt[h.first] < 0);
}

/** A verb of losing at `i` and an unnamed kinsman right after it: the kinsman phrase's last token, or -1. */
function lostKinAt(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (!isWordToken(tokens[i]) || !LOST_VERBS.has(tokens[i].norm)) return -1;
  const k = nextNonSpace(tokens, i + 1);
  const kin = k < tokens.length ? cueOf(ctx, k) : null;
  return kin && kin.first === k && unnamedKinAt(ctx, k) ? kin.last : -1;
}

/**
 * "after his brother was killed during the 2011 uprising", «son frère a été tué en 2011»: "his"/"her" and a kinship noun
 * naming no one, the subject of a role word right after it (auxiliaries aside). Its last token, or -1.
 */
function kinSubjectAt(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  const kin = cueOf(ctx, i);
  if (!kin || kin.first !== i || kin.def.kind !== 'relative' || tokens[i].kind !== 'lat' || !THIRD_PERSON_POSSESSIVES.has(tokens[i].norm)) return -1;
  if (!unnamedKinAt(ctx, i)) return -1;
  let j = nextNonSpace(tokens, kin.last + 1);
  for (let n = 0; n < 3 && j < tokens.length && (PASSIVE_AUX.has(tokens[j].norm) || PERFECT_AUX.has(tokens[j].norm)); n++) j = nextNonSpace(tokens, j + 1);
  const cue = j < tokens.length ? cueOf(ctx, j) : null;
  return cue && cue.first === j && cue.def.kind === 'role' ? kin.last : -1;
}

/**
 * "Omar Haddad, whose brother disappeared in 2013, was arrested in 2015", «dont le frère a disparu en 2013»: the
 * years and places of a "whose" clause about a kinsman, up to its comma, are the kinsman's.
 */
export function withoutKinClauses(ctx: Ctx, hits: AttributeHit[]): AttributeHit[] {
  const { tokens } = ctx;
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "lost his brother in Saydnaya", «a perdu son frère à Saydnaya», «فقد شقيقه في صيدنايا»: the place is the unnamed kinsman's.
    const whose = whoseKinAt(tokens, i);
    const kin = whose >= 0 ? whose : Math.max(lostKinAt(ctx, i), kinSubjectAt(ctx, i));
    if (kin < 0) continue;
    let end = kin;
    while (end + 1 < tokens.length && !isComma(tokens[end + 1]) && ctx.sentence[end + 1] === ctx.sentence[i]) end++;
    spans.push([i, end]);
  }
  if (spans.length === 0) return hits;
  return hits.filter((h) => h.kind === 'hometown' || h.kind === 'age' || !spans.some(([a, b]) => h.first >= a && h.last <= b));
}

export function attributesFor(ctx: Ctx, cands: Cand[], decisions: Decision[], windows: Window[], allHits: AttributeHit[], k: number): MentionAttributes {
  const { tokens } = ctx;
  const c = cands[k];
  const attrs = emptyAttributes();
  // «… بعد استشهاد معتقل آخر من بلدة صبيخان "X"»: an Arabic origin right before a name, past quote marks, is that name's
  // alone.
  const apposed = (h: AttributeHit): Cand | undefined => {
    if (h.kind !== 'hometown' || h.adjacentOnly || tokens[h.first].kind !== 'ar') return undefined;
    let j = nextNonSpace(tokens, h.last + 1);
    while (j < tokens.length && QUOTE_CHARACTERS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
    const owner = j < tokens.length && ctx.candAt[j] >= 0 ? cands[ctx.candAt[j]] : undefined;
    // Not «محمد الحداد من حمص وسامي الخطيب»: a name joined by «و» is the next of a list.
    return owner && owner.first === j && owner.start === tokens[j].s ? owner : undefined;
  };
  // Not the names before it; those after its name may share it as a list («من أبناء بلدة داعل "A"، "B"»).
  const hits = allHits.filter((h) => {
    const owner = apposed(h);
    return owner === undefined || owner === c || c.first > h.last;
  });
  const ownOrigin = hits.find((h) => apposed(h) === c);
  const name = { nameFirst: c.first, nameLast: c.last };
  const detainee = isDetaineeRole(decisions[k].role);
  const w = windows[k];
  if (!detainee) {
    // A relative's or an official's hometown and age are the ones said right after the name.
    fillAttributes(attrs, hits, { first: w.first, last: Math.min(w.last, c.last + NON_DETAINEE_WINDOW_TOKENS), ...name }, tokens, [
      'hometown',
      'age',
      'birthYear',
    ]);
    return attrs;
  }
  if (ownOrigin) attrs.hometown = String(ownOrigin.value);
  // «"محمد العدوي" و"عبد الرحيم الزعبي" ابني مدينة الحراك»: "sons of" in the dual or plural right after the next name is both's.
  const next = cands[k + 1];
  if (next && next.group === c.group && ctx.sentence[next.first] === ctx.sentence[c.first]) {
    let j = nextNonSpace(tokens, next.last + 1);
    while (j < tokens.length && QUOTE_CHARACTERS.has(tokens[j].norm)) j = nextNonSpace(tokens, j + 1);
    const shared = PLURAL_ORIGIN.has(tokens[j]?.norm ?? '') ? hits.find((h) => h.kind === 'hometown' && h.anchor === j) : undefined;
    if (shared) attrs.hometown = String(shared.value);
  }
  // A card: the name alone on its line, then "Âge : 61 ans", «المدينة: داريا» field lines. The fields are its own.
  const card = cardFields(ctx, cands, c);
  if (card) {
    const fields = hits.filter((h) => h.anchor >= card.first && h.last <= card.last).map((h) => ({ ...h, adjacentOnly: false }));
    fillAttributes(attrs, fields, { ...card, nameFirst: -1, nameLast: -1 }, tokens);
  }
  fillAttributes(attrs, hits, { ...w, ...name }, tokens);
  // Names coordinated with this one share what is said of them together.
  let groupFirst = w.first;
  let groupLast = w.last;
  let lastName = c.last;
  let lastNameFirst = c.first;
  let firstName = c.first;
  for (let m = 0; m < cands.length; m++) {
    if (cands[m].group !== c.group) continue;
    groupFirst = Math.min(groupFirst, windows[m].first);
    groupLast = Math.max(groupLast, windows[m].last);
    firstName = Math.min(firstName, cands[m].first);
    if (cands[m].last > lastName) {
      lastName = cands[m].last;
      lastNameFirst = cands[m].first;
    }
  }
  // «Arrêtés chez eux à Banias le 12 mai 2011, A, B et C avaient…»: a clause that opens the sentence before the whole
  // group, a plural participle at its head, is said of everyone in it.
  if (attrs.hometown === null && firstName < c.first && pluralOpening(ctx, firstName)) {
    const s = ctx.sentence[firstName];
    fillAttributes(attrs, hits, { first: ctx.sentenceFirst[s], last: firstName - 1, nameFirst: -1, nameLast: -1 }, tokens, ['hometown']);
  }
  if (groupFirst < w.first || groupLast > w.last) {
    fillAttributes(attrs, hits, { first: groupFirst, last: groupLast, ...name }, tokens, SHARED_KINDS);
    // «محمد العدوي وعبد الرحيم الزعبي، وكلاهما من أبناء الحراك»: a hometown after the whole group is everyone's;
    // «محمد الحداد وأحمد العلي من زبدون», «Omar Haddad et Samir Nasser, de Zabadoun,»: one the lists lack, right
    // after the group's last name or its comma, too ("…and David Haines, an aid worker from Britain" is his alone).
    const comma = nextNonSpace(tokens, lastName + 1);
    const right = !isComma(tokens[comma]) || hits.some((h) => h.kind === 'hometown' && h.anchor === nextNonSpace(tokens, comma + 1));
    const after = right ? { nameFirst: lastNameFirst, nameLast: lastName } : { nameFirst: -1, nameLast: -1 };
    fillAttributes(attrs, hits, { first: lastName + 1, last: groupLast, ...after }, tokens, ['hometown']);
    // «…وهادي عساف، وعمر كل منهما 17 سنة»: an age said of each of them after the whole group.
    const each = hits.find((h) => h.kind === 'age' && h.anchor > lastName && h.last <= groupLast && saysEach(tokens, h.anchor, h.first));
    if (attrs.age === null && each) attrs.age = Number(each.value);
    // «أفرج عن الشقيقين محمد وأحمد الحداد. وينحدر الشقيقان من مدينة داريا»: the next sentence, naming nobody, is
    // about the pair when a word for them ("the two brothers", "both") stands in it.
    // Past a line break, which may stand as a sentence of its own.
    const nextS = wordySentence(ctx, ctx.sentence[lastName], 1);
    if (attrs.hometown === null && nextS < ctx.sentenceFirst.length && !cands.some((m) => ctx.sentence[m.first] === nextS)) {
      const first = ctx.sentenceFirst[nextS];
      const last = ctx.sentenceLast[nextS];
      // …or opens on "they", «وهما», «ils» (a "they" further on may be anyone: "Rebels said they had freed…").
      let pair = opensWithGroup(ctx, first, last + 1);
      for (let j = first; j <= last && !pair; j++) pair = GROUP_WORDS.has(tokens[j].norm);
      if (pair) fillAttributes(attrs, hits, { first, last, nameFirst: -1, nameLast: -1 }, tokens, ['hometown']);
      // "They are from Zabadoun", «Ils sont originaires de Zabadoun»: a town the lists lack, when the word for them opens
      // the sentence, a few words before the intro.
      const opener = hits.find((h) => h.kind === 'hometown' && h.adjacentOnly && h.anchor >= first && h.last <= last && opensWithGroup(ctx, first, h.anchor));
      if (pair && attrs.hometown === null && opener) attrs.hometown = String(opener.value);
    }
  }
  // «محمد الحداد\nداريا\nمعتقل منذ 2012»: a card whose name line is followed by a line that is only a known place.
  if (attrs.hometown === null) attrs.hometown = placeLineAfter(ctx, c);
  if (attrs.hometown === null) attrs.hometown = groupOrigin(ctx, cands, c, hits);
  if (attrs.hometown === null) attrs.hometown = pairOrigin(ctx, cands, c, hits);
  const item = ctx.itemOf[c.first];
  const h = item >= 0 ? ctx.items[item].heading : colonHeading(ctx, cands, k);
  if (h) {
    fillAttributes(attrs, hits, { first: h.first, last: h.last, nameFirst: -1, nameLast: -1 }, tokens, ['hometown']);
    fillAttributes(attrs, hits, { first: h.first, last: h.last, nameFirst: -1, nameLast: -1 }, tokens, SHARED_KINDS);
  }
  // The sentences that name nobody speak of everyone in a post about one person,
  // and give everyone the prison when they name only one («#صيدنايا» under a list).
  // A sentence that names only this person again («… Haddad was freed») is theirs too.
  const person = (m: Cand): Cand => m.ref ?? m;
  const self = person(c);
  const named = new Set(cands.filter((m) => person(m) !== self).map((m) => ctx.sentence[m.first]));
  // "His brother was freed from Adra Prison": a sentence whose subject is an unnamed kinsman tells of him, not of the post's person.
  const unnamed = ctx.sentenceFirst.map((_, s) => s).filter((s) => !named.has(s) && s !== ctx.sentence[c.first] && !opensOnUnnamedKin(ctx, s));
  const detainees = new Set(cands.filter((m, j) => isDetaineeRole(decisions[j].role)).map((m) => nameKey(ctx, person(m))));
  if (detainees.size === 1) {
    const here = ctx.sentence[c.first];
    unnamed.sort((a, b) => Math.abs(a - here) - Math.abs(b - here) || b - a);
    for (const s of unnamed) {
      fillAttributes(attrs, hits, { first: ctx.sentenceFirst[s], last: ctx.sentenceLast[s], nameFirst: -1, nameLast: -1 }, tokens);
    }
    // "The 34-year-old from Zabadoun has not been seen since", "Originally from Zabadoun, he…", "Hometown: Zabadoun.":
    // a town the lists lack, after a description of the one person or an intro that opens a sentence naming nobody.
    const described = attrs.hometown === null ? hits.find((h) => h.kind === 'hometown' && h.adjacentOnly && opensWithDescription(ctx, h.anchor)) : undefined;
    if (described && unnamed.includes(ctx.sentence[described.anchor])) attrs.hometown = String(described.value);
    // «…وأنها اقتيدت إلى مطار المزة»: where the one person of the post was taken, released from or died (GUIDE:
    // the one released from or the last one) outweighs a prison merely named with the name.
    const ended = hits.find((h) => h.kind === 'prison' && h.preferred && unnamed.includes(ctx.sentence[h.first]));
    if (ended && !hits.some((h) => h.kind === 'prison' && h.preferred && h.value === attrs.prison)) attrs.prison = String(ended.value);
    // "Omar Haddad was arrested by Military Intelligence. A detainee said he was held in Saydnaya": where he was held
    // outweighs the force that arrested him.
    const byAgent = (v: string | number) =>
      hits.some((h) => h.kind === 'prison' && h.value === v && h.agent) && !hits.some((h) => h.kind === 'prison' && h.value === v && !h.agent);
    const held = hits.find((h) => h.kind === 'prison' && !h.agent && (unnamed.includes(ctx.sentence[h.first]) || ctx.sentence[h.first] === here));
    if (!ended && attrs.prison !== null && byAgent(attrs.prison) && held) attrs.prison = String(held.value);
  } else if (attrs.hometown === null) {
    // "Omar Haddad was arrested in 2013. He is from Daraya. Samir Nasser…", «… وهو من أبناء داريا»: in a post about
    // several people, the sentence after one's own that names nobody and opens on "he", «وهو», «il» is about him.
    const told = pronounHometown(ctx, cands, hits, (m) => person(m) === self);
    if (told !== null) attrs.hometown = told;
    // «اعتقال شابين ينحدران من بلدة المزيرعة… وهما علي عساف وهادي عساف»: a lede that names nobody
    // gives its one hometown to the held people named after it; not a sentence after another name ("He is from…").
    const first = Math.min(...cands.filter((m) => person(m) === self).map((m) => m.first));
    const lede = hits.filter((h) => h.kind === 'hometown' && !h.adjacentOnly && h.last < first && !named.has(ctx.sentence[h.first]) && h.last < cands[0].first);
    if (attrs.hometown === null && lede.length > 0 && new Set(lede.map((h) => h.value)).size === 1) attrs.hometown = String(lede[0].value);
  }
  if (detainees.size !== 1 && attrs.prison === null) {
    // "Fadi Khalil was arrested in 2011. He is held in Branch 215.": a sentence naming nobody that opens on "he" after
    // one person's sentence tells of that person's prison alone.
    const toldOf = (h: AttributeHit) => pronounSubject(ctx, cands, ctx.sentence[h.first]);
    const own = hits.find((h) => h.kind === 'prison' && !named.has(ctx.sentence[h.first]) && toldOf(h) === self);
    const prisons = new Set(hits.filter((h) => h.kind === 'prison').map((h) => h.value));
    const loose = hits.filter((h) => h.kind === 'prison' && !named.has(ctx.sentence[h.first]) && toldOf(h) === null);
    if (own) attrs.prison = String(own.value);
    else if (prisons.size === 1 && loose.length > 0) attrs.prison = String(loose[0].value);
  }
  return attrs;
}

/**
 * "The 34-year-old from", "The father of three, from", «Ce père de famille originaire de»: the sentence opens with
 * "the"/«ce» and a few lower-case words, one of them a word for a person, right up to `anchor`, or with `anchor`
 * itself ("Originally from", "Hometown:").
 */
function opensWithDescription(ctx: Ctx, anchor: number): boolean {
  const { tokens } = ctx;
  let first = ctx.sentenceFirst[ctx.sentence[anchor]];
  while (first < anchor && !isWordToken(tokens[first])) first++;
  if (first === anchor) return true;
  if (!DESCRIPTION_OPENERS.has(tokens[first].norm)) return false;
  let person = false;
  let words = 0;
  for (let j = first + 1; j < anchor; j++) {
    const t = tokens[j];
    if (t.kind === 'sp' || t.kind === 'num' || t.norm === '-' || isComma(t)) continue;
    // «Ce druze originaire de Hasbaya», «Ce Libanais de 61 ans»: a people's name describes a person, capitalised or not.
    const people = t.kind === 'lat' && DEMONYMS.has(t.norm);
    if (t.kind !== 'lat' || (t.cap && !people) || ++words > MAX_DESCRIPTION_WORDS) return false;
    person ||= people || DESCRIBED_PERSONS.has(t.norm);
  }
  return person;
}
const DESCRIPTION_OPENERS = new Set(['the', 'this', 'ce', 'cet', 'cette', 'le', 'la'].map(foldWord));
const MAX_DESCRIPTION_WORDS = 5;
const DESCRIBED_PERSONS = new Set(
  [
    ...['year-old', 'man', 'woman', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'boy', 'girl', 'teenager', 'student', 'detainee', 'prisoner'],
    ...['activist', 'homme', 'femme', 'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'jeune', 'étudiant', 'étudiante', 'détenu', 'détenue', 'prisonnier'],
    'militant',
  ].map(foldWord),
);

/**
 * The hometown of the sentence after one of `own`'s mentions, the last name of its sentence, when that sentence names
 * nobody and opens on a subject pronoun ("He is from Zabadoun", «وهو من أبناء داريا», «Il est originaire de Douma»).
 */
function pronounHometown(ctx: Ctx, cands: Cand[], hits: AttributeHit[], own: (m: Cand) => boolean): string | null {
  const { tokens } = ctx;
  for (let k = 0; k < cands.length; k++) {
    const s = ctx.sentence[cands[k].first];
    if (!own(cands[k]) || (k + 1 < cands.length && ctx.sentence[cands[k + 1].first] === s)) continue;
    const next = wordySentence(ctx, s, 1);
    if (next >= ctx.sentenceFirst.length || cands.some((m) => ctx.sentence[m.first] === next)) continue;
    const opener = sentenceOpener(ctx, next);
    if (opener < 0 || !SUBJECT_OPENERS.has(tokens[opener].norm)) continue;
    // Past the pronoun, a few words at most to the intro: "He is from", «وهو من أبناء», «Il est originaire de».
    const hit = hits.find((h) => h.kind === 'hometown' && ctx.sentence[h.first] === next && h.anchor - opener <= MAX_PRONOUN_TO_INTRO_TOKENS);
    if (hit) return String(hit.value);
  }
  return null;
}
/** «Lui vient de sortir», «Lui-même», "He himself": stressed forms open on the same one. */
const SUBJECT_OPENERS = new Set(['he', 'she', 'il', 'elle', 'lui', 'lui-même', 'elle-même', 'هو', 'وهو', 'هي', 'وهي'].map(foldWord));

/** The first word of sentence `s`, or -1 when it holds none. */
function sentenceOpener(ctx: Ctx, s: number): number {
  let opener = ctx.sentenceFirst[s];
  while (opener <= ctx.sentenceLast[s] && !isWordToken(ctx.tokens[opener])) opener++;
  return opener <= ctx.sentenceLast[s] ? opener : -1;
}

/** Sentence `s` opens on an unnamed kinsman: "His brother was freed", «Son frère a été libéré», «شقيقه خرج». */
function opensOnUnnamedKin(ctx: Ctx, s: number): boolean {
  const opener = sentenceOpener(ctx, s);
  return opener >= 0 && unnamedKinAt(ctx, opener);
}

/** The one person (past any short form) of the sentence before sentence `s`, when `s` names nobody and opens on "he", «il», «وهو»; else null. */
function pronounSubject(ctx: Ctx, cands: Cand[], s: number): Cand | null {
  const opener = sentenceOpener(ctx, s);
  if (opener < 0 || !SUBJECT_OPENERS.has(ctx.tokens[opener].norm)) return null;
  if (cands.some((m) => ctx.sentence[m.first] === s)) return null;
  const before = wordySentence(ctx, s, -1);
  const people = new Set(cands.filter((m) => ctx.sentence[m.first] === before).map((m) => m.ref ?? m));
  return people.size === 1 ? [...people][0] : null;
}
const MAX_PRONOUN_TO_INTRO_TOKENS = 8;

/** The known place that is the whole of the line after the name's own line, when that line holds the name alone, or null. */
/**
 * «Souhail Hamaoui⏎Âge : 61 ans⏎Lieu de résidence : Chekka⏎Date de l'arrestation : 3 décembre 1992»: the lines under a
 * name that stands alone on its line (a «Nom :» label aside), each a field label of a few words and a colon, up to the
 * first line that is not one. The span of those lines, or null.
 */
function cardFields(ctx: Ctx, cands: Cand[], c: Cand): Window | null {
  const { lines } = ctx;
  const li = ctx.lineOf[c.first];
  const line = lines[li];
  if (!line || line.words > c.units + CARD_NAME_LABEL_WORDS || cands.some((m) => m !== c && ctx.lineOf[m.first] === li)) return null;
  let last = -1;
  for (let l = li + 1; l < lines.length && isFieldLine(ctx, cands, l); l++) last = l;
  return last < 0 ? null : { first: lines[li + 1].first, last: lines[last].last };
}
const CARD_NAME_LABEL_WORDS = 2;

/** Line `l` opens with a label of a few words and a colon, and names nobody. */
function isFieldLine(ctx: Ctx, cands: Cand[], l: number): boolean {
  const { tokens } = ctx;
  const line = ctx.lines[l];
  if (line.words === 0 || cands.some((m) => ctx.lineOf[m.first] === l)) return false;
  let words = 0;
  for (let j = line.first; j <= line.last; j++) {
    const t = tokens[j];
    if (t.norm === ':') return words > 0;
    if (isWordToken(t) && ++words > MAX_FIELD_LABEL_WORDS) return false;
  }
  return false;
}
const MAX_FIELD_LABEL_WORDS = 4;

function placeLineAfter(ctx: Ctx, c: Cand): string | null {
  const li = ctx.lineOf[c.first];
  const line = ctx.lines[li];
  const next = ctx.lines[li + 1];
  if (!line || !next || line.words !== c.units || next.words === 0 || next.words > MAX_PLACE_LINE_WORDS) return null;
  const { tokens } = ctx;
  let first = next.first;
  while (first <= next.last && !isWordToken(tokens[first])) first++;
  const place = first <= next.last ? matchPlace(tokens, first) : null;
  // «صيدنايا» alone is the prison as much as the town.
  if (!place || matchFacility(tokens, first) !== null) return null;
  for (let j = place.last + 1; j <= next.last; j++) if (isWordToken(tokens[j]) || tokens[j].kind === 'num') return null;
  return ctx.model.text.slice(tokens[first].s, tokens[place.last].e);
}
const MAX_PLACE_LINE_WORDS = 3;

/** «كل منهما», "each", «chacun»: the words from `from` to `to` say "each of them". */
function saysEach(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (EACH.has(tokens[j].norm)) return true;
  return false;
}
const EACH = new Set(['كل', 'each', 'chacun', 'chacune'].map(foldWord));

/** A word folded, and an Arabic one with «و» joined to it too. */
function withConjunction(w: string): string[] {
  const f = foldWord(w);
  return /\p{Script=Arabic}/u.test(w) ? [f, `و${f}`] : [f];
}

/** The sentence of the name at `first` opens on a plural French participle («Arrêtés», «Enlevées») before it. */
function pluralOpening(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx;
  const head = nextNonSpace(tokens, ctx.sentenceFirst[ctx.sentence[first]]);
  const t = tokens[head];
  if (!t || t.kind !== 'lat' || head >= first || !t.cap) return false;
  const cue = ctx.cueAt[head];
  return cue !== null && cue.def.kind === 'role' && /[eéiu]e?s$/u.test(t.norm);
}

/** Words for the people just named together: «الشقيقان», «كلاهما», "both", «tous deux». */
const GROUP_WORDS = new Set(
  [
    'الشقيقان',
    'الشقيقين',
    'الأخوان',
    'الأخوين',
    'الشابان',
    'الشابين',
    'المعتقلان',
    'المعتقلين',
    'المعتقلون',
    'كلاهما',
    'كليهما',
    // «وقالت العائلة لـ"زمان الوصل" إنهما ينحدران من…»: "that the two of them", the dual, wherever it stands.
    'إنهما',
    'أنهما',
    'بأنهما',
    'جميعهم',
    'both',
    'brothers',
    'deux',
  ].flatMap(withConjunction),
);
/**
 * «وهما من أبناء داريا», "They are from Daraya", «Ils sont originaires de Daraya»: "they", the ones just named, when it
 * opens the sentence; «وقالت العائلة إنهم ينحدرون من…»: "that they" a few words in.
 */
const GROUP_PRONOUNS = new Set(['هما', 'هم', 'إنهم', 'أنهم', 'بأنهم', 'they', 'ils', 'elles'].flatMap(withConjunction));

/** The sentence that starts at `first` opens (within a few words, before `anchor`) with a word for the people just named. */
function opensWithGroup(ctx: Ctx, first: number, anchor: number): boolean {
  const { tokens } = ctx;
  let words = 0;
  let definite = false;
  for (let j = first; j < anchor; j++) {
    if (!isWordToken(tokens[j])) continue;
    if (GROUP_WORDS.has(tokens[j].norm) || GROUP_PRONOUNS.has(tokens[j].norm)) return true;
    // "The abducted citizens are from …", «Les deux hommes sont originaires de …»: the group named again.
    if (words === 0 && tokens[j].kind === 'lat' && DEFINITE_OPENERS.has(tokens[j].norm)) definite = true;
    else if (definite && tokens[j].kind === 'lat' && GROUP_PERSONS.has(tokens[j].norm)) return true;
    if (++words >= MAX_GROUP_OPENER_WORDS) return false;
  }
  return false;
}
const DEFINITE_OPENERS = new Set(['the', 'these', 'les', 'ces'].map(foldWord));
const MAX_GROUP_OPENER_WORDS = 3;

/** «ابنا», «ابني», «أبناء»: "sons of" in the dual or plural. */
const PLURAL_ORIGIN = new Set(['ابنا', 'ابني', 'أبناء'].map(foldWord));

const nameKey = (ctx: Ctx, c: Cand): string => ctx.model.text.slice(c.start, ctx.tokens[c.last].e);

/**
 * «…من أبناء مدينة التل: علاء الدين محمد، سمير خليل…», «ثلاثة معتقلين من أبناء داريا، هم محمد الحداد وأحمد العلي»:
 * the words before the colon, or before "they are", head the names after it.
 */
function colonHeading(ctx: Ctx, cands: Cand[], k: number): Span | null {
  const head = cands.find((m) => m.group === cands[k].group) as Cand;
  let colon = prevNonSpace(ctx.tokens, head.first - 1);
  // «… هم: “عبد الله عنتر، محمد زاهر بلور…”»: past the quote mark that opens the list.
  if (colon >= 0 && QUOTE_CHARACTERS.has(ctx.tokens[colon].norm)) colon = prevNonSpace(ctx.tokens, colon - 1);
  const t = ctx.tokens[colon];
  if (
    colon < 0 ||
    !(t.norm === ':' || THEY_ARE_AR.has(t.norm) || HE_IS_AR.has(t.norm) || amongThemIndex.endsAt(ctx.tokens, colon, 3)) ||
    ctx.sentence[colon] !== ctx.sentence[head.first]
  )
    return null;
  const first = ctx.sentenceFirst[ctx.sentence[colon]];
  return colon > first ? { first, last: colon - 1 } : null;
}
/** «هو», «وهي»: "he is", "she is" before the one name a phrase before it was about (lexicon THEY_ARE_AR: "they are"). */
const HE_IS_AR = new Set(['هو', 'وهو', 'هي', 'وهي'].map(foldWord));

const isDetaineeRole = (r: MentionRole): boolean => DETAINEE_ROLES.includes(r);

/**
 * «…شاحنة يستقلها "محمد الحداد"، ويرافقه الطفل "عمر الخطيب"، وهما من بلدة الكسوة», "…, both from Kisweh": "the two of
 * them" right after the second of the two people a sentence names is the origin of both, though "and" does not join
 * them; «وهم من», "all from" after the last of three or more.
 */
function pairOrigin(ctx: Ctx, cands: Cand[], c: Cand, hits: AttributeHit[]): string | null {
  const { tokens } = ctx;
  const s = ctx.sentence[c.first];
  const people = cands.filter((m) => ctx.sentence[m.first] === s && !m.ref);
  if (people.length < 2) return null;
  let j = nextNonSpace(tokens, people[people.length - 1].last + 1);
  while (j < tokens.length && (QUOTE_CHARACTERS.has(tokens[j].norm) || isComma(tokens[j]))) j = nextNonSpace(tokens, j + 1);
  const word = tokens[j]?.norm ?? '';
  if (!(people.length === 2 ? BOTH_OF_THEM : ALL_OF_THEM).has(word)) return null;
  const h = hits.find((x) => x.kind === 'hometown' && x.anchor === nextNonSpace(tokens, j + 1));
  return h ? String(h.value) : null;
}
const BOTH_OF_THEM = new Set(['هما', 'كلاهما', 'both'].flatMap(withConjunction));
const ALL_OF_THEM = new Set(['هم', 'جميعهم', 'كلهم', 'all'].flatMap(withConjunction));

/**
 * «اعتقلت قوات النظام ثلاثة شبان من أبناء البلدة "A"، "B"», «Cinq réfugiés palestiniens habitant à Mesraba ont été
 * arrêtés, il s'agit de A, B…»: an origin said of an unnamed group is the hometown of the names that then say who they
 * are. In its own sentence, before the name with no other name between; or in the sentence before, naming nobody, when
 * the name's own sentence names the group again («اعتقال الشابين "A"», "the two men") or opens on «il s'agit de».
 */
function groupOrigin(ctx: Ctx, cands: Cand[], c: Cand, hits: AttributeHit[]): string | null {
  const s = ctx.sentence[c.first];
  const hometowns = (t: number) => hits.filter((h) => h.kind === 'hometown' && ctx.sentence[h.anchor] === t && h.last < c.first);
  let found = hometowns(s);
  if (found.length === 0) {
    const before = wordySentence(ctx, s, -1);
    if (before < 0 || cands.some((m) => ctx.sentence[m.first] === before) || !groupAgain(ctx, s, c.first)) return null;
    found = hometowns(before);
  }
  const h = found[found.length - 1];
  if (!h || !groupNounBefore(ctx.tokens, h.anchor)) return null;
  // The names after it up to this one make a list: nothing but commas, quote marks and "and" between them.
  const { tokens } = ctx;
  const list = cands.filter((m) => m.first > h.last && m.first <= c.first);
  for (let n = 1; n < list.length; n++) {
    for (let j = list[n - 1].last + 1; j < list[n].first; j++) {
      const t = tokens[j];
      if (t.kind === 'sp' || (t.kind === 'p' && (isComma(t) || QUOTE_CHARACTERS.has(t.norm)))) continue;
      if (isWordToken(t) && (COORDINATORS.has(t.norm) || OF_WORDS.has(t.norm))) continue;
      if (t.kind === 'p' && t.norm === '(') {
        // «Omar Haddad (né en 1987) Samir Nasser (né en 1986)»: what a bracket says of the name before it.
        while (j < list[n].first && tokens[j].norm !== ')') j++;
        continue;
      }
      return null;
    }
  }
  return String(h.value);
}

/** The group noun right before an origin's intro at `anchor`: past «من» of «من أبناء», and past a demonym or two. */
function groupNounBefore(tokens: Token[], anchor: number): boolean {
  let j = prevWord(tokens, anchor);
  if (j >= 0 && tokens[j].norm === FROM_AR) j = prevWord(tokens, j);
  for (let n = 0; n < 2 && j >= 0 && !GROUP_PERSONS.has(tokens[j].norm) && isDemonym(tokens[j]); n++) j = prevWord(tokens, j);
  return j >= 0 && GROUP_PERSONS.has(tokens[j].norm);
}

/** «الشابين», "the two men", «les jeunes», or «il s'agit de» at the start: sentence `s` names the group again before `upTo`. */
function groupAgain(ctx: Ctx, s: number, upTo: number): boolean {
  const { tokens } = ctx;
  let first = ctx.sentenceFirst[s];
  while (first < upTo && !isWordToken(tokens[first])) first++;
  if (itIsIndex.match(tokens, first)) return true;
  for (let j = first; j < upTo; j++) {
    const t = tokens[j];
    if (t.kind === 'ar' && /^(?:و?ال|و?لل)/u.test(t.norm) && GROUP_PERSONS.has(t.norm.replace(/^(?:و?ال|و?لل)/u, ''))) return true;
    if (t.kind !== 'lat' || !GROUP_PERSONS.has(t.norm)) continue;
    // "the two men", «ces cinq réfugiés»: an article or a demonstrative, maybe a count between.
    let d = prevWord(tokens, j);
    if (d >= 0 && isCountWord(tokens[d])) d = prevWord(tokens, d);
    if (d >= 0 && DEFINITE_GROUP_WORDS.has(tokens[d].norm)) return true;
  }
  return false;
}
/** Definite words before a group noun (not "a", «des»: "two other men" is not the group told of). */
const DEFINITE_GROUP_WORDS = new Set(['the', 'these', 'those', 'les', 'ces'].map(foldWord));

/** The word or number before token `i`, past spaces and quote marks; -1 when punctuation stands there. */
function prevWord(tokens: Token[], i: number): number {
  let j = prevNonSpace(tokens, i - 1);
  while (j >= 0 && tokens[j].kind === 'p' && QUOTE_CHARACTERS.has(tokens[j].norm)) j = prevNonSpace(tokens, j - 1);
  return j >= 0 && (isWordToken(tokens[j]) || tokens[j].kind === 'num') ? j : -1;
}

/** «palestiniens», «الفلسطينيين»: a people's name, or an Arabic plural of relation, standing after a group noun. */
function isDemonym(t: Token): boolean {
  // «الفلسطينيين», and without the article after an indefinite noun («لاجئين فلسطينيين»).
  return (t.kind === 'lat' && DEMONYMS.has(t.norm)) || (t.kind === 'ar' && /^(?:ال)?.{3,}(?:يين|يون)$/u.test(t.norm));
}
