/** The electron package's folder, or null when it is not installed. */
export function electronPackageDir(): string | null;
/** The Electron executable on disk, or null; never starts a download. */
export function electronBinary(env?: NodeJS.ProcessEnv): string | null;
