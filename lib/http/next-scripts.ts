/**
 * Which of a page's scripts are Next's own and may take the response's CSP nonce (lib/http/html-nonce.ts):
 * its chunk scripts and script preloads under /_next/static, and its bootstrap scripts whose whole body is
 * one of the known shapes with JSON inside (parsed, so nothing else can ride along). Pure code.
 */

const NEXT_CHUNK_SRC =
  /^\s+(?:src="\/_next\/static\/[^"<>\s]+"|async=""|noModule=""|fetchPriority="[a-z]+"|crossorigin=""|crossOrigin=""|integrity="[A-Za-z0-9+/=-]+"|id="_R_")(?:\s+(?:src="\/_next\/static\/[^"<>\s]+"|async=""|noModule=""|fetchPriority="[a-z]+"|crossorigin=""|crossOrigin=""|integrity="[A-Za-z0-9+/=-]+"|id="_R_"))*\s*$/;
const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
const TURBOPACK = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `attrs`: the start tag's text after `<script`, without the closing `>`. */
export function scriptMayTakeNonce(attrs: string): boolean {
  const id = attrs.trim();
  return id === '' || id === 'id="_R_"' || NEXT_CHUNK_SRC.test(attrs);
}

export function isNextScript(attrs: string, body: string): boolean {
  if (body === '') return NEXT_CHUNK_SRC.test(attrs);
  const id = attrs.trim();
  const turbopack = () => TURBOPACK.test(body) && isJson(TURBOPACK.exec(body)![1]!);
  // With Cache Components on, Next 16.4.6 puts id="_R_" on the runtime chunk's tag and none on this script.
  if (id === '')
    return body === FLIGHT_INIT || (FLIGHT_PUSH.test(body) && isJson(FLIGHT_PUSH.exec(body)![1]!)) || turbopack();
  if (id === 'id="_R_"') return turbopack();
  return false;
}

export function isNextScriptPreload(attrs: string): boolean {
  return (
    /\brel="preload"/.test(attrs) && /\bas="script"/.test(attrs) && /\bhref="\/_next\/static\/[^"<>\s]+"/.test(attrs)
  );
}
