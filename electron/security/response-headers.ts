// Adds the shell's Content-Security-Policy to a response's headers. A policy the response already
// carries is kept beside it: every policy is enforced, so adding one can only narrow what the page
// may do, never widen it. Header names are matched without regard to case, as HTTP does.

export type ResponseHeaders = Record<string, string[]>;

const CSP_HEADER = 'Content-Security-Policy';

export function withContentSecurityPolicy(headers: Readonly<Record<string, string | string[]>> | undefined, policy: string): ResponseHeaders {
  const result: ResponseHeaders = {};
  const policies: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const values = Array.isArray(value) ? [...value] : [value];
    if (name.toLowerCase() === CSP_HEADER.toLowerCase()) policies.push(...values);
    else result[name] = values;
  }
  result[CSP_HEADER] = [...policies, policy];
  return result;
}

/**
 * Which responses get the policy: everything from where the app's page comes from (its folder on
 * disk, or the development server). Other responses (Chromium's own pages, such as the developer
 * tools in development) keep theirs; the station window cannot load them anyway.
 */
export function appResponseCheck(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    return app.protocol === 'file:' ? url.protocol === 'file:' : url.origin === app.origin;
  };
}
