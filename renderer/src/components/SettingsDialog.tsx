// Station settings, for the clinic's admin: chairs and preferences, protocols, the BP monitors, the
// users, and settings transfer to another station. All sections stay on one scrolling page (so
// nothing half-edited is hidden by switching away); the list at the side jumps to each and shows
// where the page is.
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from '../state/preferences';
import { PreferencesSection } from './admin/PreferencesSection';
import { ProtocolsSection } from './admin/ProtocolsSection';
import { SettingsTransferSection } from './admin/SettingsTransferSection';
import { Dialog } from './Dialog';
import { MonitorsSection } from './devices/MonitorsSection';
import { UsersSection } from './users/UsersSection';
import { AuditSection } from './admin/AuditSection';

const SECTIONS = [
  { id: 'settings-chairs', label: 'Chairs & preferences' },
  { id: 'settings-protocols', label: 'Protocols' },
  { id: 'settings-monitors', label: 'BP monitors' },
  { id: 'settings-users', label: 'Users' },
  { id: 'settings-transfer', label: 'Transfer' },
  { id: 'settings-audit', label: 'Audit trail' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** How close to the top of the page a section must be to count as the one being read. */
const READING_LINE_PX = 80;

export function SettingsDialog(props: { onClose: () => void }) {
  const { settings, settingsChanged } = usePreferences();
  const [protocolsReload, setProtocolsReload] = useState(0);
  const [current, setCurrent] = useState<SectionId>(SECTIONS[0].id);
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const scroller = page.current;
    if (!scroller) return;
    const follow = () => {
      const top = scroller.getBoundingClientRect().top;
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
      let reading: SectionId = SECTIONS[0].id;
      for (const s of SECTIONS) {
        const el = document.getElementById(s.id);
        if (el && el.getBoundingClientRect().top - top <= READING_LINE_PX) reading = s.id;
      }
      setCurrent(atEnd ? SECTIONS[SECTIONS.length - 1].id : reading);
    };
    scroller.addEventListener('scroll', follow, { passive: true });
    return () => scroller.removeEventListener('scroll', follow);
  }, []);

  function jump(id: SectionId) {
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    setCurrent(id);
  }

  return (
    <Dialog title="Settings" onClose={props.onClose} className="dialog--settings">
      <div className="settings-layout">
        <nav className="settings-nav" aria-label="Settings sections">
          <ul className="settings-nav-list">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button type="button" className="settings-nav-link" aria-current={current === s.id ? 'true' : undefined} onClick={() => jump(s.id)}>
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button settings-close" onClick={props.onClose}>
            Close
          </button>
        </nav>
        <div className="settings-page" ref={page}>
          <div id="settings-chairs" className="settings-part" tabIndex={-1}>
            <PreferencesSection titleId="settings-chairs-title" />
          </div>
          <div id="settings-protocols" className="settings-part" tabIndex={-1}>
            <ProtocolsSection titleId="settings-protocols-title" reloadKey={protocolsReload} />
          </div>
          <div id="settings-monitors" className="settings-part" tabIndex={-1}>
            {settings && <MonitorsSection chairs={settings.chairs} />}
          </div>
          <div id="settings-users" className="settings-part" tabIndex={-1}>
            <UsersSection />
          </div>
          <div id="settings-transfer" className="settings-part" tabIndex={-1}>
            <SettingsTransferSection
              titleId="settings-transfer-title"
              onImported={(view) => {
                settingsChanged(view);
                setProtocolsReload((n) => n + 1);
              }}
            />
          </div>
          <div id="settings-audit" className="settings-part" tabIndex={-1}>
            <AuditSection titleId="settings-audit-title" />
          </div>
        </div>
      </div>
    </Dialog>
  );
}
