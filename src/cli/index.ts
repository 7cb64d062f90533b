/** Entry of dist/cli.js: only wires the process to main(). */
import { TOOL_VERSION } from '../version.js';

const argv = process.argv.slice(2);

// The AWS SDK warns that future releases need Node 22; the bundled SDK works here, and users cannot act on it.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (!`${w.name} ${w.message}`.includes('NodeVersionSupportWarning')) process.stderr.write(`${w.name}: ${w.message}\n`);
});
let code: number;
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Answer without loading commander, zod and the pipeline: scripts call --version in loops.
  process.stdout.write(`${TOOL_VERSION}\n`);
  code = 0;
} else {
  const { main } = await import('./main.js');
  code = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    clock: () => new Date(),
  });
}
// Exit explicitly: SDK keep-alive sockets must not keep a finished run waiting.
process.stdout.write('', () => process.exit(code));
