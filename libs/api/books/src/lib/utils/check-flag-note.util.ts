import { BOOK_FLAG_NOTE_MAX_LENGTH, hasForbiddenCharacters, type FieldError } from '@lukuhaaste/shared/util-rules';

/** A flag's optional note: stored as typed (line breaks allowed), a blank one is no note. */
export function checkFlagNote(note: string | null | undefined): { problem: FieldError | null; note: string | null } {
  if (note == null || note.trim() === '') return { problem: null, note: null };
  if ([...note].length > BOOK_FLAG_NOTE_MAX_LENGTH)
    return { problem: { field: 'note', code: 'TOO_LONG', params: { max: BOOK_FLAG_NOTE_MAX_LENGTH } }, note };
  if (hasForbiddenCharacters(note)) return { problem: { field: 'note', code: 'INVALID_CHARACTERS' }, note };
  return { problem: null, note };
}
