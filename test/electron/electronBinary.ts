export { electronBinary } from '../../scripts/electronBinary.mjs';

export const ELECTRON_SKIP_REASON = 'skipped: no Electron binary';
