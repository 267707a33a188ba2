import { describe, expect, it } from 'vitest';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';
import { workflowFormSchema } from '@/lib/validations/admin/workflows';
import { parseCatalogSearch } from '@/lib/validations/catalog';
import {
  BAD_TEXT_MESSAGE,
  badTextFields,
  cleanDeep,
  cleanParamValue,
  cleanText,
  hasUnstorableDeep,
  hasUnstorableText,
} from '@/lib/validations/text';
import { csvField } from '@/lib/csv';
import { parseCsv } from '@/lib/bank/csv';
import { inEnglish } from '@/lib/validations/messages';

const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';
const EMOJI = '😀'; // a valid surrogate pair

describe('the shared rule for text Postgres cannot store', () => {
  it('finds NUL and unpaired surrogates, and nothing else', () => {
    for (const bad of ['\u0000', `a\u0000b`, LONE_HIGH, `x${LONE_LOW}`, `${LONE_LOW}${LONE_HIGH}`]) {
      expect(hasUnstorableText(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ['', 'Nguyễn Văn An', EMOJI, 'tab\tand\nnewline', '\uFFFD', 'a%00b']) {
      expect(hasUnstorableText(good), JSON.stringify(good)).toBe(false);
    }
  });

  it('cleanText removes NUL and replaces unpaired surrogates, keeping pairs and Vietnamese', () => {
    expect(cleanText(`Chuy\u0000ển kho\u0000ản`)).toBe('Chuyển khoản');
    expect(cleanText(`a${LONE_HIGH}b${LONE_LOW}c${EMOJI}`)).toBe(`a\uFFFDb\uFFFDc${EMOJI}`);
    expect(hasUnstorableText(cleanText(`\u0000${LONE_HIGH}${LONE_LOW}`))).toBe(false);
  });

  it('cleanDeep cleans every string and key of parsed JSON, leaving other values alone', () => {
    const dirty = { [`k\u0000`]: [`v\u0000`, 1, null, true, { x: LONE_HIGH }], n: 2 };
    expect(cleanDeep(dirty)).toEqual({ k: ['v', 1, null, true, { x: '\uFFFD' }], n: 2 });
  });

  it('cleanParamValue cleans single and repeated search-param values', () => {
    expect(cleanParamValue('a\u0000b')).toBe('ab');
    expect(cleanParamValue(['x\u0000', 'y'])).toEqual(['x', 'y']);
    expect(cleanParamValue(undefined)).toBeUndefined();
  });

  it('badTextFields names each form field that holds such text, with a message saying what to do', () => {
    expect(badTextFields({ name: 'An', message: `hi\u0000`, tags: ['ok', LONE_HIGH] })).toEqual({
      message: [BAD_TEXT_MESSAGE],
      tags: [BAD_TEXT_MESSAGE],
    });
    expect(badTextFields({ name: 'An', file: new Blob(['\u0000']) })).toBeNull();
    // A field named `__proto__` is named like any other (it was set as the result's prototype, so not named).
    const proto = badTextFields(Object.fromEntries([['__proto__', `x\u0000`]]));
    expect(proto && Object.keys(proto)).toEqual(['__proto__']);
  });

  it('search params of the catalog and the admin lists lose NUL instead of reaching the database', () => {
    // Before: `q` kept the NUL and Postgres answered "invalid byte sequence for encoding UTF8: 0x00" (HTTP 500).
    expect(parseCatalogSearch({ q: 'slack\u0000', app: ['Google\u0000 Sheets'] })).toMatchObject({
      q: 'slack',
      app: ['Google Sheets'],
    });
    expect(purchaseListFilters.parse({ q: 'a\u0000b' }).q).toBe('ab');
    expect(purchaseListFilters.parse({ q: '\u0000' }).q).toBe('');
  });

  it('CSV cells and bank statements are cleaned too', () => {
    expect(csvField(`x\u0000y${LONE_HIGH}`)).toBe('xy\uFFFD');
    expect(parseCsv('id,content\r\n1,ck\u0000 USIABCDEFGH\r\n')).toEqual([
      ['id', 'content'],
      ['1', 'ck USIABCDEFGH'],
    ]);
  });

  it('a workflow JSON whose strings hold \\u0000 or a lone \\ud800 escape is refused with a message (jsonb cannot store it)', () => {
    const workflow = (name: string) => `{"nodes":[{"name":"${name}","type":"n8n-nodes-base.set"}],"connections":{}}`;
    const definition = workflowFormSchema.shape.definition;
    expect(definition.safeParse(workflow('Set')).success).toBe(true);
    for (const name of ['Se\\u0000t', '\\ud800']) {
      const parsed = definition.safeParse(workflow(name));
      expect(parsed.success, name).toBe(false);
      expect(inEnglish(parsed.error!.issues[0]!.message)).toMatch(/cannot be stored/);
    }
    expect(hasUnstorableDeep({ a: [{ b: 'ok' }], c: 1 })).toBe(false);
    expect(hasUnstorableDeep({ a: [{ ['k\u0000']: 'ok' }] })).toBe(true);
  });
});
