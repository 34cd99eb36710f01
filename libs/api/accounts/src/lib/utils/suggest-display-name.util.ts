import { randomInt } from 'node:crypto';

// Bookish words that read well in Finnish, Swedish and English alike; readers
// include minors, so registration proposes a pseudonym instead of a real name.
const FIRST = ['Kirja', 'Luku', 'Tarina', 'Sivu', 'Runo', 'Saaga', 'Novelli', 'Kertomus'];
const SECOND = ['myyrä', 'kettu', 'pöllö', 'sieppo', 'karhu', 'ilves', 'orava', 'joutsen'];

/** A pseudonym such as "Kirjamyyrä 4821". */
export function suggestDisplayName(pick: (max: number) => number = randomInt): string {
  const first = FIRST[pick(FIRST.length)];
  const second = SECOND[pick(SECOND.length)];
  return `${first}${second} ${1000 + pick(9000)}`;
}
