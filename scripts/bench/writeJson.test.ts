import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonAtomic } from './writeJson';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aidline-json-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeJsonAtomic', () => {
  it('writes indented JSON, leaves no temporary file, and cuts the given prefix out of strings', async () => {
    const path = join(dir, 'results.json');
    await writeJsonAtomic(path, { reason: 'Cannot find /repo/root/src/x.ts', runs: 3 }, '/repo/root/');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ reason: 'Cannot find src/x.ts', runs: 3 });
    expect(await readdir(dir)).toEqual(['results.json']);
  });
});
