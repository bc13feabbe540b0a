/**
 * Parses a PFIF 1.4 document into typed records, strictly: a DOCTYPE is refused outright (no
 * entity expansion, internal or external), the document is capped in size, depth and record count, the
 * root must be pfif:pfif in the 1.4 namespace, and every record must carry its required fields.
 * Pure: the import service decides what to store.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PFIF_NOTE_FIELDS, PFIF_NS, PFIF_PERSON_FIELDS, PFIF_STATUSES, type PfifNoteField, type PfifPersonField, type PfifStatus } from './formats';

export const PFIF_MAX_BYTES = 5 * 1024 * 1024;
export const PFIF_MAX_RECORDS = 10_000;
/**
 * PFIF nests pfif > person > note > field: four levels. Extension elements may add a few. saxes
 * resolves namespaces up the open-element stack, so its time grows with the square of the depth:
 * past this many levels the document is refused before that cost is paid.
 */
export const PFIF_MAX_DEPTH = 10;

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
  authorName: string;
  sourceDate: string;
  status: PfifStatus;
  lastKnownLocation: string | null;
  text: string;
  fields: Partial<Record<PfifNoteField, string>>;
}

export interface PfifPerson {
  personRecordId: string;
  sourceDate: string;
  expiryDate: string | null;
  /** full_name split into lines: every spelling. */
  fullNames: string[];
  alternateNames: string[];
  fields: Partial<Record<PfifPersonField, string>>;
  notes: PfifNote[];
}

export interface PfifImportOptions {
  maxBytes?: number;
  maxRecords?: number;
}

const PERSON_FIELDS = new Set<string>(PFIF_PERSON_FIELDS);
const NOTE_FIELDS = new Set<string>(PFIF_NOTE_FIELDS);
const RECORD_ID = /^[^\s/]+\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_FIELD_CHARS = 100_000;

function lines(value: string | undefined): string[] {
  return (value ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

interface Frame {
  kind: 'person' | 'note' | 'field' | 'foreign';
  name: string;
}

export function parsePfif(xml: string | Buffer, options: PfifImportOptions = {}): PfifPerson[] {
  const maxBytes = options.maxBytes ?? PFIF_MAX_BYTES;
  const maxRecords = options.maxRecords ?? PFIF_MAX_RECORDS;
  const bytes = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.length;
  if (bytes > maxBytes) throw new PfifImportError(`The document is ${bytes} bytes; the limit is ${maxBytes} bytes.`);
  const text = typeof xml === 'string' ? xml : xml.toString('utf8');
  if (text.trim() === '') throw new PfifImportError('The document is empty.');

  const persons: PfifPerson[] = [];
  const topNotes: PfifNote[] = [];
  const stack: Frame[] = [];
  let records = 0;
  let rootSeen = false;
  let person: { fields: Record<string, string> } | null = null;
  let note: { fields: Record<string, string> } | null = null;
  let buffer = '';
  let failure: PfifImportError | null = null;

  const parser = new SaxesParser({ xmlns: true, position: true });
  const fail = (message: string): never => {
    throw new PfifImportError(`${message} (line ${parser.line})`);
  };

  parser.on('doctype', () => fail('A DOCTYPE is not accepted in a PFIF import (entity declarations are refused)'));
  parser.on('processinginstruction', (pi) => fail(`Processing instruction <?${pi.target}?> is not accepted`));
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'field') {
      buffer += t;
      if (buffer.length > MAX_FIELD_CHARS) fail(`Field ${top.name} is too long`);
    } else if (top?.kind !== 'foreign' && t.trim() !== '') {
      fail(`Unexpected text ${JSON.stringify(t.trim().slice(0, 40))}`);
    }
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'field') buffer += t;
    else if (top?.kind !== 'foreign') fail('Unexpected CDATA');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= PFIF_MAX_DEPTH) fail(`Elements nest more than ${PFIF_MAX_DEPTH} deep; PFIF needs fewer than ${PFIF_MAX_DEPTH} levels`);
    const ns = tag.uri;
    const top = stack[stack.length - 1];
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== 'pfif' || ns !== PFIF_NS) {
        fail(`The root element must be <pfif> in the PFIF 1.4 namespace ${PFIF_NS}; found <${tag.name}> in ${ns ? JSON.stringify(ns) : 'no namespace'}`);
      }
      stack.push({ kind: 'foreign', name: '#root' });
      return;
    }
    if (top?.kind === 'foreign' && top.name !== '#root') {
      stack.push({ kind: 'foreign', name: tag.name });
      return;
    }
    if (top?.kind === 'field') fail(`Element <${tag.name}> inside field ${top.name}`);
    if (ns !== PFIF_NS) {
      // Extension elements of other namespaces are allowed and ignored.
      stack.push({ kind: 'foreign', name: tag.name });
      return;
    }
    const local = tag.local;
    if (top?.name === '#root') {
      if (local === 'person') {
        if (++records > maxRecords) fail(`More than ${maxRecords} records`);
        person = { fields: {} };
        persons.push({ personRecordId: '', sourceDate: '', expiryDate: null, fullNames: [], alternateNames: [], fields: {}, notes: [] });
        stack.push({ kind: 'person', name: 'person' });
      } else if (local === 'note') {
        if (++records > maxRecords) fail(`More than ${maxRecords} records`);
        note = { fields: {} };
        stack.push({ kind: 'note', name: 'note' });
      } else fail(`Unexpected element <${tag.name}> in <pfif>`);
      return;
    }
    if (top?.kind === 'person') {
      if (local === 'note') {
        if (++records > maxRecords) fail(`More than ${maxRecords} records`);
        note = { fields: {} };
        stack.push({ kind: 'note', name: 'note' });
      } else if (PERSON_FIELDS.has(local)) {
        if (person && local in person.fields) fail(`Field ${local} appears twice in a person`);
        buffer = '';
        stack.push({ kind: 'field', name: local });
      } else fail(`Unknown person field <${tag.name}>`);
      return;
    }
    if (top?.kind === 'note') {
      if (!NOTE_FIELDS.has(local)) fail(`Unknown note field <${tag.name}>`);
      if (note && local in note.fields) fail(`Field ${local} appears twice in a note`);
      buffer = '';
      stack.push({ kind: 'field', name: local });
      return;
    }
    fail(`Unexpected element <${tag.name}>`);
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
      const n = finishNote(note.fields, persons.length, parent?.kind === 'person', fail);
      if (parent?.kind === 'person') persons[persons.length - 1].notes.push(n);
      else topNotes.push(n);
      note = null;
    } else if (frame.kind === 'person' && person) {
      const p = finishPerson(person.fields, persons.length, fail);
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
  if (!rootSeen) throw new PfifImportError('The document has no root element.');

  // Top-level notes join their person when it is in the document.
  const byId = new Map(persons.map((p) => [p.personRecordId, p]));
  for (const n of topNotes) {
    if (!n.personRecordId) throw new PfifImportError(`Note ${n.noteRecordId} is outside any person and has no person_record_id.`);
    byId.get(n.personRecordId)?.notes.push(n);
  }
  return persons;
}

function checkDate(value: string | undefined, what: string, fail: (m: string) => never): void {
  if (value && !DATE.test(value)) fail(`${what} must be a UTC date yyyy-mm-ddThh:mm:ssZ, not ${JSON.stringify(value.slice(0, 40))}`);
}

function finishPerson(f: Record<string, string>, index: number, fail: (m: string) => never): Omit<PfifPerson, 'notes'> {
  const what = `Person #${index}${f.person_record_id ? ` (${f.person_record_id})` : ''}`;
  if (!f.person_record_id) fail(`${what} has no person_record_id`);
  if (!RECORD_ID.test(f.person_record_id)) fail(`${what}: person_record_id must be domain/local-id`);
  if (!f.source_date) fail(`${what} has no source_date`);
  checkDate(f.source_date, `${what}: source_date`, fail);
  checkDate(f.entry_date, `${what}: entry_date`, fail);
  checkDate(f.expiry_date, `${what}: expiry_date`, fail);
  const fullNames = lines(f.full_name);
  // An expired record keeps only its ids and dates; otherwise it needs a name.
  if (fullNames.length === 0 && !f.expiry_date) fail(`${what} has no full_name`);
  if (f.sex && !['female', 'male', 'other'].includes(f.sex)) fail(`${what}: sex must be female, male or other`);
  if (f.date_of_birth && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.date_of_birth)) fail(`${what}: date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (f.age && !/^\d+(-\d+)?$/.test(f.age)) fail(`${what}: age must be a number or a range N-M`);
  return {
    personRecordId: f.person_record_id,
    sourceDate: f.source_date,
    expiryDate: f.expiry_date || null,
    fullNames,
    alternateNames: lines(f.alternate_names),
    fields: f as Partial<Record<PfifPersonField, string>>,
  };
}

function finishNote(f: Record<string, string>, personIndex: number, nested: boolean, fail: (m: string) => never): PfifNote {
  const what = `Note${f.note_record_id ? ` ${f.note_record_id}` : ''}${nested ? ` of person #${personIndex}` : ''}`;
  if (!f.note_record_id) fail(`${what} has no note_record_id`);
  if (!RECORD_ID.test(f.note_record_id)) fail(`${what}: note_record_id must be domain/local-id`);
  if (!nested && !f.person_record_id) fail(`${what} is outside any person and has no person_record_id`);
  if (!f.author_name) fail(`${what} has no author_name`);
  if (!f.source_date) fail(`${what} has no source_date`);
  if (f.text === undefined || f.text === '') fail(`${what} has no text`);
  checkDate(f.source_date, `${what}: source_date`, fail);
  checkDate(f.entry_date, `${what}: entry_date`, fail);
  const status = (f.status ?? '') as PfifStatus;
  if (!(PFIF_STATUSES as readonly string[]).includes(status)) fail(`${what}: unknown status ${JSON.stringify(status.slice(0, 40))}`);
  if (f.author_made_contact && !['true', 'false'].includes(f.author_made_contact)) fail(`${what}: author_made_contact must be true or false`);
  return {
    noteRecordId: f.note_record_id,
    personRecordId: f.person_record_id || null,
    linkedPersonRecordId: f.linked_person_record_id || null,
    authorName: f.author_name,
    sourceDate: f.source_date,
    status,
    lastKnownLocation: f.last_known_location || null,
    text: f.text,
    fields: f as Partial<Record<PfifNoteField, string>>,
  };
}

/** The status of the note with the latest source_date (PFIF's rule for a person's status). */
export function latestStatus(person: Pick<PfifPerson, 'notes'>): PfifStatus {
  let best: PfifNote | null = null;
  for (const n of person.notes) if (n.status && (!best || n.sourceDate >= best.sourceDate)) best = n;
  return best?.status ?? '';
}
