/** What a failed write was: the reader left (`EPIPE`, e.g. `| head -1`) or the output cannot be written (a full disk). */
export type WriteFailure = NodeJS.ErrnoException;

/**
 * A line writer over stdout or stderr that never throws and never crashes the process: the first write
 * error (thrown, or emitted later as an 'error' event) is handed to `onFail` once, and everything after
 * it is dropped. Without this, `presales check … | head -1` died with an unhandled EPIPE stack trace.
 */
export function guardedWriter(stream: NodeJS.WritableStream, onFail: (error: WriteFailure) => void): (line: string) => void {
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFail(error as WriteFailure);
  };
  stream.on('error', fail);
  return (line) => {
    if (failed) return;
    try {
      stream.write(line + '\n');
    } catch (error) {
      fail(error);
    }
  };
}
