import type { NextFunction, Request, Response } from 'express';

// No inline script or style anywhere, images only from our own storage, no framing.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Pages, API answers and photos are about vulnerable people: no browser or proxy keeps a copy.
  // Only the public stylesheet and script say otherwise (AssetsController).
  res.setHeader('Cache-Control', 'no-store');
  next();
}
