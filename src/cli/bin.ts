import { guardedWriter } from './guardedWriter';
import { runCli } from './main';

// The `presales` executable: kept apart from `runCli` so bundling the CLI elsewhere (tests, bench) never runs it.
// A reader that leaves (EPIPE) is normal: stop writing, keep the findings' exit code. Any other write error
// (a full disk) gets one line on stderr, never a stack trace.
const writeErr = guardedWriter(process.stderr, () => undefined);
const write = guardedWriter(process.stdout, (error) => {
  if (error.code !== 'EPIPE') writeErr(`presales: could not write the report (${error.code ?? error.message})`);
});
void runCli(process.argv.slice(2), write, writeErr).then((code) => {
  process.exitCode = code;
});
