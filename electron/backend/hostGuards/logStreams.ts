// A log line that cannot be written must never stop the app: stderr may be a pipe whose
// reader has gone (EPIPE) or a file on a full disk (ENOSPC). console.* already swallows an
// error thrown at the write itself, but the stream then also emits 'error', and an 'error'
// event nobody listens to is an uncaught exception that ends the process.

const guarded = new WeakSet<NodeJS.WritableStream>();

/** Makes failed writes to stdout and stderr lose the line instead of crashing the host. */
export function keepLogFailuresFromCrashing(streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (guarded.has(stream)) continue;
    guarded.add(stream);
    stream.on('error', () => undefined);
  }
}
