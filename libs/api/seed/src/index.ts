export * from './lib/seed-demo-data';
export * from './lib/demo-users.constant';
