import { describe, expect, it } from 'vitest';
import { localizedCategory, localizedWorkflow } from '@/lib/workflows/localized';

const workflow = {
  title: 'Overdue invoice reminders',
  titleVi: 'Nhắc hóa đơn quá hạn',
  shortDescription: 'Emails a reminder for each overdue invoice.',
  shortDescriptionVi: '',
  description: 'English body.',
  descriptionVi: null,
  categories: [{ slug: 'finance', name: 'Finance', nameVi: 'Tài chính' }],
};

describe('localizedWorkflow / localizedCategory', () => {
  it('shows the Vietnamese reader the Vietnamese texts, and the English one where a field has none', () => {
    expect(localizedWorkflow(workflow, 'vi')).toMatchObject({
      title: 'Nhắc hóa đơn quá hạn',
      shortDescription: 'Emails a reminder for each overdue invoice.',
      description: 'English body.',
      lang: 'vi',
      categories: [{ name: 'Tài chính', lang: 'vi' }],
    });
  });

  it('shows the English reader the English texts, and the Vietnamese one where the English is empty', () => {
    expect(localizedWorkflow(workflow, 'en')).toMatchObject({
      title: 'Overdue invoice reminders',
      description: 'English body.',
      lang: 'en',
      categories: [{ name: 'Finance' }],
    });
    expect(localizedCategory({ name: '  ', nameVi: 'Tài chính', description: '' }, 'en')).toEqual({
      name: 'Tài chính',
      nameVi: 'Tài chính',
      description: '',
      lang: 'vi',
    });
  });

  it('leaves a row without a description or categories without them', () => {
    const card = localizedWorkflow({ title: 'A', titleVi: 'B', shortDescription: 'C' }, 'vi');
    expect(card).toEqual({ title: 'B', titleVi: 'B', shortDescription: 'C', lang: 'vi' });
  });
});
