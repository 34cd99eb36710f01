/** The public page's path; the web app routes `/p/:slug/:year` and the card images add `.svg` / `.png`. */
export function sharedProgressPath(slug: string, year: number): string {
  return `/p/${slug}/${year}`;
}
