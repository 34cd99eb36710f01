import { Role } from '../enums/role.enum';
import { deletedAccountEmail, deletedAccountPseudonym } from './deleted-account-names.util';

describe('deleted account names', () => {
  const id = '3f2a9c1e-0000-4000-8000-000000000001';

  it('gives each account its own undeliverable email', () => {
    expect(deletedAccountEmail(id)).toBe(`deleted-${id}@deleted.invalid`);
  });

  it('names staff "Moderator" and patrons "Former reader", tagged by the id', () => {
    expect(deletedAccountPseudonym(id, Role.LIBRARIAN)).toBe('Moderator 3f2a');
    expect(deletedAccountPseudonym(id, Role.ADMIN)).toBe('Moderator 3f2a');
    expect(deletedAccountPseudonym(id, Role.PATRON)).toBe('Former reader 3f2a');
  });
});
