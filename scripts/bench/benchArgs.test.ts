import { describe, expect, it, vi } from 'vitest';
import { parseBenchArgs, usageError } from './benchArgs';

const SUITE = { flags: ['--check', '--quick'], sizes: ['seed', '1k', '10k'] } as const;
const PEERS = { flags: ['--quick'] } as const;

describe('parseBenchArgs', () => {
  it('turns on the flags named, and keeps every size when --sizes is not given', () => {
    expect(parseBenchArgs(['--quick'], SUITE)).toEqual({
      flags: { '--check': false, '--quick': true },
      sizes: ['seed', '1k', '10k'],
    });
    expect(parseBenchArgs([], PEERS)).toEqual({ flags: { '--quick': false }, sizes: [] });
  });

  it('keeps the sizes --sizes names, in its order, ignoring empty items; the last --sizes wins', () => {
    expect(parseBenchArgs(['--sizes=10k,,seed,'], SUITE)).toMatchObject({ sizes: ['10k', 'seed'] });
    expect(parseBenchArgs(['--sizes=1k', '--check', '--sizes=seed'], SUITE)).toEqual({
      flags: { '--check': true, '--quick': false },
      sizes: ['seed'],
    });
  });

  it('names an unknown argument', () => {
    expect(parseBenchArgs(['--quick', '--fast'], SUITE)).toBe('unknown argument "--fast"');
    expect(parseBenchArgs(['quick'], PEERS)).toBe('unknown argument "quick"');
  });

  it('treats --sizes as unknown in a script that measures no sizes of its own', () => {
    expect(parseBenchArgs(['--sizes=1k'], PEERS)).toBe('unknown argument "--sizes=1k"');
  });

  it('names an unknown size and lists the known ones', () => {
    expect(parseBenchArgs(['--sizes=1k,1m'], SUITE)).toBe(
      'unknown size "1m" in --sizes (known: seed, 1k, 10k)',
    );
  });

  it('refuses an empty list of sizes', () => {
    expect(parseBenchArgs(['--sizes='], SUITE)).toBe('--sizes needs at least one size');
    expect(parseBenchArgs(['--sizes=,'], SUITE)).toBe('--sizes needs at least one size');
  });

  it('stops at the first wrong argument', () => {
    expect(parseBenchArgs(['--sizes=x', '--nope'], SUITE)).toBe(
      'unknown size "x" in --sizes (known: seed, 1k, 10k)',
    );
  });
});

describe('usageError', () => {
  it('prints the problem and the usage on stderr and returns exit code 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(usageError('unknown argument "--x"', 'usage: npm run bench:peers -- [--quick]')).toBe(2);
      expect(error).toHaveBeenCalledWith('unknown argument "--x"\nusage: npm run bench:peers -- [--quick]');
    } finally {
      error.mockRestore();
    }
  });
});
