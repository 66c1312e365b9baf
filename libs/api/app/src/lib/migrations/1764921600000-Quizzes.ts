import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });

/** Quizzes, per-person overrides, attempts with their questions and answers, and essay marks. */
export class Quizzes1764921600000 implements MigrationInterface {
  name = 'Quizzes1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'quiz',
        columns: [
          id,
          { name: 'course_id', type: 'integer' },
          { name: 'module_id', type: 'integer', isNullable: true },
          { name: 'class_id', type: 'integer', isNullable: true },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'description', type: 'text' },
          { name: 'selection', type: 'text' },
          { name: 'shuffle_questions', type: 'boolean' },
          { name: 'shuffle_options', type: 'boolean' },
          { name: 'time_limit_minutes', type: 'integer' },
          { name: 'opens_at', type: 'datetime', isNullable: true },
          { name: 'closes_at', type: 'datetime', isNullable: true },
          { name: 'max_attempts', type: 'integer' },
          { name: 'pass_percent', type: 'integer' },
          { name: 'grading_method', type: 'varchar', length: '10' },
          { name: 'review', type: 'text' },
          { name: 'second_marker', type: 'boolean' },
          { name: 'published', type: 'boolean' },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_quiz_course', columnNames: ['course_id'] })],
        foreignKeys: [fk('FK_quiz_course', 'course_id', 'course'), fk('FK_quiz_class', 'class_id', 'training_class')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'quiz_override',
        columns: [
          { name: 'quiz_id', type: 'integer', isPrimary: true },
          { name: 'person_id', type: 'integer', isPrimary: true },
          { name: 'extra_minutes', type: 'integer' },
          { name: 'extra_attempts', type: 'integer' },
          { name: 'opens_at', type: 'datetime', isNullable: true },
          { name: 'closes_at', type: 'datetime', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'updated_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_quiz_override_quiz', 'quiz_id', 'quiz'), fk('FK_quiz_override_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attempt',
        columns: [
          id,
          { name: 'quiz_id', type: 'integer' },
          { name: 'class_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          { name: 'number', type: 'integer' },
          { name: 'state', type: 'varchar', length: '20' },
          { name: 'started_at', type: 'datetime' },
          { name: 'deadline_at', type: 'datetime', isNullable: true },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'submitted_by', type: 'varchar', length: '10', isNullable: true },
          { name: 'score', type: 'double', isNullable: true },
          { name: 'max_score', type: 'double' },
          { name: 'passed', type: 'boolean', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'UQ_attempt_number', columnNames: ['quiz_id', 'person_id', 'number'], isUnique: true }),
          new TableIndex({ name: 'IDX_attempt_deadline', columnNames: ['state', 'deadline_at'] }),
          new TableIndex({ name: 'IDX_attempt_class', columnNames: ['class_id', 'quiz_id'] }),
        ],
        foreignKeys: [fk('FK_attempt_quiz', 'quiz_id', 'quiz'), fk('FK_attempt_class', 'class_id', 'training_class'), fk('FK_attempt_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attempt_question',
        columns: [
          { name: 'attempt_id', type: 'integer', isPrimary: true },
          { name: 'slot', type: 'integer', isPrimary: true },
          { name: 'question_id', type: 'integer' },
          { name: 'question_version_id', type: 'integer' },
          { name: 'points', type: 'double' },
          { name: 'option_order', type: 'text' },
          { name: 'answer', type: 'text', isNullable: true },
          { name: 'seq', type: 'integer' },
          { name: 'saved_at', type: 'datetime', isNullable: true },
          { name: 'fraction', type: 'double', isNullable: true },
          { name: 'comment', type: 'text', isNullable: true },
        ],
        foreignKeys: [fk('FK_attempt_question_attempt', 'attempt_id', 'attempt'), fk('FK_attempt_question_version', 'question_version_id', 'question_version')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attempt_mark',
        columns: [
          { name: 'attempt_id', type: 'integer', isPrimary: true },
          { name: 'slot', type: 'integer', isPrimary: true },
          { name: 'marker', type: 'integer', isPrimary: true },
          { name: 'points', type: 'double' },
          { name: 'comment', type: 'text' },
          { name: 'marked_by', type: 'integer' },
          { name: 'marked_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_attempt_mark_attempt', 'attempt_id', 'attempt')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['attempt_mark', 'attempt_question', 'attempt', 'quiz_override', 'quiz']) await q.dropTable(table);
  }
}
