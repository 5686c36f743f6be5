import type { Plugin } from 'vite';
/** The renderer build's zod, without its JSON Schema converter (never used there). */
export function zodWithoutJsonSchema(): Plugin;
