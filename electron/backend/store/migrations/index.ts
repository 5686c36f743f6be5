import { initial } from './001-initial';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, oldest first. Add new ones at the end; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [initial];
