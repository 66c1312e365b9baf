import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * A person's email is unique (the database decides between two creations at once, not a read
 * before the write), and an audit entry keeps what its target was called when the act happened.
 */
export class UniquePersonEmailAuditLabel1764576000000 implements MigrationInterface {
  name = 'UniquePersonEmailAuditLabel1764576000000';

  async up(q: QueryRunner): Promise<void> {
    const duplicates: { email: string }[] = await q.query('SELECT email FROM person WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1');
    if (duplicates.length) {
      // Nothing is changed: which person keeps the address is for an administrator to decide.
      throw new Error(`Several people share these emails; give each a unique email (or none), then start again: ${duplicates.map((d) => d.email).join(', ')}`);
    }
    await q.createIndex('person', new TableIndex({ name: 'UQ_person_email', columnNames: ['email'], isUnique: true }));
    await q.addColumn('audit_log', new TableColumn({ name: 'target_label', type: 'varchar', length: '255', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('audit_log', 'target_label');
    await q.dropIndex('person', 'UQ_person_email');
  }
}
