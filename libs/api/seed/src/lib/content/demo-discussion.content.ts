import { ReactionKind } from '@lukuhaaste/api/discussion';

/** `author` and reactions' readers index the seeded readers (0 is the demo patron); `book` indexes DEMO_BOOKS. */
export interface SeedComment {
  author: number;
  body: string;
  /** Posted this many hours before the seed's day ended. */
  hoursAgo: number;
  book?: number;
  spoiler?: boolean;
  reactions?: Array<[reader: number, kind: ReactionKind]>;
  replies?: SeedComment[];
}

export interface SeedThread {
  /** A category's own thread (by position), or a GENERAL thread with a title started by the first comment's author. */
  categoryPosition?: number;
  title?: string;
  comments: SeedComment[];
}

const { LIKE, LOVE, LAUGH, WOW } = ReactionKind;

/** A few lively conversations in this year's challenge, as readers would write them. */
export const DEMO_THREADS: SeedThread[] = [
  {
    title: 'Vinkkejä kohtaan 23?',
    comments: [
      {
        author: 1,
        hoursAgo: 50,
        body: 'Saamelaisen kirjoittajan kirja on minulle ihan uusi alue. Mistä kannattaisi aloittaa? Mieluiten jotain, mitä kirjastosta saa suomeksi.',
        reactions: [
          [2, LIKE],
          [3, LIKE],
          [0, LIKE],
        ],
        replies: [
          {
            author: 3,
            hoursAgo: 47,
            body: 'Niillas Holmbergin runot ovat hyvä alku, ja **Kirsti Palton** romaaneja löytyy käännöksinä.',
            reactions: [
              [1, LOVE],
              [2, LIKE],
            ],
          },
          {
            author: 0,
            hoursAgo: 30,
            body: 'Kiitos vinkeistä! Varasin juuri kaksi kirjaa Oodista.',
            reactions: [[1, LIKE]],
          },
        ],
      },
      {
        author: 6,
        hoursAgo: 20,
        body: 'Kysykää myös kirjastonhoitajalta – meidän kirjastossa oli kokonainen hylly *saamelaiskirjallisuutta* helmikuussa.',
        reactions: [[4, WOW]],
      },
    ],
  },
  {
    categoryPosition: 1,
    comments: [
      {
        author: 4,
        hoursAgo: 70,
        book: 4,
        body: 'Sommarboken passar perfekt här. Kort, varm och full av skärgård.',
        reactions: [
          [0, LOVE],
          [5, LOVE],
          [9, LIKE],
        ],
        replies: [
          {
            author: 9,
            hoursAgo: 66,
            body: 'Håller med! Jag läste den på båten till Åland.',
            reactions: [[4, LAUGH]],
          },
        ],
      },
      {
        author: 2,
        hoursAgo: 12,
        body: 'Luin Tove Janssonin lisäksi Karl Ove Knausgårdia. Lopussa oli yllätys, jota en olisi arvannut.',
        spoiler: true,
      },
    ],
  },
  {
    categoryPosition: 5,
    comments: [
      {
        author: 7,
        hoursAgo: 40,
        book: 12,
        body: 'Mielensäpahoittaja äänikirjana on parasta, mitä korvilleni on tänä vuonna tapahtunut. Lukijan ääni sopii täydellisesti.',
        reactions: [
          [0, LAUGH],
          [1, LAUGH],
          [6, LIKE],
        ],
        replies: [
          { author: 5, hoursAgo: 38, body: 'Kuuntelin saman lenkillä ja nauroin ääneen. Naapurit ihmettelivät.' },
        ],
      },
    ],
  },
];
