import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { MentionRepository } from '../posts/mention.repository';
import { MediaRecord, MediaRepository } from '../media/media.repository';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { QueueName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { isObjectId } from '../validation/object-id';
import { MODEL_VERSION } from './engine/face-engine';
import { FaceJobs } from './face-jobs';
import { FaceSearchService, type PostRef } from './face-search.service';
import { FaceRecord, FaceRepository, FaceSettings } from './face.repository';

export interface FacesStatus {
  settings: FaceSettings;
  counts: { faces: number; attached: number; scans: number };
  /** Face jobs waiting or running. */
  queued: number;
  modelVersion: string;
}

export interface FacePage {
  face: FaceRecord;
  photo: MediaRecord | null;
  posts: PostRef[];
  person: PersonRecord | null;
  /** Persons named in the photo's posts, offered to attach the face to. */
  candidates: PersonRecord[];
}

/** A person by id or by the URL of their page (…/persons/<id>). */
function personIdFrom(input: string): string | null {
  const s = input.trim();
  if (isObjectId(s)) return s;
  const m = /\/persons\/([0-9a-f]{24})(?:[/?#]|$)/.exec(s);
  return m ? m[1] : null;
}

/** The admins' switch, a face's page, and attaching faces to persons (a reviewer's decision, never the machine's). */
@Injectable()
export class FacesService {
  constructor(
    private readonly faces: FaceRepository,
    private readonly jobs: FaceJobs,
    private readonly search: FaceSearchService,
    private readonly queue: QueueService,
    private readonly media: MediaRepository,
    private readonly persons: PersonRepository,
    private readonly mentions: MentionRepository,
    private readonly audit: AuditService,
  ) {}

  async status(): Promise<FacesStatus> {
    const [settings, counts, jobs] = await Promise.all([
      this.faces.settingsOf(),
      this.faces.countAll(),
      this.queue.queue(QueueName.Faces).getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
    ]);
    return { settings, counts, queued: Object.values(jobs).reduce((a, b) => a + b, 0), modelVersion: MODEL_VERSION };
  }

  /** Switches faces on; a worker then queues every stored photo not yet read by the current model. */
  async switchOn(user: AuthUser): Promise<void> {
    const before = await this.faces.settingsOf();
    await this.faces.setEnabled(true, user.id, new Date());
    await this.jobs.requestScanOfAll();
    await this.audit.record(
      actorOf(user),
      'faces.switched-on',
      { type: 'settings', id: 'faces' },
      { before: { enabled: before.enabled }, after: { enabled: true, modelVersion: MODEL_VERSION } },
    );
  }

  /** Has the stored photos the current model has not read queued (after a queue outage, say). */
  async scanMissing(user: AuthUser): Promise<void> {
    if (!(await this.faces.settingsOf()).enabled) throw new ConflictException('Faces are switched off: switch them on first.');
    await this.jobs.requestScanOfAll();
    await this.audit.record(actorOf(user), 'faces.scan-requested', { type: 'settings', id: 'faces' });
  }

  /**
   * Switches faces off and deletes every face: descriptors, thumbnails and the reviewers'
   * attachments with them (the audit trail keeps who attached what). Waiting jobs are dropped; one
   * already running stores nothing (it checks the switch's generation after the model ran).
   */
  async switchOff(user: AuthUser, confirmed: boolean): Promise<{ faces: number; scans: number }> {
    if (!confirmed) throw new BadRequestException('Confirm that every face and every descriptor is to be deleted.');
    const before = await this.faces.countAll();
    await this.faces.setEnabled(false, user.id, new Date());
    await this.queue.queue(QueueName.Faces).drain(true);
    const deleted = await this.faces.deleteAll();
    this.search.forget();
    await this.audit.record(
      actorOf(user),
      'faces.switched-off',
      { type: 'settings', id: 'faces' },
      {
        before: { enabled: true, faces: before.faces, attached: before.attached },
        after: { enabled: false, deletedFaces: deleted.faces, deletedScans: deleted.scans },
      },
    );
    return deleted;
  }

  async facePage(faceId: string): Promise<FacePage> {
    const face = await this.faceOrFail(faceId);
    const photo = await this.media.findById(face.mediaId);
    const postIds = photo?.postIds ?? [];
    const named = (await Promise.all(postIds.map((id) => this.mentions.findByPost(id)))).flat().flatMap((m) => (m.review.personId ? [m.review.personId] : []));
    const [posts, person, candidates] = await Promise.all([
      this.search.postRefsOf(postIds),
      face.personId ? this.persons.findById(face.personId) : Promise.resolve(null),
      this.persons.findByIds(named),
    ]);
    return { face, photo, posts, person, candidates: candidates.filter((p) => !p.mergedInto && p.id !== face.personId) };
  }

  /** A reviewer says whose face this is; the person is not verified by it. */
  async attach(user: AuthUser, faceId: string, personInput: string): Promise<string> {
    const face = await this.faceOrFail(faceId);
    const personId = personIdFrom(personInput);
    const person = personId ? await this.persons.findById(personId) : null;
    if (!person) throw new NotFoundException(`No person with id ${personInput.trim().slice(0, 40)}.`);
    if (person.mergedInto) throw new ConflictException('This person is merged into another; attach the face to that one.');
    await this.faces.attach(face.id, person.id, user.id, new Date());
    await this.audit.record(
      actorOf(user),
      'faces.attached',
      { type: 'person', id: person.id },
      { before: { personId: face.personId }, after: { faceId: face.id, mediaId: face.mediaId } },
    );
    return person.id;
  }

  async detach(user: AuthUser, faceId: string): Promise<void> {
    const face = await this.faceOrFail(faceId);
    if (!face.personId) return;
    await this.faces.attach(face.id, null, user.id, new Date());
    await this.audit.record(actorOf(user), 'faces.detached', { type: 'person', id: face.personId }, { after: { faceId: face.id, mediaId: face.mediaId } });
  }

  async thumbnail(faceId: string): Promise<Buffer> {
    await this.onOrFail();
    const bytes = await this.faces.thumbnailOf(faceId);
    if (!bytes) throw new NotFoundException(`No face with id ${faceId}.`);
    return bytes;
  }

  private async faceOrFail(faceId: string): Promise<FaceRecord> {
    await this.onOrFail();
    const face = await this.faces.findById(faceId);
    if (!face) throw new NotFoundException(`No face with id ${faceId}.`);
    return face;
  }

  private async onOrFail(): Promise<void> {
    if (!(await this.faces.settingsOf()).enabled) throw new ForbiddenException('Faces are switched off: an admin can switch them on at /faces.');
  }
}
