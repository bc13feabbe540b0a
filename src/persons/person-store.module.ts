import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { NOTE_MODEL, NoteSchema } from './note.schema';
import { PERSON_MODEL, PersonSchema } from './person.schema';
import { NoteRepository } from './note.repository';
import { PersonRepository } from './person.repository';

/** The persons' and notes' collections and repositories. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(
  featureStore(
    [
      { name: PERSON_MODEL, schema: PersonSchema },
      { name: NOTE_MODEL, schema: NoteSchema },
    ],
    [PersonRepository, NoteRepository],
  ),
)
export class PersonStoreModule {}
