import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformDataDir } from '../../electron/backend/dataDir';
import packageJson from '../../package.json';

// The installers cannot be built here (no Electron download), so the configuration is
// checked as electron-builder itself reads it: its own loader (which resolves `extends`)
// and its own schema. Each setting the installers rely on is asserted one by one.

const root = path.resolve(__dirname, '../..');

async function load(file: string): Promise<Configuration> {
  const config = await getConfig(root, file, null);
  await validateConfiguration(config, { isEnabled: false } as Parameters<typeof validateConfiguration>[1]);
  return config;
}

let config: Configuration;
let machine: Configuration;
beforeAll(async () => {
  config = await load('electron-builder.yml');
  machine = await load('electron-builder.machine.yml');
});

type TargetEntry = string | { target: string; arch?: unknown };
const targetNames = (target: unknown): string[] =>
  (Array.isArray(target) ? (target as TargetEntry[]) : [target as TargetEntry]).map((entry) => (typeof entry === 'string' ? entry : entry.target));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

const file = (relative: string) => readFileSync(path.join(root, relative));

describe('the app', () => {
  it('is Handledning with its own app id and a Swedish description', () => {
    expect(config.appId).toBe('se.handledning.app');
    expect(config.productName).toBe('Handledning');
    expect(packageJson.description).toBe('Planering och dokumentation av handledning i hemtjänsten');
    expect(config.linux?.description).toBe(packageJson.description);
    expect(config.linux?.synopsis).toBe('Planering av handledning i hemtjänsten');
  });

  it('rebuilds better-sqlite3 for Electron and keeps its binding outside app.asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/build/Release/*.node');
  });

  it('has no auto-update: nothing is published and no updater is a dependency', () => {
    expect(config.publish).toBeNull();
    expect(machine.publish).toBeNull();
    const dependencies = { ...packageJson.dependencies, ...packageJson.devDependencies };
    expect(Object.keys(dependencies).filter((name) => name.includes('updater'))).toEqual([]);
  });
});

describe('the Electron fuses, set when packaging', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('%s is %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
    expect(machine.electronFuses?.[fuse]).toBe(value);
  });
});

describe('Windows', () => {
  it('builds a per-user installer and a portable .exe', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(config.portable?.requestExecutionLevel).toBe('user');
  });

  it('installs per user without administrator rights, into a folder the user may change', () => {
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowElevation).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('speaks Swedish only', () => {
    expect(config.nsis?.language).toBe('1053');
    expect(config.nsis?.installerLanguages).toEqual(['sv_SE']);
    expect(config.nsis?.multiLanguageInstaller).toBe(false);
  });

  it('makes a Start-menu shortcut, and a desktop shortcut only when ticked on the last page', () => {
    expect(config.nsis?.createStartMenuShortcut).toBe(true);
    expect(config.nsis?.createDesktopShortcut).toBe(false);
    const script = file('build/installer.nsh').toString('utf8');
    expect(script).toContain('!define MUI_FINISHPAGE_SHOWREADME_TEXT "Skapa en genväg på skrivbordet"');
    expect(script).toContain('!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED');
    expect(script).toMatch(/Function CreateDesktopShortcut\s+CreateShortCut "\$newDesktopLink" "\$appExe"/);
  });

  it('has a per-machine variant for IT: the same installer, for every user, in its own file', () => {
    expect(machine.extends).toBe('electron-builder.yml');
    expect(targetNames(machine.win?.target)).toEqual(['nsis']);
    expect(machine.nsis?.perMachine).toBe(true);
    expect(machine.nsis?.language).toBe('1053');
    expect(machine.nsis?.include).toBe('build/installer.nsh');
    expect(machine.nsis?.artifactName).not.toBe(config.nsis?.artifactName);
    expect(packageJson.scripts['dist:machine']).toMatch(/electron-builder --config electron-builder\.machine\.yml --win --x64$/);
  });

  it('names each .exe for what it is', () => {
    expect([config.nsis?.artifactName, machine.nsis?.artifactName, config.portable?.artifactName]).toEqual([
      '${productName}-${version}-per-user.${ext}',
      '${productName}-${version}-per-machine.${ext}',
      '${productName}-${version}-portable.${ext}',
    ]);
  });

  it('signs only with a certificate the build machine’s environment supplies, and builds unsigned without one', () => {
    expect(config.forceCodeSigning).toBe(false);
    const signtool = config.win?.signtoolOptions ?? {};
    for (const secret of ['certificateFile', 'certificatePassword', 'certificateSha1', 'certificateSubjectName', 'sign']) {
      expect(signtool).not.toHaveProperty(secret);
    }
    expect(signtool.signingHashAlgorithms).toEqual(['sha256']);
    expect(config.win?.azureSignOptions).toBeUndefined();
    expect(config.mac?.identity).toBeUndefined();
    const text = ['electron-builder.yml', 'electron-builder.machine.yml'].map((name) => file(name).toString('utf8')).join('\n');
    expect(text).not.toMatch(/^\s*[\w.]*(password|csc_link|certificate\w*|identity)\s*:/im);
  });
});

describe('uninstalling on Windows', () => {
  const script = () => file('build/installer.nsh').toString('utf8');
  const dataDir = platformDataDir('win32', { LOCALAPPDATA: '%LOCALAPPDATA%' });

  it('runs the Swedish include script in both the per-user and the per-machine installer', () => {
    expect(config.nsis?.include).toBe('build/installer.nsh');
    expect(machine.nsis?.include).toBe('build/installer.nsh');
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(machine.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('says on its first page that the data and the backups stay, and where', () => {
    const welcome = /!macro customUnWelcomePage([\s\S]*?)!macroend/.exec(script())?.[1] ?? '';
    expect(welcome).toContain('Dina uppgifter och säkerhetskopior tas inte bort.');
    expect(welcome).toContain(`De finns kvar i mappen ${dataDir}`);
    expect(welcome).toContain('!insertmacro MUI_UNPAGE_WELCOME');
  });

  it('never removes a folder, and deletes nothing but the desktop shortcut', () => {
    const commands = script()
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => !line.startsWith(';'));
    expect(commands.filter((line) => /^RMDir\b/i.test(line))).toEqual([]);
    expect(commands.filter((line) => /^Delete\b/i.test(line))).toEqual(['Delete "$oldDesktopLink"']);
    expect(script()).not.toMatch(/\$(LOCALAPPDATA|APPDATA)/);
  });
});

describe('macOS and Linux', () => {
  it('builds a dmg, an AppImage and a .deb', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });
});

describe('icons, made from build/icon.svg by npm run icons', () => {
  it('Windows: an .ico holding every size up to 256 px, for the app, installer and uninstaller', () => {
    for (const icon of [config.win?.icon, config.nsis?.installerIcon, config.nsis?.uninstallerIcon]) expect(icon).toBe('build/icon.ico');
    const ico = file('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('macOS: an .icns up to 1024 px', () => {
    expect(config.mac?.icon).toBe('build/icon.icns');
    const icns = file('build/icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['icp4', 'ic07', 'ic08', 'ic09', 'ic10']) expect(icns.includes(Buffer.from(type, 'latin1'))).toBe(true);
  });

  it('Linux: a folder of square PNGs from 16 to 512 px', () => {
    expect(config.linux?.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = path.join('build/icons', `${size}x${size}.png`);
      expect(existsSync(path.join(root, png)), png).toBe(true);
      expect(pngSize(file(png))).toEqual([size, size]);
    }
  });
});
