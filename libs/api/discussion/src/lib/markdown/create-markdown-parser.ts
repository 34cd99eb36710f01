import markdownIt, { type MarkdownIt } from 'markdown-it';
import { isSafeLinkUrl } from './is-safe-link-url';

/**
 * Comments are Markdown without raw HTML and without images (an image would load a third-party URL in every reader's
 * browser). Links with a scheme other than http, https or mailto are left as plain text, before the sanitizer ever
 * sees them.
 */
export function createMarkdownParser(): MarkdownIt {
  const parser = markdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  parser.disable('image');
  parser.validateLink = isSafeLinkUrl;
  return parser;
}
