// Plain constants (no zod) so the renderer can show them without bundling the schemas.
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 1000;
export const MESSAGE_MAX = 5000;
export const PAGE_LIMIT_MAX = 1000;
export const APP_NAME = 'Task Assistant';
/** Messages the chat view loads when it opens a thread (more on "Load earlier"). */
export const THREAD_PAGE = 20;
/** Conversations the list shows at first (more on "Show older"). */
export const CONVERSATION_PAGE = 30;
