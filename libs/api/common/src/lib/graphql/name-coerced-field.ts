import type { GraphQLFormattedError } from 'graphql';

/** graphql-js's wording for a variable a scalar rejected; the path exists only inside a variable. */
const VARIABLE = /^Variable "\$(\w+)" got invalid value /;
const PATH = /^Variable "\$\w+" got invalid value .* at "\w+((?:\.\w+|\[\d+\])+)"; [^"]*$/s;

/**
 * A scalar that rejects a value cannot know which field it was in: graphql-js
 * names it only in the message (`Variable "$input" got invalid value … at
 * "input.finishedOn"; …`). For errors whose scalar set `extensions.fieldCode`,
 * this adds the usual `fields: [{ field, code }]`, the field named like the
 * services name theirs: the path inside the input (`finishedOn`,
 * `newBook.title`), or the variable when it holds the value itself.
 */
export function nameCoercedField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { fieldCode, ...extensions } = formatted.extensions ?? {};
  if (typeof fieldCode !== 'string') return formatted;
  const variable = VARIABLE.exec(formatted.message)?.[1];
  if (!variable) return { ...formatted, extensions };
  const path = PATH.exec(formatted.message)?.[1];
  const field = !path ? variable : path.startsWith('.') ? path.slice(1) : `${variable}${path}`;
  return { ...formatted, extensions: { ...extensions, fields: [{ field, code: fieldCode }] } };
}
