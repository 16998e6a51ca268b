import type { NextFunction, Request, Response } from 'express';

/** PostgreSQL text cannot hold NUL; no legitimate input has one. Refused at the door, for HTTP and WebSocket alike. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, inner]) => containsNul(key) || containsNul(inner));
  return false;
}

export const NUL_MESSAGE = 'Text may not contain NUL characters';

export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  if (containsNul(req.body) || containsNul(req.query)) {
    res.status(400).json({ errors: [{ message: NUL_MESSAGE, extensions: { code: 'BAD_USER_INPUT' } }] });
    return;
  }
  next();
}
