/**
 * The text of an opened CSV or text file. Excel on Windows saves "CSV" in Windows-1252,
 * newer versions and most other programs in UTF-8: try UTF-8 strictly, and when the bytes
 * are not valid UTF-8, read them as Windows-1252 so å, ä and ö come out right.
 */
export async function readRosterFile(file: Blob): Promise<string> {
  return rosterText(await readBytes(file));
}

/** The file's bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252. */
export function rosterText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
