import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });
const nullable = (name: string, type: string, length?: string) => new TableColumn({ name, type, length, isNullable: true });

/**
 * Completion rules and states, certification decisions, external training, and what a platform
 * certificate carries (register number, public code, printed facts, credential, revocation).
 */
export class Certification1765008000000 implements MigrationInterface {
  name = 'Certification1765008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'completion_rule',
        columns: [
          { name: 'class_id', type: 'integer', isPrimary: true },
          { name: 'all_lessons', type: 'boolean' },
          { name: 'all_quizzes', type: 'boolean' },
          { name: 'min_attendance', type: 'integer', isNullable: true },
          { name: 'final_quiz_id', type: 'integer', isNullable: true },
          { name: 'sign_off', type: 'boolean' },
          { name: 'updated_by', type: 'integer', isNullable: true },
          { name: 'updated_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_completion_rule_class', 'class_id', 'training_class'), fk('FK_completion_rule_quiz', 'final_quiz_id', 'quiz')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'completion',
        columns: [
          { name: 'class_id', type: 'integer', isPrimary: true },
          { name: 'person_id', type: 'integer', isPrimary: true },
          { name: 'lessons_done', type: 'integer' },
          { name: 'lessons_total', type: 'integer' },
          { name: 'quizzes_passed', type: 'integer' },
          { name: 'quizzes_total', type: 'integer' },
          { name: 'attendance', type: 'integer', isNullable: true },
          { name: 'final_passed', type: 'boolean', isNullable: true },
          { name: 'signed_off_by', type: 'integer', isNullable: true },
          { name: 'signed_off_at', type: 'datetime', isNullable: true },
          { name: 'complete', type: 'boolean' },
          { name: 'completed_at', type: 'datetime', isNullable: true },
          { name: 'exception_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'exception_by', type: 'integer', isNullable: true },
          { name: 'evaluated_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_completion_class', 'class_id', 'training_class'), fk('FK_completion_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certification_decision',
        columns: [
          id,
          { name: 'year', type: 'integer' },
          { name: 'number', type: 'varchar', length: '40' },
          { name: 'decided_on', type: 'date' },
          { name: 'class_id', type: 'integer' },
          { name: 'signer_name', type: 'varchar', length: '255' },
          { name: 'signer_title', type: 'varchar', length: '255' },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'UQ_decision_number', columnNames: ['year', 'number'], isUnique: true })],
        foreignKeys: [fk('FK_decision_class', 'class_id', 'training_class')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'external_training',
        columns: [
          id,
          { name: 'person_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'issuing_body', type: 'varchar', length: '255' },
          { name: 'completed_on', type: 'date' },
          { name: 'hours', type: 'integer' },
          { name: 'evidence_key', type: 'varchar', length: '100' },
          { name: 'evidence_name', type: 'varchar', length: '255' },
          { name: 'counts_for_course_id', type: 'integer', isNullable: true },
          { name: 'certificate_id', type: 'integer', isNullable: true },
          { name: 'note', type: 'varchar', length: '500' },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_external_training_person', columnNames: ['person_id'] })],
        foreignKeys: [
          fk('FK_external_training_person', 'person_id', 'person'),
          fk('FK_external_training_course', 'counts_for_course_id', 'course'),
          fk('FK_external_training_certificate', 'certificate_id', 'certificate'),
        ],
      }),
    );
    await q.addColumns('certificate', [
      new TableColumn({ name: 'source', type: 'varchar', length: '20', default: "'platform'" }),
      nullable('public_code', 'varchar', '24'),
      nullable('register_year', 'integer'),
      nullable('register_seq', 'integer'),
      nullable('class_id', 'integer'),
      nullable('decision_id', 'integer'),
      nullable('printed', 'text'),
      nullable('credential', 'text'),
      nullable('revoked_reason', 'varchar', '500'),
      nullable('revoked_at', 'datetime'),
      nullable('revoked_by', 'integer'),
      nullable('superseded_by', 'integer'),
    ]);
    await q.createIndices('certificate', [
      new TableIndex({ name: 'UQ_certificate_public_code', columnNames: ['public_code'], isUnique: true }),
      new TableIndex({ name: 'UQ_certificate_register', columnNames: ['register_year', 'register_seq'], isUnique: true }),
    ]);
    await q.createForeignKeys('certificate', [
      fk('FK_certificate_class', 'class_id', 'training_class'),
      fk('FK_certificate_decision', 'decision_id', 'certification_decision'),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKeys('certificate', [
      fk('FK_certificate_class', 'class_id', 'training_class'),
      fk('FK_certificate_decision', 'decision_id', 'certification_decision'),
    ]);
    await q.dropIndex('certificate', 'UQ_certificate_register');
    await q.dropIndex('certificate', 'UQ_certificate_public_code');
    for (const column of ['superseded_by', 'revoked_by', 'revoked_at', 'revoked_reason', 'credential', 'printed', 'decision_id', 'class_id', 'register_seq', 'register_year', 'public_code', 'source']) {
      await q.dropColumn('certificate', column);
    }
    for (const table of ['external_training', 'certification_decision', 'completion', 'completion_rule']) await q.dropTable(table);
  }
}
