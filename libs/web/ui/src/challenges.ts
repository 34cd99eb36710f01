/**
 * Presentational pieces of the reading challenge, behind their own entry point
 * so they load with the challenge pages, not with the shell.
 */
export { LocalizedPipe } from './lib/localized/localized.pipe';
export { ProgressRing } from './lib/progress-ring/progress-ring.component';
export { BookCover } from './lib/book-cover/book-cover.component';
export { CategoryCard } from './lib/category-card/category-card.component';
export { SearchField } from './lib/search-field/search-field.component';
export { EmptyState } from './lib/empty-state/empty-state.component';
export { Celebration } from './lib/celebration/celebration.component';
