/** The one error shape every API route returns (design.md): `{ error: { code, message, fields? } }`. */
export type ApiErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string> };
};
