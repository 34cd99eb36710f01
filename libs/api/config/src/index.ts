export * from './lib/app-config.schema';
export * from './lib/load-app-config';
export * from './lib/app-config.token';
export * from './lib/config.module';
