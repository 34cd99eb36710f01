/** Well-known books for the demo's reading entries; no ISBNs (editions vary). */
export interface SeedBook {
  title: string;
  authors: string[];
  publishedYear: number;
  language: string;
}

const book = (title: string, author: string, publishedYear: number, language: string): SeedBook => ({
  title,
  authors: [author],
  publishedYear,
  language,
});

export const DEMO_BOOKS: SeedBook[] = [
  book('Tuntematon sotilas', 'Väinö Linna', 1954, 'fi'),
  book('Seitsemän veljestä', 'Aleksis Kivi', 1870, 'fi'),
  book('Puhdistus', 'Sofi Oksanen', 2008, 'fi'),
  book('Sinuhe egyptiläinen', 'Mika Waltari', 1945, 'fi'),
  book('Sommarboken', 'Tove Jansson', 1972, 'sv'),
  book('Pappan och havet', 'Tove Jansson', 1965, 'sv'),
  book('Jäniksen vuosi', 'Arto Paasilinna', 1975, 'fi'),
  book('Oneiron', 'Laura Lindstedt', 2015, 'fi'),
  book('Kätilö', 'Katja Kettu', 2011, 'fi'),
  book('Ihmisen osa', 'Kari Hotakainen', 2009, 'fi'),
  book('Hytti nro 6', 'Rosa Liksom', 2011, 'fi'),
  book('Neljäntienristeys', 'Tommi Kinnunen', 2014, 'fi'),
  book('Mielensäpahoittaja', 'Tuomas Kyrö', 2010, 'fi'),
  book('Maa on syntinen laulu', 'Timo K. Mukka', 1964, 'fi'),
  book('Kalevala', 'Elias Lönnrot', 1849, 'fi'),
  book('Där vi en gång gått', 'Kjell Westö', 2006, 'sv'),
  book('Maresi', 'Maria Turtschaninoff', 2014, 'sv'),
  book('Låt den rätte komma in', 'John Ajvide Lindqvist', 2004, 'sv'),
  book('Män som hatar kvinnor', 'Stieg Larsson', 2005, 'sv'),
  book('En man som heter Ove', 'Fredrik Backman', 2012, 'sv'),
  book('Pippi Långstrump', 'Astrid Lindgren', 1945, 'sv'),
  book('Bröderna Lejonhjärta', 'Astrid Lindgren', 1973, 'sv'),
  book('Frøken Smillas fornemmelse for sne', 'Peter Høeg', 1992, 'da'),
  book('Sofies verden', 'Jostein Gaarder', 1991, 'no'),
  book('Beaivi, áhčážan', 'Nils-Aslak Valkeapää', 1988, 'se'),
  book('Anna Karenina', 'Leo Tolstoy', 1878, 'ru'),
  book('Crime and Punishment', 'Fyodor Dostoevsky', 1866, 'ru'),
  book('Pride and Prejudice', 'Jane Austen', 1813, 'en'),
  book('Frankenstein', 'Mary Shelley', 1818, 'en'),
  book('Cien años de soledad', 'Gabriel García Márquez', 1967, 'es'),
  book('Nineteen Eighty-Four', 'George Orwell', 1949, 'en'),
  book('The Old Man and the Sea', 'Ernest Hemingway', 1952, 'en'),
  book("The Handmaid's Tale", 'Margaret Atwood', 1985, 'en'),
  book('Things Fall Apart', 'Chinua Achebe', 1958, 'en'),
  book('Americanah', 'Chimamanda Ngozi Adichie', 2013, 'en'),
  book('Beloved', 'Toni Morrison', 1987, 'en'),
  book('Norwegian Wood', 'Haruki Murakami', 1987, 'ja'),
  book('The Hobbit', 'J. R. R. Tolkien', 1937, 'en'),
  book("Harry Potter and the Philosopher's Stone", 'J. K. Rowling', 1997, 'en'),
  book('The Hunger Games', 'Suzanne Collins', 2008, 'en'),
  book('Persepolis', 'Marjane Satrapi', 2000, 'fr'),
  book('Le Petit Prince', 'Antoine de Saint-Exupéry', 1943, 'fr'),
  book('Ru', 'Kim Thúy', 2009, 'fr'),
  book("L'amica geniale", 'Elena Ferrante', 2011, 'it'),
  book('Klara and the Sun', 'Kazuo Ishiguro', 2021, 'en'),
  book('Normal People', 'Sally Rooney', 2018, 'en'),
  book('The Road', 'Cormac McCarthy', 2006, 'en'),
  book('Silent Spring', 'Rachel Carson', 1962, 'en'),
  book('Sapiens: A Brief History of Humankind', 'Yuval Noah Harari', 2011, 'en'),
  book('Norma', 'Sofi Oksanen', 2015, 'fi'),
  book('Lumikko ja yhdeksän muuta', 'Pasi Ilmari Jääskeläinen', 2006, 'fi'),
  book('Maus', 'Art Spiegelman', 1991, 'en'),
];

/** Short reviews the demo readers left on some entries. */
export const DEMO_REVIEWS = [
  'Luin tämän yhdeltä istumalta. Suosittelen!',
  'Alku oli hidas, mutta loppua kohti en voinut laskea kirjaa käsistäni.',
  'Kaunis kieli ja lämmin tarina.',
  'En ihan minun kirjani, mutta hyvä että tuli luettua.',
  'En riktig pärla – läs den!',
  'Tämän jälkeen piti lukea heti lisää samalta kirjailijalta.',
  'Great characters, and the ending stayed with me for days.',
];
