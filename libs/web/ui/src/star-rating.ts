/**
 * The star rating form control, behind its own entry point: it brings
 * @angular/forms (51 kB) along, which the read-only challenge pages that
 * import `@lukuhaaste/web/ui/challenges` would otherwise download and run.
 */
export { StarRating } from './lib/star-rating/star-rating.component';
