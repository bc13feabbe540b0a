/**
 * Parses a PFIF document (1.1, 1.2, 1.3 or 1.4) into 1.4 records. Strict where safety or meaning
 * needs it: a DOCTYPE is refused outright (no entity expansion, internal or external), the document
 * is capped in size, depth and record count, and every record must carry its id, dates and a name.
 * Lenient where producers differ: older fields take their 1.4 names, and elements the format does
 * not define are skipped and counted, not refused. Pure: the import service decides what to store.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import {
  PFIF_NOTE_FIELDS,
  PFIF_PERSON_FIELDS,
  PFIF_RENAMED_NOTE_FIELDS,
  PFIF_RENAMED_PERSON_FIELDS,
  PFIF_STATUSES,
  PFIF_VERSION_NS,
  type PfifNoteField,
  type PfifPersonField,
  type PfifStatus,
  type PfifVersion,
} from './formats';

export const PFIF_MAX_BYTES = 5 * 1024 * 1024;
export const PFIF_MAX_RECORDS = 10_000;
/**
 * PFIF nests pfif > person > note > field: four levels. Extension elements may add a few. saxes
 * resolves namespaces up the open-element stack, so its time grows with the square of the depth:
 * past this many levels the document is refused before that cost is paid.
 */
export const PFIF_MAX_DEPTH = 10;
/** Distinct names listed in `ignored`; the rest are counted together, so the report stays small. */
const MAX_IGNORED_NAMES = 50;

export class PfifImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PfifImportError';
  }
}

export interface PfifNote {
  noteRecordId: string;
  personRecordId: string | null;
  linkedPersonRecordId: string | null;
  /** Empty when the producer left it out (Person Finder's own test notes do). */
  authorName: string;
  sourceDate: string;
  status: PfifStatus;
  lastKnownLocation: string | null;
  text: string;
  fields: Partial<Record<PfifNoteField, string>>;
}

export interface PfifPerson {
  personRecordId: string;
  /** Null only in 1.1 and 1.2 documents, where source_date was optional. */
  sourceDate: string | null;
  expiryDate: string | null;
  /** full_name split into lines (every spelling), or given_name and family_name joined. */
  fullNames: string[];
  alternateNames: string[];
  fields: Partial<Record<PfifPersonField, string>>;
  notes: PfifNote[];
}

/** Elements skipped with everything inside them, by name and where they stood. */
export interface PfifIgnored {
  element: string;
  namespace: string;
  in: 'pfif' | 'person' | 'note';
  count: number;
}

export interface PfifDocument {
  version: PfifVersion;
  persons: PfifPerson[];
  /** Top-level notes whose person is not in the document. */
  orphanNotes: PfifNote[];
  ignored: PfifIgnored[];
}

export interface PfifImportOptions {
  maxBytes?: number;
  maxRecords?: number;
}

const PERSON_FIELDS = new Set<string>([...PFIF_PERSON_FIELDS, ...Object.keys(PFIF_RENAMED_PERSON_FIELDS)]);
const NOTE_FIELDS = new Set<string>([...PFIF_NOTE_FIELDS, ...Object.keys(PFIF_RENAMED_NOTE_FIELDS)]);
const VERSION_OF_NS = new Map<string, PfifVersion>(Object.entries(PFIF_VERSION_NS).map(([v, ns]) => [ns, v as PfifVersion]));
const RECORD_ID = /^[^\s/]+\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_FIELD_CHARS = 100_000;

function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Frame {
  kind: 'root' | 'person' | 'note' | 'field' | 'ignored';
  name: string;
}

type Fail = (message: string) => never;

export function parsePfif(xml: string | Buffer, options: PfifImportOptions = {}): PfifPerson[] {
  return readPfif(xml, options).persons;
}

export function readPfif(xml: string | Buffer, options: PfifImportOptions = {}): PfifDocument {
  const maxBytes = options.maxBytes ?? PFIF_MAX_BYTES;
  const maxRecords = options.maxRecords ?? PFIF_MAX_RECORDS;
  const bytes = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.length;
  if (bytes > maxBytes) throw new PfifImportError(`The document is ${bytes} bytes; the limit is ${maxBytes} bytes.`);
  const text = typeof xml === 'string' ? xml : xml.toString('utf8');
  if (text.trim() === '') throw new PfifImportError('The document is empty.');

  const persons: PfifPerson[] = [];
  const topNotes: PfifNote[] = [];
  const stack: Frame[] = [];
  const ignored = new Map<string, PfifIgnored>();
  let version: PfifVersion | null = null;
  let records = 0;
  let person: { fields: Record<string, string> } | null = null;
  let note: { fields: Record<string, string> } | null = null;
  let buffer = '';
  let failure: PfifImportError | null = null;

  const parser = new SaxesParser({ xmlns: true, position: true });
  const fail: Fail = (message) => {
    throw new PfifImportError(`${message} (line ${parser.line})`);
  };
  const ignore = (element: string, namespace: string, where: PfifIgnored['in']) => {
    let key = `${where} ${namespace} ${element}`;
    if (!ignored.has(key) && ignored.size >= MAX_IGNORED_NAMES) {
      [element, namespace, key] = ['*', '*', `${where} * *`];
    }
    const entry = ignored.get(key) ?? { element, namespace, in: where, count: 0 };
    entry.count++;
    ignored.set(key, entry);
  };
  const skip = (tag: SaxesTagNS, where: PfifIgnored['in']) => {
    ignore(tag.local, tag.uri, where);
    stack.push({ kind: 'ignored', name: tag.name });
  };
  const openRecord = (kind: 'person' | 'note') => {
    if (++records > maxRecords) fail(`More than ${maxRecords} records`);
    if (kind === 'person') {
      person = { fields: {} };
      persons.push({ personRecordId: '', sourceDate: null, expiryDate: null, fullNames: [], alternateNames: [], fields: {}, notes: [] });
    } else note = { fields: {} };
    stack.push({ kind, name: kind });
  };
  const openField = (local: string, record: { fields: Record<string, string> } | null, what: string) => {
    if (record && local in record.fields) fail(`Field ${local} appears twice in a ${what}`);
    buffer = '';
    stack.push({ kind: 'field', name: local });
  };

  parser.on('doctype', () => fail('A DOCTYPE is not accepted in a PFIF import (entity declarations are refused)'));
  parser.on('processinginstruction', (pi) => fail(`Processing instruction <?${pi.target}?> is not accepted`));
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'field') {
      buffer += t;
      if (buffer.length > MAX_FIELD_CHARS) fail(`Field ${top.name} is too long`);
    } else if ((top?.kind === 'person' || top?.kind === 'note') && t.trim() !== '') {
      fail(`Unexpected text ${JSON.stringify(t.trim().slice(0, 40))}`);
    }
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'field') buffer += t;
    else if (top?.kind === 'person' || top?.kind === 'note') fail('Unexpected CDATA');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= PFIF_MAX_DEPTH) fail(`Elements nest more than ${PFIF_MAX_DEPTH} deep; PFIF needs fewer than ${PFIF_MAX_DEPTH} levels`);
    const top = stack[stack.length - 1];
    if (!top) {
      version = tag.local === 'pfif' ? (VERSION_OF_NS.get(tag.uri) ?? null) : null;
      if (!version) {
        fail(
          `The root element must be <pfif> in a PFIF 1.1–1.4 namespace (${Object.values(PFIF_VERSION_NS).join(', ')}); found <${tag.name}> in ${tag.uri ? JSON.stringify(tag.uri) : 'no namespace'}`,
        );
      }
      stack.push({ kind: 'root', name: tag.name });
      return;
    }
    if (top.kind === 'ignored') {
      stack.push({ kind: 'ignored', name: tag.name });
      return;
    }
    if (top.kind === 'field') fail(`Element <${tag.name}> inside field ${top.name}`);
    const where = top.kind === 'root' ? 'pfif' : top.kind;
    // Any version's namespace: producers have mixed them, and each field means the same in all.
    if (!VERSION_OF_NS.has(tag.uri)) return skip(tag, where);
    const local = tag.local;
    if (top.kind === 'root') {
      if (local === 'person' || local === 'note') openRecord(local);
      else skip(tag, where);
    } else if (top.kind === 'person') {
      if (local === 'note') openRecord('note');
      else if (PERSON_FIELDS.has(local)) openField(local, person, 'person');
      else skip(tag, where);
    } else if (NOTE_FIELDS.has(local)) openField(local, note, 'note');
    else skip(tag, where);
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (!frame) return;
    const parent = stack[stack.length - 1];
    if (frame.kind === 'field') {
      const value = buffer.trim();
      if (parent?.kind === 'note' && note) note.fields[frame.name] = value;
      else if (parent?.kind === 'person' && person) person.fields[frame.name] = value;
      buffer = '';
    } else if (frame.kind === 'note' && note) {
      const fields = renameOlderFields(note.fields, PFIF_RENAMED_NOTE_FIELDS, (old) => ignore(old, PFIF_VERSION_NS[version ?? '1.4'], 'note'));
      const n = finishNote(fields, persons.length, parent?.kind === 'person', fail);
      if (parent?.kind === 'person') persons[persons.length - 1].notes.push(n);
      else topNotes.push(n);
      note = null;
    } else if (frame.kind === 'person' && person) {
      const fields = renameOlderFields(person.fields, PFIF_RENAMED_PERSON_FIELDS, (old) => ignore(old, PFIF_VERSION_NS[version ?? '1.4'], 'person'));
      const p = finishPerson(fields, persons.length, version ?? '1.4', fail);
      persons[persons.length - 1] = { ...p, notes: persons[persons.length - 1].notes };
      person = null;
    }
  });
  parser.on('error', (err) => {
    throw new PfifImportError(`The document is not well-formed XML: ${err.message}`);
  });

  try {
    parser.write(text).close();
  } catch (err) {
    failure = err instanceof PfifImportError ? err : new PfifImportError(`The document is not well-formed XML: ${(err as Error).message}`);
  }
  if (failure) throw failure;
  if (!version) throw new PfifImportError('The document has no root element.');

  // Top-level notes join their person when it is in the document.
  const byId = new Map(persons.map((p) => [p.personRecordId, p]));
  const orphanNotes: PfifNote[] = [];
  for (const n of topNotes) {
    if (!n.personRecordId) throw new PfifImportError(`Note ${n.noteRecordId} is outside any person and has no person_record_id.`);
    const owner = byId.get(n.personRecordId);
    if (owner) owner.notes.push(n);
    else orphanNotes.push(n);
  }
  return { version, persons, orphanNotes, ignored: [...ignored.values()] };
}
/** PFIF 1.1–1.3 `other` holds "label: value" lines; the label Person Finder writes for a description. */
const DESCRIPTION_LABEL = 'description:';

/**
 * Person Finder's reading of `other`: when its only label is "description:", the text after it is
 * 1.4's description; with any other label the whole text is kept, so nothing is lost.
 */
export function otherToDescription(other: string): string {
  const out: string[] = [];
  let labelled = false;
  for (const line of other.split(/(?<=\n)/)) {
    let rest = line;
    if (line.startsWith(DESCRIPTION_LABEL)) {
      labelled = true;
      rest = line.slice(DESCRIPTION_LABEL.length);
      if (rest.trim() === '') continue;
    } else if (/^\S+:/.test(line)) return other;
    out.push(rest.replace(/^[ \t]+|[ \t]+$/g, ''));
  }
  return labelled ? out.join('').trim() : other;
}

/**
 * Older field names become their 1.4 names. When a record carries both (a 1.4 producer that kept
 * first_name beside given_name), the 1.4 one wins and the older one is reported as ignored.
 */
function renameOlderFields(raw: Record<string, string>, renamed: Readonly<Record<string, string>>, superseded: (old: string) => void): Record<string, string> {
  const f = { ...raw };
  for (const [old, current] of Object.entries(renamed)) {
    if (!(old in f)) continue;
    if (current in f) superseded(old);
    else f[current] = old === 'other' ? otherToDescription(f[old]) : f[old];
    delete f[old];
  }
  return f;
}

function checkDate(value: string | undefined, what: string, fail: Fail): void {
  if (value && !DATE.test(value)) fail(`${what} must be a UTC date yyyy-mm-ddThh:mm:ssZ, not ${JSON.stringify(value.slice(0, 40))}`);
}

function finishPerson(f: Record<string, string>, index: number, version: PfifVersion, fail: Fail): Omit<PfifPerson, 'notes'> {
  const what = `Person #${index}${f.person_record_id ? ` (${f.person_record_id})` : ''}`;
  if (!f.person_record_id) fail(`${what} has no person_record_id`);
  if (!RECORD_ID.test(f.person_record_id)) fail(`${what}: person_record_id must be domain/local-id`);
  // source_date became required in 1.3.
  if (!f.source_date && version !== '1.1' && version !== '1.2') fail(`${what} has no source_date`);
  checkDate(f.source_date, `${what}: source_date`, fail);
  checkDate(f.entry_date, `${what}: entry_date`, fail);
  checkDate(f.expiry_date, `${what}: expiry_date`, fail);
  // Before 1.3 a name was first_name and last_name only; Person Finder joins them when full_name is empty.
  let fullNames = lines(f.full_name);
  if (fullNames.length === 0) fullNames = lines([f.given_name, f.family_name].filter(Boolean).join(' '));
  // An expired record keeps only its ids and dates; otherwise it needs a name.
  if (fullNames.length === 0 && !f.expiry_date) fail(`${what} has no full_name (nor given_name or family_name)`);
  if (f.sex && !['female', 'male', 'other'].includes(f.sex)) fail(`${what}: sex must be female, male or other`);
  if (f.date_of_birth && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.date_of_birth)) fail(`${what}: date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (f.age && !/^\d+(-\d+)?$/.test(f.age)) fail(`${what}: age must be a number or a range N-M`);
  return {
    personRecordId: f.person_record_id,
    sourceDate: f.source_date || null,
    expiryDate: f.expiry_date || null,
    fullNames,
    alternateNames: lines(f.alternate_names),
    fields: f,
  };
}

/** xs:boolean, the type of 1.1–1.3's found, also allows 1 and 0. */
const BOOLEAN = new Map([
  ['true', 'true'],
  ['false', 'false'],
  ['1', 'true'],
  ['0', 'false'],
]);

function finishNote(f: Record<string, string>, personIndex: number, nested: boolean, fail: Fail): PfifNote {
  const what = `Note${f.note_record_id ? ` ${f.note_record_id}` : ''}${nested ? ` of person #${personIndex}` : ''}`;
  if (!f.note_record_id) fail(`${what} has no note_record_id`);
  if (!RECORD_ID.test(f.note_record_id)) fail(`${what}: note_record_id must be domain/local-id`);
  if (!nested && !f.person_record_id) fail(`${what} is outside any person and has no person_record_id`);
  if (!f.source_date) fail(`${what} has no source_date`);
  if (f.text === undefined || f.text === '') fail(`${what} has no text`);
  checkDate(f.source_date, `${what}: source_date`, fail);
  checkDate(f.entry_date, `${what}: entry_date`, fail);
  const status = (f.status ?? '') as PfifStatus;
  if (!(PFIF_STATUSES as readonly string[]).includes(status)) fail(`${what}: unknown status ${JSON.stringify(status.slice(0, 40))}`);
  if (f.author_made_contact) {
    const made = BOOLEAN.get(f.author_made_contact);
    if (!made) fail(`${what}: author_made_contact must be true or false`);
    f.author_made_contact = made;
  }
  return {
    noteRecordId: f.note_record_id,
    personRecordId: f.person_record_id || null,
    linkedPersonRecordId: f.linked_person_record_id || null,
    authorName: f.author_name ?? '',
    sourceDate: f.source_date,
    status,
    lastKnownLocation: f.last_known_location || null,
    text: f.text,
    fields: f,
  };
}

/** The status of the note with the latest source_date (PFIF's rule for a person's status). */
export function latestStatus(person: Pick<PfifPerson, 'notes'>): PfifStatus {
  let best: PfifNote | null = null;
  for (const n of person.notes) if (n.status && (!best || n.sourceDate >= best.sourceDate)) best = n;
  return best?.status ?? '';
}
