import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type SchemaParts } from './data-source-options';

/**
 * SQL that TypeORM would still run to make the database match the entities.
 * Empty after all migrations ran means entities and migrations agree.
 */
export async function findSchemaDrift(url: string, schema: SchemaParts): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 1 }, schema));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
