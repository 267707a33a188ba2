/**
 * The HTML scanner behind lib/http/html-nonce.ts: reads a page as the browser's tokenizer does and finds where
 * Next's own scripts (lib/http/next-scripts.ts) take the nonce, on bytes as they arrive. Pure code, no Node or
 * Next imports beyond Buffer.
 */
import { isNextScript, isNextScriptPreload, scriptMayTakeNonce } from './next-scripts';

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** What may follow a tag name in `</script>` or `<script …`. */
const endsTagName = (c: number) => isSpace(c) || c === SLASH || c === GT;

/** Elements whose content is text up to their own end tag (raw text and RCDATA; noscript as a scripting browser reads it). */
const TEXT_ELEMENTS = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);

const enum Mode {
  Data,
  Comment,
  Text,
  Script,
  PlainText,
}

/** The HTML spec's script data states, the ones a scanner must remember between bytes. */
const enum ScriptState {
  Data,
  Escaped,
  EscapedDash,
  EscapedDashDash,
  DoubleEscaped,
  DoubleEscapedDash,
  DoubleEscapedDashDash,
}

const NEED_MORE = -1;

type Tag = { end: number; name: string; attrsFrom: number; attrsTo: number; attrNames: string[] | null };

/** Does `buf` hold `word` (lowercase ASCII) at `at`, in any case? null: the bytes have not all arrived. */
function matchesAt(buf: Uint8Array, at: number, word: string): boolean | null {
  for (let k = 0; k < word.length; k++) {
    if (at + k >= buf.length) return null;
    if ((buf[at + k]! | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The names the scanner acts on; any other tag is just read past. */
const KNOWN_TAGS = ['script', 'link', 'plaintext', ...TEXT_ELEMENTS];

/** The tag name in `buf` from `from` to `to`, if it is one of KNOWN_TAGS (without making a string of every name). */
function knownTag(buf: Uint8Array, from: number, to: number): string {
  for (const name of KNOWN_TAGS) if (name.length === to - from && matchesAt(buf, from, name)) return name;
  return '';
}

/**
 * Reads the tag whose name starts at `from` (just after `<` or `</`) up to its `>`, as the spec's tag states
 * do: quoted attribute values may hold `>`. null: the tag has not all arrived. The attribute names
 * (lowercased) are collected for a script or link start tag only.
 */
function readTag(buf: Buffer, from: number, start: boolean): Tag | null {
  const len = buf.length;
  let i = from;
  while (i < len && !endsTagName(buf[i]!)) i++;
  if (i >= len) return null;
  const name = start ? knownTag(buf, from, i) : '';
  const attrsFrom = i;
  const attrNames: string[] | null = name === 'script' || name === 'link' ? [] : null;
  for (;;) {
    while (i < len && (isSpace(buf[i]!) || buf[i] === SLASH)) i++;
    if (i >= len) return null;
    if (buf[i] === GT) return { end: i + 1, name, attrsFrom, attrsTo: i, attrNames };
    const nameFrom = i;
    i++; // the first character of a name may be `=`
    while (i < len && !endsTagName(buf[i]!) && buf[i] !== EQUALS) i++;
    if (i >= len) return null;
    if (attrNames) attrNames.push(buf.toString('latin1', nameFrom, i).toLowerCase());
    while (i < len && isSpace(buf[i]!)) i++;
    if (i >= len) return null;
    if (buf[i] !== EQUALS) continue;
    i++;
    while (i < len && isSpace(buf[i]!)) i++;
    if (i >= len) return null;
    const quote = buf[i];
    if (quote === DQUOTE || quote === SQUOTE) {
      const close = buf.indexOf(quote, i + 1);
      if (close < 0) return null;
      i = close + 1;
    } else if (quote !== GT) {
      while (i < len && !isSpace(buf[i]!) && buf[i] !== GT) i++;
      if (i >= len) return null;
    }
  }
}

/**
 * Finds where a nonce goes in HTML fed to it in pieces. push() takes the next bytes and returns the bytes
 * that may leave now and the offsets in them where ` nonce="…"` is to be inserted (after `<script` or
 * `<link`); with `final`, everything left leaves.
 */
export class NonceScanner {
  private buf: Buffer = Buffer.alloc(0);
  /** In `buf`: where scanning resumes; what has already left; what is held back (or -1). */
  private pos = 0;
  private sent = 0;
  private hold = -1;
  private mode = Mode.Data;
  /** Mode.Text: the element whose end tag ends the text. */
  private textEnd = '';
  /** Mode.Script: the element's `<`, its start tag's attributes, where its body starts, whether it may get the nonce. */
  private script = { start: 0, attrs: '', bodyFrom: 0, candidate: false, state: ScriptState.Data };
  private cuts: number[] = [];

  push(chunk: Uint8Array, final = false): { bytes: Buffer; cuts: number[] } {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.buf = this.buf.length === 0 ? bytes : Buffer.concat([this.buf, bytes]);
    this.hold = -1;
    this.scan(final);
    const from = this.sent;
    const upTo = this.hold < 0 ? this.buf.length : this.hold;
    const out = { bytes: this.buf.subarray(from, upTo), cuts: this.cuts.map((c) => c - from) };
    this.cuts = [];
    this.sent = upTo;
    // What is neither to be sent nor to be scanned again is dropped.
    const drop = Math.min(upTo, this.pos);
    if (drop > 0) {
      this.buf = this.buf.subarray(drop);
      this.pos -= drop;
      this.sent -= drop;
      this.script.start -= drop;
      this.script.bodyFrom -= drop;
    }
    return out;
  }

  private scan(final: boolean) {
    const buf = this.buf;
    const len = buf.length;
    for (;;) {
      if (this.mode === Mode.Data) {
        const lt = buf.indexOf(LT, this.pos);
        if (lt < 0) {
          this.pos = len;
          return;
        }
        const next = this.markup(lt);
        if (next === NEED_MORE) {
          this.pos = lt;
          if (!final) this.hold = lt;
          return;
        }
        this.pos = next;
      } else if (this.mode === Mode.Comment) {
        if (!this.comment()) return;
      } else if (this.mode === Mode.Text) {
        if (!this.text()) return;
      } else if (this.mode === Mode.Script) {
        const done = this.scriptBody();
        if (!done) {
          if (this.script.candidate && !final) this.hold = this.script.start;
          return;
        }
      } else {
        this.pos = len;
        return;
      }
    }
  }

  /** The markup starting at `lt`: the offset after it, NEED_MORE if it has not all arrived. */
  private markup(lt: number): number {
    const buf = this.buf;
    const c = buf[lt + 1];
    if (c === undefined) return NEED_MORE;
    if (isAlpha(c)) {
      const tag = readTag(buf, lt + 1, true);
      if (!tag) return NEED_MORE;
      this.startTag(lt, tag);
      return tag.end;
    }
    if (c === SLASH) {
      const d = buf[lt + 2];
      if (d === undefined) return NEED_MORE;
      if (d === GT) return lt + 3;
      if (isAlpha(d)) return readTag(buf, lt + 2, false)?.end ?? NEED_MORE;
      return this.bogusComment(lt + 2);
    }
    if (c === BANG) {
      const dashes = matchesAt(buf, lt + 2, '--');
      if (dashes === null) return NEED_MORE;
      if (!dashes) return this.bogusComment(lt + 2);
      // `<!-->` and `<!--->` are whole (empty) comments.
      const after = buf[lt + 4];
      if (after === undefined) return NEED_MORE;
      if (after === GT) return lt + 5;
      if (after === DASH) {
        const then = buf[lt + 5];
        if (then === undefined) return NEED_MORE;
        if (then === GT) return lt + 6;
      }
      this.mode = Mode.Comment;
      return lt + 4;
    }
    if (c === QUESTION) return this.bogusComment(lt + 1);
    return lt + 1; // a `<` in text
  }

  private bogusComment(from: number): number {
    const gt = this.buf.indexOf(GT, from);
    return gt < 0 ? NEED_MORE : gt + 1;
  }

  private startTag(lt: number, tag: Tag) {
    const hasNonce = tag.attrNames !== null && tag.attrNames.includes('nonce');
    if (tag.name === 'script') {
      const text = this.buf.toString('utf8', tag.attrsFrom, tag.attrsTo);
      this.mode = Mode.Script;
      this.script = {
        start: lt,
        attrs: text,
        bodyFrom: tag.end,
        candidate: !hasNonce && scriptMayTakeNonce(text),
        state: ScriptState.Data,
      };
    } else if (tag.name === 'link') {
      if (!hasNonce && isNextScriptPreload(this.buf.toString('utf8', tag.attrsFrom, tag.attrsTo)))
        this.cuts.push(lt + '<link'.length);
    } else if (TEXT_ELEMENTS.has(tag.name)) {
      this.mode = Mode.Text;
      this.textEnd = tag.name;
    } else if (tag.name === 'plaintext') {
      this.mode = Mode.PlainText;
    }
  }

  /** Mode.Comment: true once the comment has ended (`-->` or `--!>`). */
  private comment(): boolean {
    const buf = this.buf;
    for (;;) {
      const dash = buf.indexOf('--', this.pos, 'latin1');
      if (dash < 0) {
        this.pos = Math.max(this.pos, buf.length - 1);
        return false;
      }
      const c = buf[dash + 2];
      if (c === undefined || (c === BANG && buf[dash + 3] === undefined)) {
        this.pos = dash;
        return false;
      }
      if (c === GT || (c === BANG && buf[dash + 3] === GT)) {
        this.pos = dash + (c === GT ? 3 : 4);
        this.mode = Mode.Data;
        return true;
      }
      this.pos = dash + 1;
    }
  }

  /**
   * At a `</` in raw text or a script: the offset after the end tag `</name…>` if that is what starts at
   * `lt`; 0 if it is not; NEED_MORE if it cannot be told yet.
   */
  private endTagAt(lt: number, name: string): number {
    const buf = this.buf;
    const match = matchesAt(buf, lt + 2, name);
    if (match === null) return NEED_MORE;
    const after = buf[lt + 2 + name.length];
    if (!match) return 0;
    if (after === undefined) return NEED_MORE;
    if (!endsTagName(after)) return 0;
    return readTag(buf, lt + 2, false)?.end ?? NEED_MORE;
  }

  /** Mode.Text: true once the element's end tag has been read. */
  private text(): boolean {
    const buf = this.buf;
    for (;;) {
      const lt = buf.indexOf(LT, this.pos);
      if (lt < 0) {
        this.pos = buf.length;
        return false;
      }
      const next = buf[lt + 1];
      if (next === undefined) {
        this.pos = lt;
        return false;
      }
      if (next === SLASH) {
        const end = this.endTagAt(lt, this.textEnd);
        if (end === NEED_MORE) {
          this.pos = lt;
          return false;
        }
        if (end > 0) {
          this.pos = end;
          this.mode = Mode.Data;
          return true;
        }
      }
      this.pos = lt + 1;
    }
  }

  /**
   * Mode.Script: the body as the spec's script data states read it (so `<!--` and `<script` inside a body
   * change where it ends, as in a browser). true once `</script…>` has been read; a candidate script then
   * gets its cut if it is one of Next's.
   */
  private scriptBody(): boolean {
    const buf = this.buf;
    const len = buf.length;
    const s = this.script;
    let i = this.pos;
    while (i < len) {
      if (s.state === ScriptState.Data) {
        const lt = buf.indexOf(LT, i);
        if (lt < 0) {
          i = len;
          break;
        }
        const c = buf[lt + 1];
        if (c === undefined) {
          i = lt;
          break;
        }
        if (c === SLASH) {
          const end = this.endTagAt(lt, 'script');
          if (end === NEED_MORE) {
            i = lt;
            break;
          }
          if (end > 0) return this.endScript(lt, end);
        } else if (c === BANG) {
          const open = matchesAt(buf, lt + 2, '--');
          if (open === null) {
            i = lt;
            break;
          }
          if (open) {
            s.state = ScriptState.EscapedDashDash;
            i = lt + 4;
            continue;
          }
        }
        i = lt + 1;
        continue;
      }
      const c = buf[i]!;
      const double = s.state >= ScriptState.DoubleEscaped;
      if (c === LT) {
        const next = buf[i + 1];
        if (next === undefined) break;
        if (!double && next === SLASH) {
          // `</script…>` ends the element; any other `</` is text.
          const end = this.endTagAt(i, 'script');
          if (end === NEED_MORE) break;
          if (end > 0) return this.endScript(i, end);
          s.state = ScriptState.Escaped;
          i++;
          continue;
        }
        // `<script` (escaped) enters, `</script` (double escaped) leaves the double-escaped state, if a
        // character that ends the name follows.
        const from = double ? i + 2 : i + 1;
        const word = double && next !== SLASH ? false : matchesAt(buf, from, 'script');
        if (word === null) break;
        if (word) {
          const after = buf[from + 6];
          if (after === undefined) break;
          if (endsTagName(after)) {
            s.state = double ? ScriptState.Escaped : ScriptState.DoubleEscaped;
            i = from + 6;
            continue;
          }
        }
        s.state = double ? ScriptState.DoubleEscaped : ScriptState.Escaped;
        i++;
      } else if (c === DASH) {
        s.state =
          s.state === ScriptState.Escaped
            ? ScriptState.EscapedDash
            : s.state === ScriptState.DoubleEscaped
              ? ScriptState.DoubleEscapedDash
              : double
                ? ScriptState.DoubleEscapedDashDash
                : ScriptState.EscapedDashDash;
        i++;
      } else if (
        c === GT &&
        (s.state === ScriptState.EscapedDashDash || s.state === ScriptState.DoubleEscapedDashDash)
      ) {
        s.state = ScriptState.Data;
        i++;
      } else {
        s.state = double ? ScriptState.DoubleEscaped : ScriptState.Escaped;
        i++;
      }
    }
    this.pos = i;
    return false;
  }

  private endScript(lt: number, end: number): boolean {
    const s = this.script;
    if (s.candidate) {
      const body = this.buf.toString('utf8', s.bodyFrom, lt);
      if (isNextScript(s.attrs, body)) this.cuts.push(s.start + '<script'.length);
    }
    this.mode = Mode.Data;
    this.pos = end;
    return true;
  }
}
