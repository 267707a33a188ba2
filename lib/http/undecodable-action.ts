/**
 * Errors Next throws while it decodes a server action's request, before any of the shop's code runs: the
 * body is not a request a browser can send (found by the fuzzer, RELIABILITY.md). Next 16 answers them 500
 * (vercel/next.js#86945); scripts/serve.ts answers 400 instead, when instrumentation.ts saw one of these and
 * no action of the shop had started.
 *
 * - busboy (multipart framing): a raw NUL or a broken line in a part header, a missing boundary, a cut body;
 * - React's `decodeReply` (the arguments' encoding): a bare `"$"`, a reference to a part that is not there;
 * - `JSON.parse` of an argument part: a SyntaxError;
 * - undici's FormData parser (a form posted without JavaScript): "Failed to parse body as FormData.".
 */
const DECODE_MESSAGES = [
  /^Malformed (part header|content type|urlencoded form)$/,
  /^Unexpected end of (form|file)$/,
  /^Multipart: Boundary not found$/,
  /^Missing Content-Type$/,
  /^Unsupported content type: /,
  /^Invalid (forward )?reference\.$/,
  /^Invalid data for bytes stream\.$/,
  /^Invalid (Set|Map|Iterator) initializer\.$/,
  /^Already initialized (typed array|stream|Set|Map|Iterator)\.$/,
  /^Reply finished with incomplete file part\.$/,
  /^Referenced Blob is not a Blob\.$/,
  /^Connection closed\.$/,
  /^Failed to parse body as FormData\.$/,
];

/** True for an error that says the action's request could not be decoded (not a failure of the shop's code). */
export function isUndecodableActionError(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  const message = error instanceof Error ? error.message : '';
  return DECODE_MESSAGES.some((pattern) => pattern.test(message));
}
