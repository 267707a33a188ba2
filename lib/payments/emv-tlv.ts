/**
 * EMVCo QR data objects: a two-digit ID, a two-digit length and the value ("5303704" = ID 53, length 03,
 * value "704"). Lengths count characters; payloads are ASCII, so characters are bytes.
 */
export type TlvField = { id: string; value: string };

export class TlvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TlvError';
  }
}

const ID_RE = /^\d{2}$/;

/** One data object. Throws when the ID is not two digits or the value is empty or longer than 99. */
export function encodeTlv(id: string, value: string): string {
  if (!ID_RE.test(id)) throw new TlvError(`Field ID "${id}" must be two digits.`);
  if (value.length === 0) throw new TlvError(`Field ${id} is empty; leave it out instead.`);
  if (value.length > 99) throw new TlvError(`Field ${id} is ${value.length} characters long; the maximum is 99.`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Several data objects in order; fields whose value is undefined are left out. */
export function encodeTlvList(fields: ReadonlyArray<readonly [string, string | undefined]>): string {
  return fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([id, value]) => encodeTlv(id, value))
    .join('');
}

/**
 * Splits a string of data objects. Strict: every ID and length must be digits and every value must fit
 * in what is left, so a truncated or mis-measured payload is an error instead of a silently shorter field.
 */
export function parseTlvList(input: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < input.length) {
    const head = input.slice(at, at + 4);
    if (head.length < 4) throw new TlvError(`Truncated data object at position ${at}: "${head}".`);
    const id = head.slice(0, 2);
    const lengthText = head.slice(2, 4);
    if (!ID_RE.test(id)) throw new TlvError(`Bad field ID "${id}" at position ${at}.`);
    if (!/^\d{2}$/.test(lengthText)) throw new TlvError(`Field ${id} has a bad length "${lengthText}".`);
    const length = Number(lengthText);
    const value = input.slice(at + 4, at + 4 + length);
    if (length === 0 || value.length !== length) {
      throw new TlvError(`Field ${id} says ${length} characters but ${value.length} remain.`);
    }
    fields.push({ id, value });
    at += 4 + length;
  }
  return fields;
}

/** The fields by ID; a repeated ID is an error (VietQR never repeats one). */
export function tlvMap(input: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, value } of parseTlvList(input)) {
    if (map.has(id)) throw new TlvError(`Field ${id} appears twice.`);
    map.set(id, value);
  }
  return map;
}
