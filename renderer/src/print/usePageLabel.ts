// Every printed page names the patient, because the pages of a paper record get separated. The
// words go in the page's bottom margin (CSS @page margin boxes, with the page number). They differ
// per record, so the rule is made here as a constructed style sheet: the page's Content Security
// Policy allows no inline <style>.
import { useEffect } from 'react';

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

const FONT = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #000;';

export function usePageLabel(text: string | null): void {
  useEffect(() => {
    if (text === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page {
        @bottom-left { content: ${cssString(text)}; ${FONT} }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); ${FONT} }
      }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
