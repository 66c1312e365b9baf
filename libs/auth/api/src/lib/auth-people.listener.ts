import { Injectable } from '@nestjs/common';
import { PeopleHooks, PeopleListener, PersonLeaving } from '@cds/people/api';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

/** A person who leaves is signed out everywhere at once: every session of their account ends. */
@Injectable()
export class AuthPeopleListener implements PeopleListener {
  constructor(hooks: PeopleHooks) {
    hooks.register(this);
  }

  async personLeaving(tx: EntityManager, { accountId }: PersonLeaving) {
    if (accountId !== null) await tx.update(RefreshToken, { accountId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: 'deactivated' });
    return {};
  }
}
