import { createMarkdownParser } from './create-markdown-parser';
import { sanitizeRenderedHtml } from './sanitize-rendered-html';

const parser = createMarkdownParser();

/**
 * Markdown source → HTML that is safe to insert into the page as is (comments' `body_html`, previews, reviews).
 * The caller enforces the length limit; both steps are linear in the input.
 */
export function renderMarkdown(source: string): string {
  return sanitizeRenderedHtml(parser.render(source));
}
