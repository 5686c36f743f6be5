import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const PDF_FILE_NAME_MAX = 150;

// What Windows refuses in a file name: these characters, control characters, and the device
// names (CON.pdf is the console, not a file), whatever follows their first dot.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern removes
const FORBIDDEN_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]/;
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * The page only suggests a name; the folder is the user's choice in the save dialog. So a
 * name that could point anywhere else, or that Windows cannot store, is refused outright.
 */
export function isSafePdfFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length <= PDF_FILE_NAME_MAX &&
    /.\.pdf$/i.test(name) &&
    !FORBIDDEN_CHARACTERS.test(name) &&
    !WINDOWS_DEVICE_NAME.test(name)
  );
}

/**
 * Writes to a temporary file beside the target and renames it into place, so the name the
 * user chose holds either the old file or the whole new one, never a half-written PDF (a
 * full disk, a crash). The rename also replaces the directory entry instead of writing
 * through it, so a link at that name never carries the new bytes elsewhere.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    // The write's own error is the one to report; a leftover temp file we cannot remove changes nothing.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
