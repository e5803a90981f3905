// The print layout lives in the same page at #print/<sessionId>, so the Electron shell, a browser
// tab and the tests all open one address.
const PRINT_HASH = /^#print\/([0-9a-f-]{36})$/i;

/** The session to print when the address asks for the print layout, else null. */
export function printSessionId(hash: string): string | null {
  return PRINT_HASH.exec(hash)?.[1] ?? null;
}

/** The print layout's address for a session: this page with the print hash. */
export function printUrl(sessionId: string, href: string = window.location.href): string {
  return `${href.split('#')[0]}#print/${sessionId}`;
}
