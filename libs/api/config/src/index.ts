export * from './lib/app-config.schema';
export * from './lib/load-app-config';
export * from './lib/app-config.token';
export * from './lib/config.module';
export * from './lib/config-warnings';
export * from './lib/network/network-range';
export * from './lib/network/network-matcher';
export * from './lib/network/network-settings';
