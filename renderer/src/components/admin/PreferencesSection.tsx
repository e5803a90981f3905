// Settings → Chairs & preferences: the number of chairs and their names, the station's preferences,
// and the Spravato REMS module. Every answer from the core goes to the preferences provider, so the
// board, the alarm sound and the dates follow at once.
import { usePreferences } from '../../state/preferences';
import { RemsModuleSetting } from '../RemsModuleSetting';
import { ChairCountForm } from './ChairCountForm';
import { ChairNamesForm } from './ChairNamesForm';
import { PreferencesForm } from './PreferencesForm';

export function PreferencesSection(props: { titleId: string }) {
  const { settings, error, settingsChanged } = usePreferences();
  return (
    <section className="admin-section" aria-labelledby={props.titleId}>
      <div className="admin-section-head">
        <h3 id={props.titleId} className="admin-section-title">
          Chairs &amp; preferences
        </h3>
      </div>
      {settings === null ? (
        error ? (
          <p role="alert" className="form-alert">
            The settings could not be loaded: {error}
          </p>
        ) : (
          <p className="muted">Loading the settings…</p>
        )
      ) : (
        <>
          <fieldset className="preferences-group chairs-group">
            <legend className="preferences-legend">Chairs</legend>
            <ChairCountForm count={settings.chairs.length} onSaved={settingsChanged} />
            <ChairNamesForm chairs={settings.chairs} onSaved={settingsChanged} />
          </fieldset>
          <PreferencesForm settings={settings} onSaved={settingsChanged} />
        </>
      )}
      <RemsModuleSetting />
    </section>
  );
}
