// The kiosk window swallows the keyboard's ways out, and nothing that is typing or editing.
import { describe, expect, it } from 'vitest';
import { isBlockedKioskKey, type KeyInput } from '../../../electron/kiosk/kiosk-keys';

function key(spec: string, code?: string): KeyInput {
  const parts = spec.split('+');
  const name = parts.pop()!;
  const has = (m: string) => parts.includes(m);
  const letterCode = /^[a-z]$/i.test(name) ? `Key${name.toUpperCase()}` : name;
  return { type: 'keyDown', key: name, code: code ?? letterCode, control: has('Ctrl'), meta: has('Cmd'), alt: has('Alt'), shift: has('Shift') };
}

describe('isBlockedKioskKey', () => {
  it.each([
    'Alt+F4',
    'Ctrl+F4',
    'Ctrl+w',
    'Ctrl+Shift+W',
    'Ctrl+q',
    'Cmd+q',
    'Cmd+w',
    'Cmd+h',
    'Cmd+m',
    'Ctrl+Shift+I',
    'Ctrl+Shift+J',
    'Ctrl+Shift+C',
    'Cmd+Alt+i',
    'F12',
    'F11',
    'Ctrl+Cmd+f',
  ])('blocks %s', (spec) => {
    expect(isBlockedKioskKey(key(spec))).toBe(true);
  });

  it('blocks Ctrl+W and Ctrl+Q on a Cyrillic layout, by the key position', () => {
    expect(isBlockedKioskKey(key('Ctrl+ц', 'KeyW'))).toBe(true);
    expect(isBlockedKioskKey(key('Ctrl+й', 'KeyQ'))).toBe(true);
  });

  it.each([
    ['a letter', key('w')],
    ['a capital', key('Shift+Q')],
    ['copy', key('Ctrl+c')],
    ['paste', key('Ctrl+v')],
    ['undo', key('Ctrl+z')],
    ['select all', key('Ctrl+a')],
    ['Enter', key('Enter')],
    ['Escape (closes a dialog)', key('Escape')],
    ['Tab', key('Tab')],
    ['reload (the core keeps everything)', key('F5')],
    ['select all on AZERTY (the key QWERTY calls Q)', key('Ctrl+a', 'KeyQ')],
    ['undo on AZERTY (the key QWERTY calls W)', key('Ctrl+z', 'KeyW')],
    ['@ typed with AltGr+Q on a German keyboard', key('Ctrl+Alt+@', 'KeyQ')],
    ['ć typed with AltGr+C on a Polish keyboard', key('Ctrl+Alt+ć', 'KeyC')],
  ])('lets %s through', (_what, input) => {
    expect(isBlockedKioskKey(input)).toBe(false);
  });
});
