import 'server-only';

/**
 * Without JavaScript the workflow JSON file itself is posted (`definitionFile`): read it into the
 * `definition` field the schemas parse, unless JSON was pasted too.
 */
export async function withUploadedDefinition(formData: FormData): Promise<FormData> {
  const file = formData.get('definitionFile');
  formData.delete('definitionFile');
  const pasted = formData.get('definition');
  if (file instanceof File && file.size > 0 && (typeof pasted !== 'string' || pasted.trim() === '')) {
    formData.set('definition', file.size > 2_000_000 ? ' '.repeat(2_000_001) : await file.text());
  }
  return formData;
}
