import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited stdio; resolves on exit 0, rejects otherwise. Ctrl-C or a
 * SIGTERM to this process is passed on, and the child ending because of it is not a failure.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    let stopping = false;
    const forward = (signal: NodeJS.Signals) => {
      stopping = true;
      child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0 || stopping) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}

/**
 * The production server as `npm start` runs it (scripts/start.ts), with node itself in front so
 * that signals reach it: npm and npx do not pass them on.
 */
export function startCommand(port: number | string): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', 'scripts/start.ts', '-p', String(port)]];
}
