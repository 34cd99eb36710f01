import { relocatedDataDirName } from './relocated-data-dir-name.util';

describe(relocatedDataDirName.name, () => {
  it('keeps the words of the path and adds a hash of it', () => {
    expect(relocatedDataDirName('/root/lukuhaaste/.data/pg')).toMatch(/^root-lukuhaaste-data-pg-[0-9a-f]{12}$/);
  });

  it('is stable, so a restart finds the same cluster', () => {
    expect(relocatedDataDirName('/root/app/.data/pg')).toBe(relocatedDataDirName('/root/app/.data/pg'));
  });

  it('tells apart paths whose words are the same', () => {
    expect(relocatedDataDirName('/root/a-b/pg')).not.toBe(relocatedDataDirName('/root/a/b/pg'));
  });

  it('gives a single, short, safe path segment for any path', () => {
    for (const path of ['/', `/${'x'.repeat(500)}/pg`, '/root/kirjat ja lehdet/ääkköset/../pg', '/a/\u202e/b']) {
      const name = relocatedDataDirName(path);
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*$/);
      expect(name.length).toBeLessThanOrEqual(73);
    }
  });
});
