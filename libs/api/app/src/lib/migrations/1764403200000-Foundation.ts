import { isMysqlFamily } from '@cds/api/database';
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const fk = (name: string, column: string, table: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' });

/** Org units, people, accounts, role grants, refresh tokens and the audit log. */
export class Foundation1764403200000 implements MigrationInterface {
  name = 'Foundation1764403200000';

  async up(q: QueryRunner): Promise<void> {
    if (isMysqlFamily(q.connection.options)) {
      // Every table created from here on inherits utf8mb4 with Vietnamese collation.
      const db = q.connection.driver.database as string;
      await q.query(`ALTER DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci`);
    }
    await q.createTable(
      new Table({
        name: 'org_unit',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '20', isNullable: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'path', type: 'varchar', length: '512' },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_org_unit_path', columnNames: ['path'] })],
        foreignKeys: [fk('FK_org_unit_parent', 'parent_id', 'org_unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'person',
        columns: [
          id,
          { name: 'full_name', type: 'varchar', length: '255' },
          { name: 'position', type: 'varchar', length: '255', isNullable: true },
          { name: 'org_unit_id', type: 'integer', isNullable: true },
          { name: 'email', type: 'varchar', length: '255', isNullable: true },
          { name: 'phone', type: 'varchar', length: '30', isNullable: true },
          { name: 'active', type: 'boolean' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_person_org_unit', columnNames: ['org_unit_id'] })],
        foreignKeys: [fk('FK_person_org_unit', 'org_unit_id', 'org_unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'account',
        columns: [
          id,
          { name: 'person_id', type: 'integer' },
          { name: 'email', type: 'varchar', length: '255' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean' },
          { name: 'password_changed_at', type: 'datetime', isNullable: true },
          { name: 'last_login_at', type: 'datetime', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_account_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'UQ_account_person', columnNames: ['person_id'], isUnique: true }),
        ],
        foreignKeys: [fk('FK_account_person', 'person_id', 'person')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'role_grant',
        columns: [
          id,
          { name: 'account_id', type: 'integer' },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'org_unit_id', type: 'integer' },
          { name: 'granted_by', type: 'integer', isNullable: true },
          { name: 'granted_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'UQ_role_grant', columnNames: ['account_id', 'role', 'org_unit_id'], isUnique: true })],
        foreignKeys: [fk('FK_role_grant_account', 'account_id', 'account'), fk('FK_role_grant_org_unit', 'org_unit_id', 'org_unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'refresh_token',
        columns: [
          id,
          { name: 'family_id', type: 'varchar', length: '36' },
          { name: 'account_id', type: 'integer' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'used_at', type: 'datetime', isNullable: true },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
          { name: 'revoke_reason', type: 'varchar', length: '30', isNullable: true },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_refresh_token_family', columnNames: ['family_id'] }),
          new TableIndex({ name: 'IDX_refresh_token_account', columnNames: ['account_id'] }),
        ],
        foreignKeys: [fk('FK_refresh_token_account', 'account_id', 'account')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id,
          { name: 'at', type: 'datetime' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_email', type: 'varchar', length: '255', isNullable: true },
          { name: 'action', type: 'varchar', length: '60' },
          { name: 'target_type', type: 'varchar', length: '40', isNullable: true },
          { name: 'target_id', type: 'varchar', length: '255', isNullable: true },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
          { name: 'details', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_log_action_target_at', columnNames: ['action', 'target_id', 'at'] }),
          new TableIndex({ name: 'IDX_audit_log_action_ip_at', columnNames: ['action', 'ip', 'at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'refresh_token', 'role_grant', 'account', 'person', 'org_unit']) {
      await q.dropTable(table);
    }
  }
}
