/**
 * The units of a subtree as it stood on a date, read from the unit versions with a recursive
 * CTE (SQLite, MariaDB 10.2+, MySQL 8, TiDB). Parameters are positional: [rootId, date, date].
 */
export const SUBTREE_AS_OF_CTE = `
  WITH RECURSIVE subtree (id) AS (
    SELECT ?
    UNION ALL
    SELECT v.unit_id FROM org_unit_version v INNER JOIN subtree ON v.parent_id = subtree.id
    WHERE v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)
  )`;

export const subtreeParams = (rootId: number, date: string) => [rootId, date, date];
