import { runCli } from './main';

// The `presales` executable: kept apart from `runCli` so bundling the CLI elsewhere (tests, bench) never runs it.
void runCli(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n')).then((code) => {
  process.exitCode = code;
});
