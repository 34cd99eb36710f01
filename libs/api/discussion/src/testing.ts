// Test helpers for specs of discussion, moderation and the e2e journeys (not part of the runtime surface).
export * from './lib/markdown/find-unsafe-html';
