/** What a promise was refused with (an ApiError or DomainError): its status, code and parameters; fails when it resolved. */
export async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string; params: unknown }> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!error || typeof error !== 'object' || !('code' in error) || !('status' in error)) throw new Error(`not refused: ${String(error)}`);
  return { status: Number(error.status), code: String(error.code), params: 'params' in error ? error.params : undefined };
}
