/**
 * Pure streaming formatters for exports: each is an async generator of string chunks, so an
 * export of any size holds one record at a time. No I/O here; the export service writes the chunks.
 */
import type { PersonRecord } from '../persons/person.repository';
import type { PersonStatus } from '../persons/person.schema';
import { scalarText } from '../text/scalar';

export type Rows<T> = AsyncIterable<T> | Iterable<T>;

// ---------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Arabic correctly)

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; quoted when needed. */
export function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (value instanceof Date) s = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'number' || typeof value === 'boolean') s = String(value);
  else if (Array.isArray(value)) s = value.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('\n');
  else if (typeof value === 'object') s = JSON.stringify(value);
  else s = scalarText(value);
  if (typeof value !== 'number' && typeof value !== 'boolean' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* csvRows<T>(columns: readonly CsvColumn<T>[], rows: Rows<T>): AsyncGenerator<string> {
  yield `\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((c) => csvCell(c.value(row))).join(',')}\r\n`;
  }
}

// ---------------------------------------------------------------------------
// NDJSON

export async function* ndjsonRows<T>(rows: Rows<T>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

// ---------------------------------------------------------------------------
// PFIF 1.4

export const PFIF_NS = 'http://zesty.ca/pfif/1.4';

/** Namespaces of the versions an import reads; exports write 1.4 only. */
export const PFIF_VERSION_NS = {
  '1.1': 'http://zesty.ca/pfif/1.1',
  '1.2': 'http://zesty.ca/pfif/1.2',
  '1.3': 'http://zesty.ca/pfif/1.3',
  '1.4': PFIF_NS,
} as const;
export type PfifVersion = keyof typeof PFIF_VERSION_NS;

export const PFIF_PERSON_FIELDS = [
  'person_record_id',
  'entry_date',
  'expiry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_name',
  'source_date',
  'source_url',
  'full_name',
  'given_name',
  'family_name',
  'alternate_names',
  'description',
  'sex',
  'date_of_birth',
  'age',
  'home_street',
  'home_neighborhood',
  'home_city',
  'home_state',
  'home_postal_code',
  'home_country',
  'photo_url',
  'profile_urls',
] as const;
export type PfifPersonField = (typeof PFIF_PERSON_FIELDS)[number];

export const PFIF_NOTE_FIELDS = [
  'note_record_id',
  'person_record_id',
  'linked_person_record_id',
  'entry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_date',
  'author_made_contact',
  'status',
  'email_of_found_person',
  'phone_of_found_person',
  'last_known_location',
  'text',
  'photo_url',
] as const;
export type PfifNoteField = (typeof PFIF_NOTE_FIELDS)[number];

/**
 * Fields of PFIF 1.1–1.3 that 1.4 renamed (Person Finder's app/pfif.py RENAMED_FIELDS). Every other
 * field of those versions kept its name, so these are all an older document needs mapping.
 */
export const PFIF_RENAMED_PERSON_FIELDS: Readonly<Record<string, PfifPersonField>> = {
  first_name: 'given_name',
  last_name: 'family_name',
  home_zip: 'home_postal_code',
  other: 'description',
};
export const PFIF_RENAMED_NOTE_FIELDS: Readonly<Record<string, PfifNoteField>> = {
  found: 'author_made_contact',
};

/** † in PFIF.md: only for readers with full access. */
export const PFIF_SENSITIVE = new Set<string>(['author_email', 'author_phone', 'date_of_birth', 'email_of_found_person', 'phone_of_found_person']);

export const PFIF_STATUSES = ['', 'information_sought', 'is_note_author', 'believed_alive', 'believed_missing', 'believed_dead'] as const;
export type PfifStatus = (typeof PFIF_STATUSES)[number];

/** The project's mapping (PFIF.md): released → alive, dead → dead, missing or detained → missing. */
export function pfifStatusOf(status: PersonStatus): PfifStatus {
  switch (status) {
    case 'released':
      return 'believed_alive';
    case 'dead':
      return 'believed_dead';
    case 'missing':
    case 'detained':
      return 'believed_missing';
    default:
      return '';
  }
}

// Tab, line feed and carriage return are named on purpose: they are the control characters XML allows.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** PFIF dates: UTC `yyyy-mm-ddThh:mm:ssZ`, no milliseconds. */
export function pfifDate(d: Date | null | undefined): string {
  if (!d || Number.isNaN(d.getTime())) return '';
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A post linked to the person: becomes one note. */
export interface PfifPostNote {
  postId: string;
  url: string | null;
  date: Date | null;
  facility?: string | null;
  hometown?: string | null;
  /** Extra lines for the note text (e.g. arrest or release dates). */
  details?: string[];
}

export interface PfifPersonNotes {
  posts: PfifPostNote[];
  /** Ids of persons a reviewer merged into this one: each gets a reciprocal link note. */
  mergedFrom?: string[];
}

export interface PfifOptions {
  /** The record-id domain: `<domain>/person.<id>`. */
  domain?: string;
  /** Readers with full access get the † fields. */
  fullAccess: boolean;
  sourceName?: string;
  authorName?: string;
}

export type PfifPerson = Pick<PersonRecord, 'id' | 'displayName' | 'spellings' | 'status' | 'attributes' | 'mergedInto' | 'createdAt' | 'updatedAt'>;

export const DEFAULT_PFIF_DOMAIN = 'athar.example';

export function personRecordId(domain: string, id: string): string {
  return `${domain}/person.${id}`;
}

function field(name: string, value: string | null | undefined, indent: string): string {
  if (value === null || value === undefined || value === '') return '';
  return `${indent}<pfif:${name}>${xmlEscape(value)}</pfif:${name}>\n`;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function uniqueLines(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = v?.replace(/\s+/g, ' ').trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

type NoteValues = Partial<Record<PfifNoteField, string>>;

function noteXml(values: NoteValues, fullAccess: boolean, indent: string): string {
  let body = '';
  for (const name of PFIF_NOTE_FIELDS) {
    if (!fullAccess && PFIF_SENSITIVE.has(name)) continue;
    body += field(name, values[name], `${indent}  `);
  }
  return `${indent}<pfif:note>\n${body}${indent}</pfif:note>\n`;
}

function dateOfBirth(attributes: Record<string, unknown>): string | null {
  const dob = str(attributes.dateOfBirth);
  if (dob && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(dob)) return dob;
  const year = str(attributes.birthYear);
  return year && /^\d{4}$/.test(year) ? year : null;
}

function age(attributes: Record<string, unknown>): string | null {
  const a = str(attributes.age);
  return a && /^\d+(-\d+)?$/.test(a) ? a : null;
}

/**
 * A PFIF 1.4 document: persons in the standard field order, each with its linked posts as notes,
 * the person's status on the latest note, and reciprocal linked_person_record_id notes for merges.
 */
export async function* pfifDocument(
  persons: Rows<PfifPerson>,
  notesFor: (person: PfifPerson) => Promise<PfifPersonNotes> | PfifPersonNotes,
  options: PfifOptions,
): AsyncGenerator<string> {
  const domain = options.domain ?? DEFAULT_PFIF_DOMAIN;
  const author = options.authorName ?? 'Athar';
  const sourceName = options.sourceName ?? 'Athar';
  const full = options.fullAccess;
  const rid = (id: string) => personRecordId(domain, id);
  /** Links emitted so far, "from>to", so the missing reciprocal ones can follow at the end. */
  const linked = new Set<string>();
  const pending: { from: string; to: string; date: Date }[] = [];

  yield `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${PFIF_NS}">\n`;
  for await (const p of persons) {
    const attrs = p.attributes ?? {};
    const notes = await notesFor(p);
    const names = uniqueLines([p.displayName, ...(p.spellings ?? []).map((s) => s.name)]);
    const values: Partial<Record<PfifPersonField, string>> = {
      person_record_id: rid(p.id),
      entry_date: pfifDate(p.updatedAt),
      author_name: author,
      author_email: str(attrs.authorEmail) ?? '',
      author_phone: str(attrs.authorPhone) ?? '',
      source_name: sourceName,
      source_date: pfifDate(p.createdAt),
      full_name: names.join('\n'),
      alternate_names: uniqueLines(Array.isArray(attrs.alternateNames) ? attrs.alternateNames.map(str) : []).join('\n'),
      description: str(attrs.prison) ? `Held at: ${str(attrs.prison)}` : '',
      date_of_birth: dateOfBirth(attrs) ?? '',
      age: age(attrs) ?? '',
      home_city: str(attrs.hometown) ?? '',
    };
    let out = '  <pfif:person>\n';
    for (const name of PFIF_PERSON_FIELDS) {
      if (!full && PFIF_SENSITIVE.has(name)) continue;
      out += field(name, values[name], '    ');
    }

    // Linked posts, oldest first; the person's status rides on the latest one.
    const posts = [...notes.posts].sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
    const status = pfifStatusOf(p.status);
    const noteDate = (d: Date | null) => pfifDate(d ?? p.updatedAt);
    posts.forEach((post, i) => {
      const lines = uniqueLines([
        post.url ? `Source: ${post.url}` : 'Source: a post collected by Athar',
        post.date ? `Date: ${pfifDate(post.date)}` : null,
        post.facility ? `Facility: ${post.facility}` : null,
        post.hometown ? `Hometown: ${post.hometown}` : null,
        ...(post.details ?? []),
      ]);
      out += noteXml(
        {
          note_record_id: `${domain}/note.${p.id}.${post.postId}`,
          entry_date: pfifDate(p.updatedAt),
          author_name: author,
          source_date: noteDate(post.date),
          status: i === posts.length - 1 ? status : '',
          last_known_location: post.facility ?? post.hometown ?? '',
          text: lines.join('\n'),
        },
        full,
        '    ',
      );
    });
    if (posts.length === 0 && status) {
      out += noteXml(
        {
          note_record_id: `${domain}/note.${p.id}.status`,
          entry_date: pfifDate(p.updatedAt),
          author_name: author,
          source_date: pfifDate(p.updatedAt),
          status,
          text: `Status recorded in ${sourceName}.`,
        },
        full,
        '    ',
      );
    }

    // Merges: a link from this record to the one it was merged into, and back from each merged-in record.
    const links: { to: string; text: string }[] = [];
    if (p.mergedInto) links.push({ to: p.mergedInto, text: 'A reviewer merged this record into the linked record (same person).' });
    for (const from of notes.mergedFrom ?? []) links.push({ to: from, text: 'A reviewer merged the linked record into this one (same person).' });
    for (const link of links) {
      const key = `${p.id}>${link.to}`;
      if (linked.has(key)) continue;
      linked.add(key);
      out += noteXml(
        {
          note_record_id: `${domain}/note.${p.id}.link.${link.to}`,
          linked_person_record_id: rid(link.to),
          entry_date: pfifDate(p.updatedAt),
          author_name: author,
          source_date: pfifDate(p.updatedAt),
          text: link.text,
        },
        full,
        '    ',
      );
      if (!linked.has(`${link.to}>${p.id}`)) pending.push({ from: link.to, to: p.id, date: p.updatedAt });
    }
    out += '  </pfif:person>\n';
    yield out;
  }
  // Reciprocal links the nested notes did not already give, as top-level notes naming their person.
  for (const link of pending) {
    const key = `${link.from}>${link.to}`;
    if (linked.has(key)) continue;
    linked.add(key);
    yield noteXml(
      {
        note_record_id: `${domain}/note.${link.from}.link.${link.to}`,
        person_record_id: rid(link.from),
        linked_person_record_id: rid(link.to),
        entry_date: pfifDate(link.date),
        author_name: author,
        source_date: pfifDate(link.date),
        text: 'Records linked as the same person by a reviewer.',
      },
      full,
      '  ',
    );
  }
  yield '</pfif:pfif>\n';
}
