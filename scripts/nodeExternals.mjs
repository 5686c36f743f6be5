// What the Node-side bundles (the Electron main process, the browser-mode server, and the
// bench's start-up child, which must start as they do) load from node_modules at run time.
// Everything else is bundled in: a fresh process then reads one file instead of the hundreds
// that zod, date-fns and i18next are split into, which is most of what the start waits on.
// Native modules cannot be bundled; date-holidays and the .xlsx writer are loaded on first use
// only (electron/backend/holidays.ts, export/xlsx.ts), so bundling them would only grow the file.
export const NODE_EXTERNALS = ['electron', 'better-sqlite3', 'date-holidays', 'date-holidays/*', 'write-excel-file', 'write-excel-file/*'];
