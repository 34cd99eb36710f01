// Public surface for the app, the seed and the moderation context.
export * from './lib/discussion.entities';
export * from './lib/discussion.module';
export * from './lib/migrations';
export * from './lib/markdown/render-markdown';
