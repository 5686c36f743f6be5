import { describe, expect, it, vi } from 'vitest';
import { mappedNetworkDriveLetters, parseNetUse } from '../../electron/backend/hostGuards/networkDrives';

// `net use` as Windows prints it, in English and in Swedish; a long share name wraps.
const ENGLISH = [
  'New connections will be remembered.',
  '',
  '',
  'Status       Local     Remote                    Network',
  '',
  '-------------------------------------------------------------------------------',
  'OK           Z:        \\\\fs01\\hemtjanst          Microsoft Windows Network',
  'Disconnected Y:        \\\\fs02.kommun.local\\gemensamma-dokument-for-hela-forvaltningen',
  '                                                Microsoft Windows Network',
  'Unavailable  x:        \\\\fs03\\home$              Microsoft Windows Network',
  'OK                     \\\\fs01\\IPC$               Microsoft Windows Network',
  '             W:        \\\\tsclient\\C              Microsoft Terminal Services',
  'OK           V:        \\\\moln.kommun.se@SSL\\DavWWWRoot\\hemtjanst Web Client Network',
  'The command completed successfully.',
  '',
].join('\r\n');

const SWEDISH = [
  'Nya anslutningar kommer att sparas.',
  '',
  'Status       Lokalt    Fjärr                     Nätverk',
  '',
  '-------------------------------------------------------------------------------',
  'OK           H:        \\\\kommun.local\\home\\anna  Microsoft Windows Network',
  'Frånkopplad  P:        \\\\fs01\\projekt            Microsoft Windows Network',
  'Ej tillgänglig Q:      \\\\fs04\\arkiv              Microsoft Windows Network',
  'OK           H:        \\\\kommun.local\\home\\anna  Microsoft Windows Network',
  'Kommandot har slutförts.',
].join('\r\n');

describe('mapped network drives from net use', () => {
  it('finds every mapped letter whatever its status, and not a connection without a letter', () => {
    expect(parseNetUse(ENGLISH)).toEqual(['Z', 'Y', 'X', 'W', 'V']);
  });

  it('reads Swedish Windows too, each letter once', () => {
    expect(parseNetUse(SWEDISH)).toEqual(['H', 'P', 'Q']);
  });

  it('no connections: no letters', () => {
    expect(parseNetUse('New connections will be remembered.\r\n\r\nThere are no entries in the list.\r\n')).toEqual([]);
    expect(parseNetUse('')).toEqual([]);
  });

  it('asks net use only on Windows', async () => {
    const run = vi.fn(() => Promise.resolve(ENGLISH));
    await expect(mappedNetworkDriveLetters('linux', run)).resolves.toEqual([]);
    await expect(mappedNetworkDriveLetters('darwin', run)).resolves.toEqual([]);
    expect(run).not.toHaveBeenCalled();
    await expect(mappedNetworkDriveLetters('win32', run)).resolves.toEqual(['Z', 'Y', 'X', 'W', 'V']);
  });

  it('net use that cannot run (the Workstation service is stopped) means no mapped drives', async () => {
    await expect(mappedNetworkDriveLetters('win32', async () => Promise.reject(new Error('System error 2184')))).resolves.toEqual([]);
  });
});
