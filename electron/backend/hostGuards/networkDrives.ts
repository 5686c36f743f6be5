import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// `net use` lists the drive letters mapped to shares, in the machine's language and with
// a status column that may be empty or several words ("OK", "Disconnected", "Ej tillgänglig"),
// but the letter and the \\server\share after it are always there:
//   OK           Z:        \\server\share            Microsoft Windows Network
const MAPPED_DRIVE_LINE = /(?:^|\s)([A-Za-z]):\s+\\\\\S/;

/** The mapped network drive letters in `net use` output, upper case, each once. */
export function parseNetUse(output: string): string[] {
  const letters = output.split(/\r?\n/).flatMap((line) => {
    const match = MAPPED_DRIVE_LINE.exec(line);
    return match ? [match[1]!.toUpperCase()] : [];
  });
  return [...new Set(letters)];
}

async function runNetUse(): Promise<string> {
  // Letters and backslashes are ASCII in every console code page.
  const { stdout } = await promisify(execFile)('net', ['use'], { windowsHide: true, timeout: 10_000, encoding: 'latin1' });
  return stdout;
}

/**
 * Mapped network drive letters on Windows; none elsewhere. When `net use` cannot run (the
 * Workstation service is stopped) no drive can be mapped either, so none is the answer;
 * the data folder's resolved path still shows a share as \\server\share.
 */
export async function mappedNetworkDriveLetters(
  platform: NodeJS.Platform = process.platform,
  run: () => Promise<string> = runNetUse,
): Promise<string[]> {
  if (platform !== 'win32') return [];
  try {
    return parseNetUse(await run());
  } catch {
    return [];
  }
}
