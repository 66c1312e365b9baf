/** True on MySQL and MariaDB, whichever TypeORM driver name the connection uses. */
export const isMysqlFamily = (options: { type: string }) => options.type === 'mysql' || options.type === 'mariadb';
