import { describe, expect, it } from 'vitest';
import { cn } from '@/lib/cn';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Button } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';

describe('cn', () => {
  it('lets the later class win a Tailwind conflict, so a caller’s className overrides the default', () => {
    expect(cn('px-2', 'px-4')).toBe('px-4');
    expect(cn('px-4 py-2 text-sm', 'px-3 py-1.5')).toBe('text-sm px-3 py-1.5');
    expect(cn('block min-h-28', 'hidden')).toBe('min-h-28 hidden');
  });

  it('gives a small button the padding its caller asked for, not both paddings', () => {
    const classes = buttonClass('secondary', 'px-3 py-1.5').split(' ');
    expect(classes).toEqual(expect.arrayContaining(['px-3', 'py-1.5', 'border-line', 'text-sm']));
    expect(classes).not.toContain('px-4');
    expect(classes).not.toContain('py-2');
  });

  it('keeps classes of different kinds side by side (size and colour, width and colour, theme colours)', () => {
    expect(cn('rounded-full border px-2 text-xs', 'bg-red-50 text-danger border-red-200')).toBe(
      'rounded-full border px-2 text-xs bg-red-50 text-danger border-red-200',
    );
    expect(cn('border border-l-4 border-line', 'border-l-success')).toBe(
      'border border-l-4 border-line border-l-success',
    );
    expect(cn('ring-1', 'ring-amber-200')).toBe('ring-1 ring-amber-200');
  });

  it('skips falsy parts and takes conditionals, arrays and objects (clsx)', () => {
    expect(cn('a', false, null, undefined, '', 0, 'b')).toBe('a b');
    expect(cn(['a', ['b']], { c: true, d: false })).toBe('a b c');
  });
});

describe('Button (joins classes without tailwind-merge)', () => {
  const classesOf = (props: Parameters<typeof Button>[0]) =>
    (/class="([^"]*)"/.exec(renderToStaticMarkup(createElement(Button, props)))?.[1] ?? '').split(' ');

  it('has one padding, its size’s, and one text colour, its variant’s', () => {
    const small = classesOf({ variant: 'secondary', size: 'sm', className: 'w-full' });
    expect(small).toEqual(expect.arrayContaining(['px-3', 'py-1.5', 'text-ink', 'w-full']));
    expect(small.filter((c) => /^p[xy]-/.test(c))).toEqual(['px-3', 'py-1.5']);
    const cancel = classesOf({ variant: 'ghostDanger' });
    expect(cancel.filter((c) => /^text-(ink|danger|white)$/.test(c))).toEqual(['text-danger']);
    expect(classesOf({}).filter((c) => /^p[xy]-/.test(c))).toEqual(['px-4', 'py-2']);
  });
});
