import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('books')
@Check('books_authors_count_check', 'cardinality("authors") BETWEEN 1 AND 10')
@Check('books_isbn13_check', `"isbn13" ~ '^[0-9]{13}$'`)
@Check('books_published_year_check', '"published_year" >= 0')
export class BookEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'books_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 200, array: true })
  authors!: string[];

  /** Normalised ISBN-13; several books may lack one. */
  @Index('books_isbn13_key', { unique: true })
  @Column({ type: 'char', length: 13, nullable: true })
  isbn13!: string | null;

  @Column({ name: 'published_year', type: 'smallint', nullable: true })
  publishedYear!: number | null;

  @Column({ type: 'varchar', length: 35, nullable: true })
  language!: string | null;

  @Column({ name: 'cover_url', type: 'varchar', length: 1000, nullable: true })
  coverUrl!: string | null;

  /**
   * Lower-cased, accent-free title and authors, written with the row; a
   * trigram GIN index on it (created in the migration) serves search.
   */
  @Index('books_search_text_trgm_idx', { synchronize: false })
  /** Exact matches of books without an ISBN (created in its migration). */
  @Index('books_search_text_hash_idx', { synchronize: false })
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
