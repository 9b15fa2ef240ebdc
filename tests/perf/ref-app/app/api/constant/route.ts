const body = { ok: true, items: [{ id: 1, name: '参考' }] };

export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(body);
}
