// Spravato REMS: the facts the monitoring form asks for, from the readings and as recorded, so the
// form can be filled in from this page.
import type { ReactNode } from 'react';
import type { Episode, RemsView } from '../../../shared/api/views';
import { clock, dateAndClock } from '../format/time';
import { yesNo } from './print-format';

const MEDICINE_WORDS: Record<string, string> = {
  benzodiazepines: 'benzodiazepines',
  'other-sedative-hypnotics': 'other sedative-hypnotics',
  opioids: 'opioids',
  psychostimulants: 'psychostimulants',
  maois: 'MAOIs',
};

function episodes(list: Episode[]): string {
  if (list.length === 0) return 'none';
  return list.map((e) => `${clock(e.onsetAt)}–${e.resolvedAt ? clock(e.resolvedAt) : 'not resolved'} (worst ${e.worst})`).join('; ');
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function RemsFacts({ rems }: { rems: RemsView }) {
  const r = rems.fromReadings;
  const f = rems.facts;
  return (
    <section className="print-section" aria-labelledby="print-rems">
      <h2 id="print-rems">REMS monitoring facts</h2>
      <dl className="print-facts print-facts--rems">
        <Fact label="Dose">{r.doseMg === null ? 'not given' : `${r.doseMg} mg`}</Fact>
        <Fact label="Lot numbers">{r.lots.join(', ') || 'none'}</Fact>
        <Fact label="First device">{r.firstDeviceAt ? clock(r.firstDeviceAt) : 'none'}</Fact>
        <Fact label="Monitoring (min from first device)">{r.monitoringMin ?? '—'}</Fact>
        <Fact label="Ready to leave but for the 2 h rule (min)">{r.readyAfterMin ?? 'not reached'}</Fact>
        <Fact label="BP before dosing">{r.bpBeforeDosing ?? 'none'}</Fact>
        <Fact label="BP at about 40 min">{r.bpAt40 ?? 'none'}</Fact>
        <Fact label="BP before completion">{r.bpBeforeCompletion ?? 'none'}</Fact>
        <Fact label="Sedation">{episodes(r.sedation)}</Fact>
        <Fact label="Dissociation">{episodes(r.dissociation)}</Fact>
        <Fact label="SpO2 below the limit">{episodes(r.lowSpo2)}</Fact>
        <Fact label="Pulse oximetry checks">{r.pulseOximetryChecks}</Fact>
        {f ? (
          <>
            <Fact label="First treatment">{yesNo(f.firstTreatment)}</Fact>
            <Fact label="Enrolled in the REMS">{yesNo(f.remsEnrolled)}</Fact>
            <Fact label="Concomitant medicines">{f.concomitant.map((m) => MEDICINE_WORDS[m] ?? m).join(', ') || 'none'}</Fact>
            <Fact label="Respiratory depression">
              {f.respiratoryDepression
                ? `${clock(f.respiratoryDepression.onsetAt)}–${f.respiratoryDepression.resolvedAt ? clock(f.respiratoryDepression.resolvedAt) : 'not resolved'}`
                : 'none'}
            </Fact>
            <Fact label="Serious adverse events">{f.seriousAdverseEvents ?? 'none'}</Fact>
            <Fact label="Monitoring professional">{f.monitoringProfessional}</Fact>
            <Fact label="Setting">{f.setting}</Fact>
            <Fact label="Facts recorded">
              {dateAndClock(f.recordedAt)} by {f.by}
            </Fact>
          </>
        ) : (
          <Fact label="Facts beyond the readings">not recorded yet</Fact>
        )}
        {rems.form && (
          <Fact label="Monitoring form">
            {rems.form.submitted
              ? `submitted ${dateAndClock(rems.form.submitted.at)} by ${rems.form.submitted.by}${rems.form.submitted.reference ? `, reference ${rems.form.submitted.reference}` : ''}`
              : `due ${dateAndClock(rems.form.dueAt)}${rems.form.overdue ? ' (OVERDUE)' : ''}`}
          </Fact>
        )}
      </dl>
    </section>
  );
}
