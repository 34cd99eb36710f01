import type pg from 'pg';

/**
 * Library branches ("Lähikirjasto n": Helmet has about 60), in the caller's
 * transaction. Leaves temp table bench_branch (n, id) for the patrons' home
 * branches (seedReaders).
 */
export async function seedBranches(client: pg.ClientBase, branches: number): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_branch ON COMMIT DROP AS
     SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1::int) AS n`,
    [branches],
  );
  await client.query(`ALTER TABLE bench_branch ADD PRIMARY KEY (n)`);
  await client.query(
    `INSERT INTO branches (id, slug, name)
     SELECT id, 'lahikirjasto-' || n,
            jsonb_build_object('fi', 'Lähikirjasto ' || n, 'sv', 'Närbibliotek ' || n, 'en', 'Local library ' || n)
       FROM bench_branch`,
  );
}
