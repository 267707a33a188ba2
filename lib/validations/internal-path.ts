/** True for a path on this site ("/account/purchases"), never another host ("//x", "/\\x", "https://…"). */
export function isInternalPath(value: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500;
}
