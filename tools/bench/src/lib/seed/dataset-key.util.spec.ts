import { datasetKey } from './dataset-key.util.ts';

describe(datasetKey.name, () => {
  const files = [
    { path: 'a/1-create.js', content: 'CREATE TABLE a' },
    { path: 'seed/seed.ts', content: 'INSERT' },
  ];

  it('starts with the dataset name and does not depend on the order files are listed in', () => {
    expect(datasetKey('large', files)).toMatch(/^large-[0-9a-f]{12}$/);
    expect(datasetKey('large', [...files].reverse())).toBe(datasetKey('large', files));
  });

  it('changes with the dataset, a file’s content, or its path', () => {
    const key = datasetKey('large', files);
    expect(datasetKey('small', files).slice(6)).not.toBe(key.slice(6));
    expect(datasetKey('large', [files[0], { path: 'seed/seed.ts', content: 'INSERT 2' }])).not.toBe(key);
    expect(datasetKey('large', [files[0], { path: 'seed/seed2.ts', content: 'INSERT' }])).not.toBe(key);
  });
});
