import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { analyzeName } from '../extraction/names/name-analysis';
import { compareNames, SAME_THRESHOLD } from '../extraction/names/name-match';
import { PersonRepository, type PersonRecord } from '../persons/person.repository';
import type { PersonStatus } from '../persons/person.schema';
import type { PfifStatus, PfifVersion } from './formats';
import { latestStatus, readPfif, type PfifDocument, type PfifIgnored, type PfifPerson } from './pfif-import';

export interface ImportReport {
  /** The version the document was written in; its records were read as PFIF 1.4. */
  version: PfifVersion;
  imported: number;
  /** Persons not created, and top-level notes whose person is not in the document. */
  skipped: { recordId: string; reason: string }[];
  /** Likely duplicates: not created, offered for review. */
  duplicates: { recordId: string; personId: string; score: number }[];
  /** Elements PFIF does not define (or an older field a 1.4 one replaced), skipped and counted. */
  ignored: PfifIgnored[];
}

const CANDIDATE_LIMIT = 50;

/** The reverse of the export mapping; believed_dead from outside stays 'unknown' until a reviewer decides. */
function statusFrom(status: PfifStatus): PersonStatus {
  if (status === 'believed_alive') return 'released';
  if (status === 'believed_missing') return 'missing';
  return 'unknown';
}

function isExpired(p: PfifPerson, now: Date): boolean {
  return p.expiryDate !== null && new Date(p.expiryDate).getTime() <= now.getTime();
}

@Injectable()
export class ImportService {
  constructor(
    private readonly persons: PersonRepository,
    private readonly audit: AuditService,
  ) {}

  /** Parses and validates the whole document first (PfifImportError): a bad document changes nothing. */
  async importPfifDocument(actor: AuditActor, xml: string | Buffer): Promise<ImportReport> {
    return this.importPfif(actor, readPfif(xml));
  }

  async importPfif(actor: AuditActor, document: PfifDocument, now = new Date()): Promise<ImportReport> {
    const { version, persons: records, ignored } = document;
    const report: ImportReport = { version, imported: 0, skipped: [], duplicates: [], ignored };
    const seen = new Set<string>();
    for (const record of records) {
      const recordId = record.personRecordId;
      if (seen.has(recordId)) {
        report.skipped.push({ recordId, reason: 'the same person_record_id appears earlier in the document' });
        continue;
      }
      seen.add(recordId);
      if (isExpired(record, now)) {
        report.skipped.push({ recordId, reason: 'the record has expired' });
        continue;
      }
      const names = [...new Set([...record.fullNames, ...record.alternateNames])];
      if (names.length === 0) {
        report.skipped.push({ recordId, reason: 'no name' });
        continue;
      }
      const match = await this.bestMatch(names);
      if (match && (match.same || match.score >= SAME_THRESHOLD)) {
        report.duplicates.push({ recordId, personId: match.person.id, score: match.score });
        continue;
      }
      const keys = new Set<string>();
      for (const n of names) for (const k of analyzeName(n).keys) keys.add(k);
      const f = record.fields;
      const attributes: Record<string, unknown> = {
        importedFrom: 'pfif',
        pfifRecordId: recordId,
        importedNotes: record.notes.map((n) => n.text),
      };
      if (f.home_city) attributes.hometown = f.home_city;
      if (f.age && /^\d+$/.test(f.age)) attributes.age = Number(f.age);
      if (f.date_of_birth) attributes.dateOfBirth = f.date_of_birth;
      if (f.source_name) attributes.pfifSourceName = f.source_name;
      if (f.source_url) attributes.pfifSourceUrl = f.source_url;
      const status = latestStatus(record);
      if (status) attributes.pfifStatus = status;
      const links = record.notes.map((n) => n.linkedPersonRecordId).filter((x): x is string => !!x);
      if (links.length) attributes.pfifLinkedRecordIds = [...new Set(links)];
      await this.persons.create({
        displayName: record.fullNames[0] ?? names[0],
        spellings: names.map((name) => ({ name, mentionId: null })),
        nameKeys: [...keys],
        status: statusFrom(status),
        attributes,
        createdBy: actor.userId,
      });
      report.imported++;
    }
    for (const note of document.orphanNotes) {
      report.skipped.push({ recordId: note.noteRecordId, reason: `a note for ${note.personRecordId}, a person not in this document` });
    }
    const ignoredElements = ignored.reduce((sum, i) => sum + i.count, 0);
    await this.audit.record(
      actor,
      'import.pfif',
      { type: 'import', id: randomUUID() },
      {
        after: { version, records: records.length, imported: report.imported, skipped: report.skipped.length, duplicates: report.duplicates, ignoredElements },
      },
    );
    return report;
  }

  /** The existing person whose names best match any of the record's names. */
  private async bestMatch(names: string[]): Promise<{ person: PersonRecord; score: number; same: boolean } | null> {
    const keys = new Set<string>();
    for (const n of names) for (const k of analyzeName(n).keys) keys.add(k);
    const candidates = await this.persons.findByNameKeys([...keys], CANDIDATE_LIMIT);
    let best: { person: PersonRecord; score: number; same: boolean } | null = null;
    for (const person of candidates) {
      const theirs = [...new Set([person.displayName, ...(person.spellings ?? []).map((s) => s.name)])];
      for (const a of names) {
        for (const b of theirs) {
          const c = compareNames(a, b);
          if (!best || c.score > best.score || (c.same && !best.same)) best = { person, score: c.score, same: c.same };
        }
      }
    }
    return best;
  }
}
