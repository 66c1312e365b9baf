import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });
const idx = (name: string, ...columnNames: string[]) => new TableIndex({ name, columnNames });

/** Unit versions and successor links, courses and certificates (minimal), seats, assignments, import jobs, name keys. */
export class OrgHistoryPeopleCoreTeam1764489600000 implements MigrationInterface {
  name = 'OrgHistoryPeopleCoreTeam1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'org_unit_version',
        columns: [
          id,
          { name: 'unit_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'code', type: 'varchar', length: '20', isNullable: true },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
        indices: [idx('IDX_org_unit_version_unit', 'unit_id', 'valid_from'), idx('IDX_org_unit_version_period', 'valid_from', 'valid_to'), idx('IDX_org_unit_version_parent', 'parent_id', 'valid_from')],
        foreignKeys: [fk('FK_org_unit_version_unit', 'unit_id', 'org_unit'), fk('FK_org_unit_version_parent', 'parent_id', 'org_unit')],
      }),
    );
    // Every existing unit gets its first version.
    await q.query(
      'INSERT INTO org_unit_version (unit_id, name, code, kind, parent_id, valid_from, valid_to) SELECT id, name, code, kind, parent_id, valid_from, valid_to FROM org_unit',
    );
    await q.createTable(
      new Table({
        name: 'org_unit_successor',
        columns: [
          id,
          { name: 'predecessor_id', type: 'integer' },
          { name: 'successor_id', type: 'integer' },
          { name: 'effective_date', type: 'date' },
          { name: 'reason', type: 'varchar', length: '20' },
        ],
        indices: [idx('IDX_org_unit_successor_pred', 'predecessor_id'), idx('IDX_org_unit_successor_succ', 'successor_id')],
        foreignKeys: [fk('FK_org_unit_successor_pred', 'predecessor_id', 'org_unit'), fk('FK_org_unit_successor_succ', 'successor_id', 'org_unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'course',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'topic_area', type: 'varchar', length: '40' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'UQ_course_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificate',
        columns: [
          id,
          { name: 'person_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'issued_on', type: 'date' },
          { name: 'expires_on', type: 'date', isNullable: true },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [idx('IDX_certificate_person_course', 'person_id', 'course_id')],
        foreignKeys: [fk('FK_certificate_person', 'person_id', 'person'), fk('FK_certificate_course', 'course_id', 'course')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'seat',
        columns: [
          id,
          { name: 'org_unit_id', type: 'integer' },
          { name: 'function', type: 'varchar', length: '40' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_to', type: 'date', isNullable: true },
          { name: 'predecessor_seat_id', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [idx('IDX_seat_unit', 'org_unit_id')],
        foreignKeys: [fk('FK_seat_org_unit', 'org_unit_id', 'org_unit'), fk('FK_seat_predecessor', 'predecessor_seat_id', 'seat')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'seat_course',
        columns: [
          { name: 'seat_id', type: 'integer', isPrimary: true },
          { name: 'course_id', type: 'integer', isPrimary: true },
        ],
        indices: [idx('IDX_seat_course_course', 'course_id')],
        foreignKeys: [fk('FK_seat_course_seat', 'seat_id', 'seat'), fk('FK_seat_course_course', 'course_id', 'course')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'assignment',
        columns: [
          id,
          { name: 'seat_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          { name: 'unit_id', type: 'integer' },
          { name: 'unit_name', type: 'varchar', length: '255' },
          { name: 'start_date', type: 'date' },
          { name: 'end_date', type: 'date', isNullable: true },
          { name: 'end_reason', type: 'varchar', length: '20', isNullable: true },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [idx('IDX_assignment_seat', 'seat_id', 'start_date'), idx('IDX_assignment_person', 'person_id')],
        foreignKeys: [
          fk('FK_assignment_seat', 'seat_id', 'seat'),
          fk('FK_assignment_person', 'person_id', 'person'),
          fk('FK_assignment_unit', 'unit_id', 'org_unit'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'import_job',
        columns: [
          id,
          { name: 'created_by', type: 'integer' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'dry_run', type: 'boolean' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'total_rows', type: 'integer' },
          { name: 'processed_rows', type: 'integer' },
          { name: 'created_people', type: 'integer' },
          { name: 'created_assignments', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'finished_at', type: 'datetime', isNullable: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'import_problem',
        columns: [
          id,
          { name: 'job_id', type: 'integer' },
          { name: 'row', type: 'integer' },
          { name: 'column_key', type: 'varchar', length: '20', isNullable: true },
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'message', type: 'varchar', length: '1000' },
        ],
        indices: [idx('IDX_import_problem_job', 'job_id', 'row')],
        foreignKeys: [fk('FK_import_problem_job', 'job_id', 'import_job')],
      }),
    );
    await q.addColumns('person', [
      new TableColumn({ name: 'sort_key', type: 'varchar', length: '400', isNullable: true }),
      new TableColumn({ name: 'search_text', type: 'varchar', length: '255', isNullable: true }),
    ]);
    await q.createIndex('person', idx('IDX_person_sort', 'sort_key', 'id'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('person', 'IDX_person_sort');
    await q.dropColumns('person', ['sort_key', 'search_text']);
    for (const table of ['import_problem', 'import_job', 'assignment', 'seat_course', 'seat', 'certificate', 'course', 'org_unit_successor', 'org_unit_version']) {
      await q.dropTable(table);
    }
  }
}
