// The shell's policy travels as a response header too, so it holds without the <meta> tag.
import { describe, expect, it } from 'vitest';
import { appResponseCheck, withContentSecurityPolicy } from '../../../electron/security/response-headers';

const POLICY = "default-src 'none'; script-src 'self'";

describe('withContentSecurityPolicy', () => {
  it('adds the policy to a response without one (a file:// response has no headers)', () => {
    expect(withContentSecurityPolicy(undefined, POLICY)).toEqual({ 'Content-Security-Policy': [POLICY] });
    expect(withContentSecurityPolicy({}, POLICY)).toEqual({ 'Content-Security-Policy': [POLICY] });
  });

  it('keeps a policy the response already has beside it, whatever its spelling, so none is loosened', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["script-src 'none'"], 'Content-Type': ['text/html'] }, POLICY);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["script-src 'none'", POLICY] });
  });

  it('keeps every other header and does not change its input', () => {
    const input = { 'Cache-Control': 'no-store', Vary: ['Accept', 'Origin'] };
    const headers = withContentSecurityPolicy(input, POLICY);
    expect(headers['Cache-Control']).toEqual(['no-store']);
    expect(headers.Vary).toEqual(['Accept', 'Origin']);
    expect(input).toEqual({ 'Cache-Control': 'no-store', Vary: ['Accept', 'Origin'] });
  });
});

describe('appResponseCheck', () => {
  it('for the built app, covers files and nothing served from elsewhere', () => {
    const applies = appResponseCheck('file:///opt/station/resources/app.asar/dist/index.html');
    expect(applies('file:///opt/station/resources/app.asar/dist/assets/index-abc.js')).toBe(true);
    expect(applies('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(applies('https://example.org/')).toBe(false);
    expect(applies('not a url')).toBe(false);
  });

  it('for a development server, covers that origin only', () => {
    const applies = appResponseCheck('http://localhost:5173/');
    expect(applies('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(applies('http://localhost:5174/')).toBe(false);
    expect(applies('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});
