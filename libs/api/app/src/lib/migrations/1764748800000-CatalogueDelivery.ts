import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });
const idx = (name: string, ...columnNames: string[]) => new TableIndex({ name, columnNames });
const unique = (name: string, ...columnNames: string[]) => new TableIndex({ name, columnNames, isUnique: true });

/**
 * Course versions, modules, lessons and their files; the yearly plan, classes, sessions,
 * enrolments, lesson progress, attendance and sign-in sheets. Every existing course gets a first
 * draft version holding its title and topic.
 */
export class CatalogueDelivery1764748800000 implements MigrationInterface {
  name = 'CatalogueDelivery1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('course', [
      new TableColumn({ name: 'hours', type: 'integer', default: 0 }),
      new TableColumn({ name: 'published_version_id', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'draft_version_id', type: 'integer', isNullable: true }),
    ]);
    await q.query(`UPDATE course SET topic_area = 'deployment_skills' WHERE topic_area = 'cds_skills'`);
    await q.createTable(
      new Table({
        name: 'course_version',
        columns: [
          id,
          { name: 'course_id', type: 'integer' },
          { name: 'version', type: 'integer' },
          { name: 'state', type: 'varchar', length: '20' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'summary', type: 'text' },
          { name: 'topic_area', type: 'varchar', length: '40' },
          { name: 'hours', type: 'integer' },
          { name: 'seat_functions', type: 'text' },
          { name: 'published_at', type: 'datetime', isNullable: true },
          { name: 'published_by', type: 'integer', isNullable: true },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [unique('UQ_course_version', 'course_id', 'version')],
        foreignKeys: [fk('FK_course_version_course', 'course_id', 'course')],
      }),
    );
    await q.query(
      `INSERT INTO course_version (course_id, version, state, title, summary, topic_area, hours, seat_functions, created_at)
       SELECT id, 1, 'draft', title, '', topic_area, 0, '[]', created_at FROM course`,
    );
    await q.query('UPDATE course SET draft_version_id = (SELECT v.id FROM course_version v WHERE v.course_id = course.id)');
    await q.createTable(
      new Table({
        name: 'course_module',
        columns: [id, { name: 'version_id', type: 'integer' }, { name: 'position', type: 'integer' }, { name: 'title', type: 'varchar', length: '255' }],
        indices: [idx('IDX_course_module_version', 'version_id', 'position')],
        foreignKeys: [fk('FK_course_module_version', 'version_id', 'course_version')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'lesson',
        columns: [
          id,
          { name: 'module_id', type: 'integer' },
          { name: 'position', type: 'integer' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'minutes', type: 'integer' },
          { name: 'markdown', type: 'text' },
          { name: 'html', type: 'text' },
          { name: 'video_url', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [idx('IDX_lesson_module', 'module_id', 'position')],
        foreignKeys: [fk('FK_lesson_module', 'module_id', 'course_module')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'lesson_file',
        columns: [
          id,
          { name: 'lesson_id', type: 'integer' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'storage_key', type: 'varchar', length: '100' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [idx('IDX_lesson_file_lesson', 'lesson_id')],
        foreignKeys: [fk('FK_lesson_file_lesson', 'lesson_id', 'lesson')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'training_plan',
        columns: [id, { name: 'year', type: 'integer' }, { name: 'title', type: 'varchar', length: '255' }, { name: 'created_at', type: 'datetime' }],
        indices: [unique('UQ_training_plan_year', 'year')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_item',
        columns: [
          id,
          { name: 'plan_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'planned_classes', type: 'integer' },
          { name: 'target_province', type: 'integer' },
          { name: 'target_department', type: 'integer' },
          { name: 'target_district', type: 'integer' },
          { name: 'target_commune', type: 'integer' },
          { name: 'note', type: 'varchar', length: '500' },
        ],
        indices: [unique('UQ_plan_item_course', 'plan_id', 'course_id')],
        foreignKeys: [fk('FK_plan_item_plan', 'plan_id', 'training_plan'), fk('FK_plan_item_course', 'course_id', 'course')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'training_class',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'course_id', type: 'integer' },
          { name: 'course_version_id', type: 'integer' },
          { name: 'mode', type: 'varchar', length: '20' },
          { name: 'start_date', type: 'date' },
          { name: 'end_date', type: 'date' },
          { name: 'enrolment_deadline', type: 'date' },
          { name: 'place', type: 'varchar', length: '255' },
          { name: 'capacity', type: 'integer' },
          { name: 'enrolled_count', type: 'integer' },
          { name: 'organiser_unit_id', type: 'integer' },
          { name: 'cancelled', type: 'boolean' },
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [unique('UQ_training_class_code', 'code'), idx('IDX_training_class_course', 'course_id', 'start_date'), idx('IDX_training_class_dates', 'start_date')],
        foreignKeys: [
          fk('FK_training_class_course', 'course_id', 'course'),
          fk('FK_training_class_version', 'course_version_id', 'course_version'),
          fk('FK_training_class_organiser', 'organiser_unit_id', 'org_unit'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'class_trainer',
        columns: [
          { name: 'class_id', type: 'integer', isPrimary: true },
          { name: 'person_id', type: 'integer', isPrimary: true },
        ],
        indices: [idx('IDX_class_trainer_person', 'person_id')],
        foreignKeys: [fk('FK_class_trainer_class', 'class_id', 'training_class'), fk('FK_class_trainer_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'class_session',
        columns: [
          id,
          { name: 'class_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'starts_at', type: 'datetime' },
          { name: 'ends_at', type: 'datetime' },
          { name: 'place', type: 'varchar', length: '255' },
          { name: 'online_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'check_in_secret', type: 'varchar', length: '64' },
        ],
        indices: [idx('IDX_class_session_class', 'class_id', 'starts_at')],
        foreignKeys: [fk('FK_class_session_class', 'class_id', 'training_class')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'enrolment',
        columns: [
          id,
          { name: 'class_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          { name: 'state', type: 'varchar', length: '20' },
          { name: 'nominated_by', type: 'integer', isNullable: true },
          { name: 'decided_by', type: 'integer', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'waitlisted_at', type: 'datetime', isNullable: true },
          { name: 'last_lesson_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [
          unique('UQ_enrolment_class_person', 'class_id', 'person_id'),
          idx('IDX_enrolment_person', 'person_id', 'state'),
          idx('IDX_enrolment_class_state', 'class_id', 'state', 'id'),
        ],
        foreignKeys: [fk('FK_enrolment_class', 'class_id', 'training_class'), fk('FK_enrolment_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'lesson_progress',
        columns: [
          { name: 'enrolment_id', type: 'integer', isPrimary: true },
          { name: 'lesson_id', type: 'integer', isPrimary: true },
          { name: 'position', type: 'integer' },
          { name: 'completed_at', type: 'datetime', isNullable: true },
          { name: 'updated_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_lesson_progress_enrolment', 'enrolment_id', 'enrolment')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attendance',
        columns: [
          { name: 'session_id', type: 'integer', isPrimary: true },
          { name: 'enrolment_id', type: 'integer', isPrimary: true },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'method', type: 'varchar', length: '20' },
          { name: 'recorded_by', type: 'integer', isNullable: true },
          { name: 'recorded_at', type: 'datetime' },
        ],
        foreignKeys: [fk('FK_attendance_session', 'session_id', 'class_session'), fk('FK_attendance_enrolment', 'enrolment_id', 'enrolment')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sign_in_sheet',
        columns: [
          id,
          { name: 'session_id', type: 'integer' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'storage_key', type: 'varchar', length: '100' },
          { name: 'uploaded_by', type: 'integer' },
          { name: 'uploaded_at', type: 'datetime' },
          { name: 'confirmed_by', type: 'integer', isNullable: true },
          { name: 'confirmed_at', type: 'datetime', isNullable: true },
        ],
        indices: [idx('IDX_sign_in_sheet_session', 'session_id')],
        foreignKeys: [fk('FK_sign_in_sheet_session', 'session_id', 'class_session')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['sign_in_sheet', 'attendance', 'lesson_progress', 'enrolment', 'class_session', 'class_trainer', 'training_class', 'plan_item', 'training_plan', 'lesson_file', 'lesson', 'course_module', 'course_version']) {
      await q.dropTable(t);
    }
    await q.dropColumns('course', ['hours', 'published_version_id', 'draft_version_id']);
  }
}
