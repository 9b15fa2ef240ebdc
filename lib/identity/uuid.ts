/** Whether a path segment can be a row id: checked before any query, so junk ids answer 404, not 500. */
export const isUuid = (value: string): boolean => /^[0-9a-f-]{36}$/.test(value);
