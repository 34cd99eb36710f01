export { THREAD_LIST_ROUTES, THREAD_ROUTES } from './lib/discussion.routes';
export { CategoryThread } from './lib/category/category-thread.component';
