import type { NextRequest } from 'next/server';
import { handlers } from '@/server/auth';
import { badAuthCallback } from '@/lib/http/auth-callback';

// A callback URL Auth.js cannot read is a 400 here, not a 500 inside Auth.js.
export const GET = (request: NextRequest) => badAuthCallback(request) ?? handlers.GET(request);
export const POST = (request: NextRequest) => badAuthCallback(request) ?? handlers.POST(request);
