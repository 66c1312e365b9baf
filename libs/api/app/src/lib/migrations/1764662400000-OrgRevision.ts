import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** The org tree's revision (one row), moved on by every move and merge. */
export class OrgRevision1764662400000 implements MigrationInterface {
  name = 'OrgRevision1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'org_revision',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'revision', type: 'integer' },
        ],
      }),
    );
    await q.query('INSERT INTO org_revision (id, revision) VALUES (1, 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('org_revision');
  }
}
