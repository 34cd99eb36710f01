import { buildDataSourceOptions } from '@lukuhaaste/api/database';
import { DataSource } from 'typeorm';
import { SCHEMA } from './schema';

/** Opens a short-lived connection for command-line work such as seeding. */
export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, poolSize: 2, applicationName: 'lukuhaaste-cli' }, SCHEMA),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
