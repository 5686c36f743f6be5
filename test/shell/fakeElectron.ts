import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

// The stand-in for the 'electron' module in shell tests (the only mock the project
// allows): just enough of each API to record what the shell asks of Electron.

// What the shell registers (IPC, protocol, permission and window-open handlers): the shell
// hands the fake to its real code cast to Electron's types, so the fake only stores and calls them.
type Handler = (...args: unknown[]) => unknown;

function createFakeApp() {
  const paths: Record<string, string> = { userData: '/nonexistent/handledning-user-data' };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    lockGranted: true,
    paths,
    getPath: vi.fn((name: string) => paths[name] ?? `/nonexistent/${name}`),
    setPath: vi.fn((name: string, value: string) => {
      // As in Electron: the folder must already exist.
      if (!existsSync(value)) throw new Error(`Failed to set path: ${value}`);
      paths[name] = value;
    }),
    requestSingleInstanceLock: vi.fn(() => app.lockGranted),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
    getVersion: vi.fn(() => '0.1.0-test'),
    setAboutPanelOptions: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
  });
  return app;
}

const app = createFakeApp();

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Handler | null = null;
  /** How the system print dialog ends: Electron's (success, failureReason). */
  printOutcome: [boolean, string] = [true, ''];
  /** The bytes printToPDF answers with. */
  pdfBytes: Uint8Array = new TextEncoder().encode('%PDF-1.7 fake\n%%EOF\n');
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
  readonly print = vi.fn((_options: object, callback?: (success: boolean, failureReason: string) => void) => {
    callback?.(...this.printOutcome);
  });
  readonly printToPDF = vi.fn((_options: object) => Promise.resolve(Buffer.from(this.pdfBytes)));
  readonly executeJavaScript = vi.fn((_code: string) => Promise.resolve(undefined));
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  static fromWebContents = vi.fn((contents: unknown) => FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null);
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  minimized = false;
  focused = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
    // As in Electron: every new web contents is announced app-wide.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
}

const ipcHandlers = new Map<string, Handler>();
const protocolHandlers = new Map<string, Handler>();
const defaultSession = {
  permissionRequestHandler: null as Handler | null,
  permissionCheckHandler: null as Handler | null,
  setPermissionRequestHandler: vi.fn((handler: Handler) => {
    defaultSession.permissionRequestHandler = handler;
  }),
  setPermissionCheckHandler: vi.fn((handler: Handler) => {
    defaultSession.permissionCheckHandler = handler;
  }),
  availableSpellCheckerLanguages: ['en-US', 'sv'],
  setSpellCheckerLanguages: vi.fn(),
};

export const fake = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handlers: ipcHandlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      // Electron throws on a second handler for one channel; so does the fake.
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      ipcHandlers.delete(channel);
    }),
  },
  protocol: {
    handlers: protocolHandlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: Handler) => {
      protocolHandlers.set(scheme, handler);
    }),
  },
  session: { defaultSession },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showErrorBox: vi.fn(),
    // Cancelled unless a test says where the user chose to save.
    showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
    // Cancelled unless a test says which folder the user picked.
    showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
    // The index of the button the user pressed; a test says which.
    showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input })) },
};

/** The sender of an IPC call: its web contents, and the frame it came from as Electron describes it. */
export function invokeEvent(url: string, options: { subframe?: boolean; noFrame?: boolean; sender?: FakeWebContents } = {}) {
  const sender = options.sender ?? new FakeWebContents();
  if (options.noFrame) return { sender, senderFrame: null };
  const parent = options.subframe ? { url: 'app://handledning/index.html', parent: null } : null;
  return { sender, senderFrame: { url, parent } };
}

/** A fresh Electron for each test: no listeners, handlers, windows or recorded calls. */
export function resetFake(): void {
  vi.clearAllMocks();
  fake.app.removeAllListeners();
  fake.app.isPackaged = false;
  fake.app.lockGranted = true;
  fake.app.paths.userData = '/nonexistent/handledning-user-data';
  ipcHandlers.clear();
  protocolHandlers.clear();
  FakeBrowserWindow.instances = [];
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
}
