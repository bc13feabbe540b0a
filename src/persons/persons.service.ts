import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditEventRecord, AuditEventRepository } from '../audit/audit-event.repository';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { MentionRecord, MentionRepository } from '../extraction/mention.repository';
import { analyzeName } from '../extraction/names/name-analysis';
import { compareNames } from '../extraction/names/name-match';
import { PersonRecord, PersonRepository } from './person.repository';

@Injectable()
export class PersonsService {
  constructor(
    private readonly persons: PersonRepository,
    private readonly mentions: MentionRepository,
    private readonly events: AuditEventRepository,
    private readonly audit: AuditService,
  ) {}

  /** By name in any script, best match first; without a query, the most recently changed. */
  async search(query: string): Promise<{ person: PersonRecord; score: number | null }[]> {
    const q = query.trim();
    if (!q) return (await this.persons.list(100)).map((person) => ({ person, score: null }));
    const candidates = await this.persons.findByNameKeys(analyzeName(q).keys, 200);
    return candidates
      .map((person) => ({ person, score: Math.max(...[person.displayName, ...person.spellings.map((s) => s.name)].map((n) => compareNames(q, n).score)) }))
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
      .slice(0, 50);
  }

  async page(id: string): Promise<{ person: PersonRecord; mentions: MentionRecord[]; history: AuditEventRecord[] }> {
    const person = /^[0-9a-f]{24}$/.test(id) ? await this.persons.findById(id) : null;
    if (!person) throw new NotFoundException(`No person with id ${id}.`);
    const [mentions, history] = await Promise.all([this.mentions.findByPerson(id), this.events.findForEntity('person', id)]);
    return { person, mentions, history };
  }

  /** A second reviewer verifies: never the one who created or last edited the record. */
  async verify(user: AuthUser, id: string): Promise<void> {
    const { person } = await this.page(id);
    if (person.verification.status === 'verified') throw new ConflictException('This person is already verified.');
    if (person.createdBy === user.id || person.lastEditedBy === user.id) {
      throw new ConflictException('A second reviewer must verify a person: not the one who created or last edited it.');
    }
    if (!(await this.persons.verify(id, user.id, new Date()))) throw new ConflictException('The person changed meanwhile; reload and try again.');
    await this.audit.record(actorOf(user), 'person.verified', { type: 'person', id }, { before: person.verification, after: { status: 'verified', by: user.id } });
  }
}
