/** "4.35" (numeric(3,2) from the database) → "4.4": rounded in hundredths, so no float artefacts. */
export function formatRating(average: string): string {
  const [whole = '0', frac = ''] = average.trim().split('.');
  const hundredths = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return (Math.round(hundredths / 10) / 10).toFixed(1);
}
