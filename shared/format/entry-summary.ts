// One readable line per record entry, as a chart would read it. Shared by the screen, the timeline
// the core builds, and the exports, so a record reads the same everywhere.
import { CONCOMITANT_MEDICINE_LABELS } from '../domain/rems';
import { RECOVERY_SCALES } from '../domain/recovery-scores';
import type { EntryBody } from '../domain/records';
import type { BloodPressure, Dissociation } from '../domain/vitals';
import { formatClockTime } from './clock-time';

const capitalize = (s: string) => (s.length === 0 ? s : s[0].toUpperCase() + s.slice(1));

export function bpText(bp: BloodPressure): string {
  return `${bp.systolic}/${bp.diastolic}`;
}

export function dissociationText(d: Dissociation): string {
  return d.cadssTotal === undefined ? capitalize(d.global) : `${capitalize(d.global)} (CADSS ${d.cadssTotal})`;
}

type ObservationBody = Extract<EntryBody, { kind: 'observation' }>;

export function observationSummary(b: ObservationBody): string {
  const parts: string[] = [];
  if (b.bp) parts.push(b.bp.pulse === undefined ? `BP ${bpText(b.bp)}` : `BP ${bpText(b.bp)}, pulse ${b.bp.pulse}`);
  if (b.spo2 !== null) parts.push(`SpO2 ${b.spo2}%`);
  if (b.moaas !== null) parts.push(`MOAA/S ${b.moaas}`);
  if (b.dissociation) {
    const cadss = b.dissociation.cadssTotal === undefined ? '' : ` (CADSS ${b.dissociation.cadssTotal})`;
    parts.push(`Dissociation ${b.dissociation.global}${cadss}`);
  }
  return parts.join(' · ');
}

/** Who recorded the entry: "by Nurse Ana". A monitor's reading says where it came from instead
 *  ("from SunTech 1"), and names the recorder only when that is someone other than the monitor. */
export function entryAuthor(by: string, body: EntryBody): string {
  if (body.kind !== 'observation' || !body.source) return `by ${by}`;
  const from = `from ${body.source.deviceName}`;
  return by === `BP monitor ${body.source.deviceName}` ? from : `${from} · by ${by}`;
}

function yesNo(value: boolean | null): string {
  return value === null ? 'not asked' : value ? 'yes' : 'no';
}

export function entrySummary(body: EntryBody): string {
  switch (body.kind) {
    case 'observation':
      return observationSummary(body);
    case 'pre-dose-confirmation': {
      const parts = [`Someone else drives the patient home: ${yesNo(body.transportHome)}`];
      if (body.fasting !== null) parts.push(`fasting: ${yesNo(body.fasting)}`);
      if (body.nasalPreparation !== null) parts.push(`no nasal steroid or decongestant within 1 h: ${yesNo(body.nasalPreparation)}`);
      return `Pre-dose confirmation — ${parts.join(' · ')}`;
    }
    case 'baseline-acknowledgment':
      return `Elevated pre-dose BP acknowledged by ${body.clinician}${body.note ? ` — “${body.note}”` : ''}`;
    case 'spravato-device':
      return `Spravato device given, lot ${body.lot}`;
    case 'ketamine-dose': {
      const parts = [`Ketamine ${body.mg} mg ${body.route}`, `lot ${body.lot}`];
      if (body.site) parts.push(`site ${body.site}`);
      if (body.troches !== null) parts.push(`${body.troches} troche${body.troches === 1 ? '' : 's'}`);
      if (body.rate) parts.push(`rate ${body.rate}`);
      return `${parts.join(', ')}${body.route === 'IV' ? ' (infusion started)' : ''}`;
    }
    case 'infusion-end':
      return 'Infusion ended';
    case 'entered-in-error':
      return `Correction of entry ${body.entryId}: ${body.reason}`;
    case 'recovery-score': {
      const scale = RECOVERY_SCALES[body.scale];
      const parts = scale.components.map((c) => `${c.label} ${body.components[c.id] ?? '?'}`);
      return `${scale.label} score ${body.total}/10 (${parts.join(', ')})`;
    }
    case 'ready-to-leave':
      return 'Ready to leave: every discharge criterion but the minimum observation time is met';
    case 'rems-facts': {
      const meds = body.concomitant.length === 0 ? 'none' : body.concomitant.map((m) => CONCOMITANT_MEDICINE_LABELS[m]).join(', ');
      const parts = [
        `first treatment: ${yesNo(body.firstTreatment)}`,
        `REMS-enrolled: ${yesNo(body.remsEnrolled)}`,
        `concomitant medicines: ${meds}`,
        body.respiratoryDepression
          ? `respiratory depression from ${formatClockTime(Date.parse(body.respiratoryDepression.onsetAt))}${body.respiratoryDepression.resolvedAt ? ` to ${formatClockTime(Date.parse(body.respiratoryDepression.resolvedAt))}` : ', not resolved'}`
          : 'no respiratory depression',
        `serious adverse events: ${body.seriousAdverseEvents ?? 'none'}`,
        `monitored by ${body.monitoringProfessional}, ${body.setting}`,
      ];
      return `REMS facts — ${parts.join(' · ')}`;
    }
    case 'rems-form-submitted':
      return `REMS monitoring form submitted${body.reference ? `, reference ${body.reference}` : ''}`;
    case 'addendum':
      return `Addendum: ${body.text}`;
  }
}
