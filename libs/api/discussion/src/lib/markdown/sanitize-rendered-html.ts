import sanitizeHtml from 'sanitize-html';

/** Exactly what markdown-it emits for the enabled rules (images are disabled, so no `img`). */
const MARKDOWN_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** Links are user content: no ranking credit, no window.opener, and never a `target` the author chose. */
export const USER_LINK_REL = 'nofollow ugc noopener';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: MARKDOWN_TAGS,
  // `start` keeps a list that begins at 5 numbered from 5; markdown-it writes only digits there.
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: attribs['href'] === undefined ? {} : { href: attribs['href'], rel: USER_LINK_REL },
    }),
  },
};

/** Second line of defence behind the Markdown parser: anything it should never have produced is removed. */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
