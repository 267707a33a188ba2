/**
 * EMVCo QR data objects: a two-digit ID, a two-digit length and the value ("5303704" = ID 53, length 03,
 * value "704"). Lengths count characters; payloads are ASCII, so characters are bytes.
 */
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
