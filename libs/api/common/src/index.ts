export * from './lib/errors/domain.exception';
export * from './lib/errors/validation.exception';
export * from './lib/errors/access.exception';
export * from './lib/validation/check-uuid';
export * from './lib/graphql/to-graphql-error';
export * from './lib/graphql/domain-exception.filter';
export * from './lib/graphql/format-graphql-error';
