import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/genbridge-collector.js', import.meta.url));
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** A collector started as its own OS process with the real CLI, listening on a free loopback port. */
export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait for exit (or SIGKILL with `kill9`). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `genbridge-collector <command> …` to completion and returns its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'gb-collector-'));
}

/** Starts `genbridge-collector serve` (or `demo`) and resolves once it prints its URL. */
export async function startServer(
  options: {
    dataDir?: string;
    args?: string[];
    env?: NodeJS.ProcessEnv;
    command?: 'serve' | 'demo';
  } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(
    process.execPath,
    [
      BIN,
      options.command ?? 'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...(options.args ?? []),
    ],
    {
      env: { ...process.env, GENBRIDGE_ADMIN_TOKEN: ADMIN_TOKEN, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      // The startup lines end with "Press Ctrl-C to stop."; resolve once all of them are in.
      const match = /listening on (http:\/\/\S+?)\/?\s[\s\S]*Press Ctrl-C/.exec(out);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      reject(new Error(`collector exited (${code}) before listening:\n${out}`)),
    );
  });
  return {
    url,
    dataDir,
    child,
    output: () => out,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** fetch with the admin token. */
export function adminFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(init.headers as Record<string, string>),
    },
  });
}

/** The request init of a JSON POST (a string body is sent as it is), to pass to any fetch. */
export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** POST JSON (or raw text) to a URL. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, jsonPost(body, headers));
}
