import { Injectable } from '@nestjs/common';
import { Hooks } from '@cds/api/common';
import type { AssignmentDto, EndReason, SeatFunction } from '@cds/contracts';
import type { EntityManager } from 'typeorm';

export interface PersonLeaving {
  personId: number;
  /** The account of the person, if they have one. */
  accountId: number | null;
  /** The day they leave: from this day on they hold nothing. */
  date: string;
  reason: EndReason;
  actorId: number;
}

/** A person created by an import, with the post the sheet gave them. */
export interface ImportedHolder {
  personId: number;
  unit: { id: number; name: string; validFrom: string };
  seatFunction: SeatFunction;
  startDate: string;
}

/**
 * What the domains built on people do when people change, and what they add to a person's page.
 * Methods taking `tx` run inside the people operation's transaction; throwing refuses it.
 */
export interface PeopleListener {
  /** A person is deactivated: end what they hold; answer what to note in the audit entry. */
  personLeaving?(tx: EntityManager, leaving: PersonLeaving): Promise<Record<string, unknown>>;
  /** People were imported with posts: put them in those posts; answer how many assignments were made. */
  holdersImported?(tx: EntityManager, holders: ImportedHolder[], actorId: number): Promise<number>;
  /** The titles of the posts each of these people holds on `date`. */
  postsHeld?(personIds: number[], date: string): Promise<Map<number, string[]>>;
  /** Every post the person held or holds, newest first. */
  postHistory?(personId: number): Promise<AssignmentDto[]>;
}

/** The people domain's hooks: core-team and auth register their listeners here. */
@Injectable()
export class PeopleHooks extends Hooks<PeopleListener> {}
