/**
 * The data layer's refusals are message keys, not sentences (lib/errors.ts): every `new AppError(…)` in the
 * code names its message with `em('…')` (or a `validation` key, `vm('…')`, or a value carrying a key), so
 * the words are chosen in the reader's language where the error is shown. A string literal in the message
 * argument ('This workflow no longer exists.', `Version ${v} is already published.`; a word such as
 * `direction === 'up'` is not a sentence) is an English
 * sentence that would reach a Vietnamese reader untranslated.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, em, inEnglish } from '@/lib/errors';
import { throttledMessage, waitValues } from '@/server/auth/sign-in-throttle';
import { refusalMessage } from '@/lib/payments/purchase-transitions';

const root = path.resolve(import.meta.dirname, '../..');
const DIRS = ['app', 'components', 'lib', 'actions', 'server', 'db', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The top-level arguments of the call whose '(' is at `open` (strings and nesting skipped). */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i));
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** `file:line: argument` for each `new AppError(` whose message argument holds a string literal. */
export function sentencesIn(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bnew AppError\(/g)) {
    const open = match.index + match[0].length - 1;
    const message = (callArguments(text, open)[1] ?? '').trim();
    const withoutKeys = message.replace(/\b(?:em|vm)\('[\w.-]+'\)/g, '');
    // A sentence: a template literal, or a quoted string with a space or a full stop ('up' is a value).
    if (/`|'[^']*[\s.!?][^']*'|"[^"]*[\s.!?][^"]*"/.test(withoutKeys)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${path.relative(root, file)}:${line}: ${message.replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}

describe('AppError messages are keys', () => {
  it('no `new AppError(` in the code passes a sentence', () => {
    const files = DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
    const sentences = files.flatMap((file) => sentencesIn(file, readFileSync(file, 'utf8')));
    expect(sentences).toEqual([]);
  });

  it('the scan finds the sentences the old code passed', () => {
    const old = [
      "throw new AppError('not_found', 'This workflow no longer exists.');",
      "throw new AppError('conflict', `Version ${text} is already published.`, { field: 'version' });",
      "throw new AppError(\n  'conflict',\n  resolved ? 'This message is already resolved.' : 'This message is already open.',\n);",
      "const INVALID = 'x'; throw new AppError('invalid', INVALID_LINK); throw new AppError('invalid', em('resetLinkInvalid'));",
    ].join('\n');
    expect(sentencesIn(path.join(root, 'old.ts'), old)).toEqual([
      "old.ts:1: 'This workflow no longer exists.'",
      'old.ts:2: `Version ${text} is already published.`',
      "old.ts:3: resolved ? 'This message is already resolved.' : 'This message is already open.'",
    ]);
  });
});

describe('AppError', () => {
  it('keeps its key and values, and says the English sentence in `message` (logs, scripts)', () => {
    const error = new AppError('conflict', em('versionTaken'), { field: 'version', values: { version: '1.2.0' } });
    expect(error.key).toBe('versionTaken');
    expect(error.values).toEqual({ version: '1.2.0' });
    expect(error.refusal).toEqual({ key: 'versionTaken', values: { version: '1.2.0' } });
    expect(error.message).toBe('Version 1.2.0 is already published.');
  });

  it('takes a `validation` key too (an upload refused by the assets schema)', () => {
    expect(new AppError('invalid', 'emailInvalid').message).toBe('Enter a valid email address.');
  });

  it('says the waits of the sign-in throttle with plurals, as before', () => {
    expect(waitValues(1_000)).toEqual({ unit: 'second', count: 1 });
    expect(inEnglish(throttledMessage('address', 40_000))).toBe(
      'Too many failed sign-in attempts from your network. Try again in 40 seconds.',
    );
    expect(inEnglish(throttledMessage('address', 900, 'password'))).toBe(
      'Too many wrong passwords from your network. Try again in 1 second.',
    );
    expect(inEnglish(throttledMessage('account', 61_000))).toMatch(
      /slowed down for its safety\. Try again in 2 minutes\.$/,
    );
    expect(inEnglish(throttledMessage('account', 60_000))).toMatch(/Try again in 1 minute\.$/);
  });

  it('says why a purchase cannot change, as before', () => {
    expect(inEnglish(refusalMessage('approve', 'ACTIVE'))).toBe(
      'This purchase is already paid, so it cannot be approved.',
    );
    expect(inEnglish(refusalMessage('cancel', 'REJECT', 'expired'))).toBe(
      'This purchase can no longer be cancelled: its payment window expired.',
    );
    expect(inEnglish(refusalMessage('reject', 'PENDING'))).toBe('This purchase cannot be rejected now.');
  });
});
