/**
 * Readers' ideas for next year's list, as readers would type them (one in
 * Swedish). `author` and `voters` index the seeded readers: 0 is the demo
 * patron, who voted for one so logging in shows a vote already given.
 */
export const DEMO_SUGGESTIONS = [
  { text: 'Kirja, jonka tapahtumat sijoittuvat saaristoon', author: 1, voters: [0, 2, 3, 5, 6] },
  { text: 'En bok som en vän rekommenderat', author: 5, voters: [1, 4, 7] },
  { text: 'Sarjakuvaromaani tai kuvakirja aikuisille', author: 8, voters: [9] },
] as const;
