/** What the export methods answer: the file's name and its bytes in base64. */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * Hands the file to the host as a download: the browser saves it in its downloads folder,
 * Electron asks where. The bytes go through a Blob untouched, so the CSV keeps its BOM.
 */
export function downloadFile({ fileName, base64 }: ExportedFile): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const url = URL.createObjectURL(new Blob([bytes], { type: TYPES[extension] ?? 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Freed a minute later: long enough for the host to have read the bytes, also in Electron's save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
