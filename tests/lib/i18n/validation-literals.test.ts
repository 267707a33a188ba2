/**
 * Issue 14: no user-visible sentence in the schemas. A validation message is a key of the `validation`
 * namespace (`vm('titleRequired')`, lib/validations/messages.ts), translated where the error is shown;
 * an English sentence written into lib/validations/** would reach Vietnamese readers as it is.
 *
 * The scan reads every string and template literal of lib/validations/**\/*.ts (comments are not
 * literals) and fails on one that reads like a sentence: a capital letter, then at least one more word
 * ("Enter a title.", `Use at most ${max} characters.`). Keys, enum values, paths and slugs never do.
 * An AppError's sentence (`new AppError('invalid', '…')`) is not scanned: it belongs to the `errors` namespace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX } from '@/lib/slug';
import { ASSET_RULES } from '@/lib/validations/admin/assets';
import { MAX_FEATURES } from '@/lib/validations/admin/workflows';
import { inEnglish, type ValidationKey } from '@/lib/validations/messages';
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from '@/lib/validations/review-limits';
import { MAX_SUGGEST_QUERY } from '@/lib/validations/search';
import english from '@/messages/en/validation.json';
import vietnamese from '@/messages/vi/validation.json';

const root = path.resolve(import.meta.dirname, '../../..');
const DIR = path.join(root, 'lib/validations');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** A capital letter, a word, then whitespace and more: "Enter a title.", "This X is larger than 5 MB.". */
const SENTENCE = /^\s*\p{Lu}[\p{L}'’-]*[,:]?\s+\S/u;

function looksLikeSentence(text: string): boolean {
  return SENTENCE.test(text);
}

const isCallOf = (node: ts.Node | undefined, name: string) =>
  node !== undefined &&
  (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === name;

/** The sentence-like literals of one file's source text, as `line: text`. */
function sentenceLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      // `This ${kind} is larger…`: the literal parts, each substitution read as one word.
      text = node.head.text + node.templateSpans.map((s) => `X${s.literal.text}`).join('');
    }
    if (text !== undefined) {
      const inVm = isCallOf(node.parent, 'vm');
      // An AppError's message (`throw new AppError('invalid', '…')`) is the `errors` namespace's concern, not this one.
      const inAppError = isCallOf(node.parent, 'AppError');
      const isModule = node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
      if (!inVm && !inAppError && !isModule && looksLikeSentence(text)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${line + 1}: ${text}`);
      }
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('lib/validations holds no English sentences', () => {
  it('the scan catches the shapes a message is written in', () => {
    const source = [
      `const a = z.string({ error: 'Enter a title.' }).min(3, "Enter at least 3 characters.");`,
      'const b = (max: number) => z.string().max(max, `Use at most ${max} characters.`);',
      `function c() { return { error: 'This file is empty.' }; }`,
      `const d = vm('titleRequired'); // 'Not a literal' in a comment`,
      `/** "Setup Guide (v2).PDF" in a doc comment. */ const e = ['SUCCESS', 'filters.show', '/workflows'];`,
      `import { x } from '@/lib/Some Module';`,
      `throw new AppError('invalid', 'Type a slug: the name has none.');`,
    ].join('\n');
    expect(sentenceLiterals('sample.ts', source)).toEqual([
      '1: Enter a title.',
      '1: Enter at least 3 characters.',
      '2: Use at most X characters.',
      '3: This file is empty.',
    ]);
  });

  it.each(sourceFiles(DIR).map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    expect(
      sentenceLiterals(file, readFileSync(file, 'utf8')),
      'write vm(key) and the words in messages/*/validation.json',
    ).toEqual([]);
  });

  it('every validation message has a Vietnamese translation that is not the English text', () => {
    const untranslated = Object.entries(english)
      .filter(([key, words]) => {
        const vi = (vietnamese as Record<string, string>)[key];
        return !vi || vi === words;
      })
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

/**
 * A limit's number is written into its message's words (the `vm()` path passes no values): where the limit
 * is a constant of the code, the message must say the same number in both languages.
 */
describe('numbers written into messages agree with the limits', () => {
  const MB = 1024 * 1024;
  it.each<[ValidationKey, number]>([
    ['nameTooLong', SLUG_MAX],
    ['messageTooShort', REVIEW_MIN_LENGTH],
    ['reviewTooLong', REVIEW_MAX_LENGTH],
    ['featuresTooMany', MAX_FEATURES],
    ['suggestQueryTooLong', MAX_SUGGEST_QUERY],
    ['imageTooLarge', ASSET_RULES.image.maxBytes / MB],
    ['docTooLarge', ASSET_RULES.doc.maxBytes / MB],
    ['fileTooLarge', ASSET_RULES.file.maxBytes / MB],
  ])('%s says %d', (key, limit) => {
    expect(inEnglish(key)).toContain(limit.toLocaleString('en-US'));
    expect((vietnamese as Record<string, string>)[key]).toContain(limit.toLocaleString('vi-VN'));
  });
});
