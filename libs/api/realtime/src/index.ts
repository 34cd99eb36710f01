export * from './lib/pub-sub';
export * from './lib/in-memory-pub-sub';
export * from './lib/redis-pub-sub';
export * from './lib/realtime.module';
export * from './lib/graphql-ws/serve-graphql-ws';
export * from './lib/after-commit-publisher';
