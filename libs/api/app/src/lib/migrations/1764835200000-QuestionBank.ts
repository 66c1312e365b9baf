import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });

/** The question bank: a course's questions and their versions (each edit a new version). */
export class QuestionBank1764835200000 implements MigrationInterface {
  name = 'QuestionBank1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'question',
        columns: [
          id,
          { name: 'course_id', type: 'integer' },
          { name: 'current_version_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_question_course', columnNames: ['course_id'] })],
        foreignKeys: [fk('FK_question_course', 'course_id', 'course')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_version',
        columns: [
          id,
          { name: 'question_id', type: 'integer' },
          { name: 'version', type: 'integer' },
          { name: 'type', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'body', type: 'text' },
          { name: 'tags', type: 'text' },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'UQ_question_version', columnNames: ['question_id', 'version'], isUnique: true })],
        foreignKeys: [fk('FK_question_version_question', 'question_id', 'question')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('question_version');
    await q.dropTable('question');
  }
}
