import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row whose `revision` moves on with every change that can change a subtree's history: a
 * move (paths change) and a merge (successor links). Whoever caches something derived from the
 * tree's shape (the caller's scope paths) reads it in the same statement as the caller and
 * recomputes when it moved, so every API instance sees a reorganisation on its next request.
 */
@Entity('org_revision')
export class OrgRevision {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  revision!: number;
}
