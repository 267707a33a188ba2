import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { contactMessages } from '@/db/schema';
import { idleState } from '@/lib/forms/action-state';
import { createTestUser } from '../../helpers/factories';
import { setTestLocale } from '../../helpers/next-intl-server';

// The actions run outside a Next request: nobody is signed in, the request's language is the test's
// (setTestLocale; in Next it is the page's [locale]), and signing in (after a valid registration) is
// not reached by these posts.
vi.mock('@/server/auth/guards', () => ({ getCurrentUser: async () => null }));
vi.mock('@/server/auth', () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next-auth', () => {
  class AuthError extends Error {}
  return { AuthError, CredentialsSignin: class extends AuthError {} };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }) }));
vi.mock('next-intl/server', () => import('../../helpers/next-intl-server'));

const { loginAction, registerAction } = await import('@/actions/auth');
const { contactAction } = await import('@/actions/contact');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const BAD_REGISTRATION = { name: 'A', email: 'not-an-email', password: 'short' };

afterEach(() => setTestLocale('en'));

describe('validation messages: keys in the schema, words in the request’s language', () => {
  it('answers a bad registration in Vietnamese on a Vietnamese page, next to each field', async () => {
    setTestLocale('vi');
    const state = await registerAction(idleState, form(BAD_REGISTRATION));
    expect(state).toMatchObject({
      status: 'error',
      message: 'Vui lòng sửa các ô được đánh dấu.',
      fieldErrors: {
        name: ['Nhập ít nhất 2 ký tự.'],
        email: ['Nhập một địa chỉ email hợp lệ.'],
        password: ['Mật khẩu cần ít nhất 10 ký tự.'],
      },
      values: { name: 'A', email: 'not-an-email' },
    });
  });

  it('answers the same post in English on an English page, as before', async () => {
    const state = await registerAction(idleState, form(BAD_REGISTRATION));
    expect(state).toMatchObject({
      message: 'Please correct the highlighted fields.',
      fieldErrors: {
        name: ['Enter at least 2 characters.'],
        email: ['Enter a valid email address.'],
        password: ['Use at least 10 characters.'],
      },
    });
  });

  it('says a guessable password is too easy in Vietnamese (the server check after the schema)', async () => {
    setTestLocale('vi');
    const state = await registerAction(
      idleState,
      form({ name: 'Nguyễn Văn An', email: 'an-weak@example.vn', password: 'password123456' }),
    );
    expect(state).toMatchObject({
      message: 'Vui lòng sửa các ô được đánh dấu.',
      fieldErrors: { password: [expect.stringMatching(/^Mật khẩu này quá dễ đoán\./)] },
    });
  });

  it('answers a refusal of the data layer (an AppError’s key) in Vietnamese on a Vietnamese page', async () => {
    const taken = await createTestUser();
    setTestLocale('vi');
    const state = await registerAction(
      idleState,
      form({ name: 'Nguyễn Văn An', email: taken.email, password: 'a long test password' }),
    );
    expect(state).toMatchObject({
      status: 'error',
      message: 'Đã có tài khoản dùng email này.',
      fieldErrors: { email: ['Đã có tài khoản dùng email này.'] },
      values: { email: taken.email },
    });
  });

  it('answers the same refusal in English on an English page, as before', async () => {
    const taken = await createTestUser();
    const state = await registerAction(
      idleState,
      form({ name: 'Nguyễn Văn An', email: taken.email, password: 'a long test password' }),
    );
    expect(state).toMatchObject({
      message: 'An account with this email already exists.',
      fieldErrors: { email: ['An account with this email already exists.'] },
    });
  });

  it('fills an AppError’s values into the Vietnamese sentence (ICU plural of the wait)', async () => {
    setTestLocale('vi');
    const { errorState } = await import('@/actions/safe-action');
    const { AppError, em } = await import('@/lib/errors');
    const { waitValues } = await import('@/server/auth/sign-in-throttle');
    const minutes = await errorState(
      new AppError('rate_limited', em('registrationLimited'), { values: waitValues(125_000) }),
    );
    expect(minutes).toMatchObject({
      message:
        'Đã có quá nhiều tài khoản được đăng ký từ mạng của bạn trong một giờ qua. Vui lòng thử lại sau 3 phút, hoặc đăng nhập nếu bạn đã có tài khoản.',
    });
    const version = await errorState(
      new AppError('conflict', em('versionTaken'), { field: 'version', values: { version: '1.2.0' } }),
    );
    expect(version).toMatchObject({
      message: 'Phiên bản 1.2.0 đã được phát hành.',
      fieldErrors: { version: ['Phiên bản 1.2.0 đã được phát hành.'] },
    });
    setTestLocale('en');
    const seconds = await errorState(
      new AppError('rate_limited', em('registrationLimited'), { values: waitValues(1_000) }),
    );
    expect(seconds).toMatchObject({
      message:
        'Too many accounts have been registered from your network in the last hour. Try again in 1 second, or sign in if you already have an account.',
    });
  });

  it('says a refused sign-in’s wait in Vietnamese on a Vietnamese page (the sign-in throttle)', async () => {
    const { signIn } = await import('@/server/auth');
    const { SignInThrottledError } = await import('@/lib/auth/sign-in-throttled-error');
    vi.mocked(signIn).mockRejectedValueOnce(new SignInThrottledError('address', 40_000));
    setTestLocale('vi');
    const state = await loginAction(
      idleState,
      form({ email: 'an@example.vn', password: 'a long test password', callbackUrl: '/' }),
    );
    expect(state).toEqual({
      status: 'error',
      message: 'Mạng của bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 40 giây.',
      values: { email: 'an@example.vn' },
    });
    vi.mocked(signIn).mockRejectedValueOnce(new SignInThrottledError('account', 61_000));
    setTestLocale('en');
    const english = await loginAction(
      idleState,
      form({ email: 'an@example.vn', password: 'a long test password', callbackUrl: '/' }),
    );
    expect(english).toMatchObject({ message: expect.stringMatching(/ Try again in 2 minutes\.$/) });
  });

  it('reads a field named __proto__ as an ordinary unknown field, a posted file included (the action fuzzer’s seed 1185936742)', async () => {
    // It became the parsed object's prototype, and zod's read of `name` then threw inside File's getter.
    const post = (fields: Record<string, string>) => {
      const data = form(fields);
      data.append('__proto__', new File(['x'], 'a.png', { type: 'image/png' }));
      data.append('__proto__', 'twice');
      return data;
    };
    const refused = await contactAction(idleState, post({ intent: 'x', file: 'y' }));
    expect(refused).toMatchObject({
      status: 'error',
      fieldErrors: { name: ['Enter your name.'], email: ['Enter your email address.'] },
      values: { intent: 'x', file: 'y' },
    });
    const email = `proto-${Date.now()}@example.vn`;
    const sent = await contactAction(
      idleState,
      post({
        name: 'Nguyễn Văn An',
        email,
        subject: 'Hỏi về quy trình',
        message: 'Quy trình này chạy với Zalo OA không?',
      }),
    );
    expect(sent).toMatchObject({ status: 'success' });
    const rows = await db
      .select({ name: contactMessages.name })
      .from(contactMessages)
      .where(eq(contactMessages.email, email));
    expect(rows).toEqual([{ name: 'Nguyễn Văn An' }]);
  });

  it('sends the contact form in Vietnamese and stores the message', async () => {
    setTestLocale('vi');
    const refused = await contactAction(
      idleState,
      form({ name: 'An', email: 'an@example.vn', subject: 'Hi', message: 'ngắn' }),
    );
    expect(refused).toMatchObject({
      fieldErrors: { subject: ['Nhập ít nhất 3 ký tự.'], message: ['Viết ít nhất 10 ký tự.'] },
    });
    const email = `an-${Date.now()}@example.vn`;
    const sent = await contactAction(
      idleState,
      form({
        name: 'Nguyễn Văn An',
        email,
        subject: 'Hỏi về quy trình',
        message: 'Quy trình này có chạy với Zalo OA không?',
      }),
    );
    expect(sent).toEqual({
      status: 'success',
      message: 'Cảm ơn bạn! Tin nhắn của bạn đã được gửi. Chúng tôi sẽ trả lời bạn qua email.',
    });
    const rows = await db
      .select({ subject: contactMessages.subject })
      .from(contactMessages)
      .where(eq(contactMessages.email, email));
    expect(rows).toEqual([{ subject: 'Hỏi về quy trình' }]);
  });
});
