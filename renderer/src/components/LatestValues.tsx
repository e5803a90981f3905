// The latest readings, each with its time. The trend arrow is the core's, and is said in words too.
import type { LatestValues as Latest } from '../../../shared/api/views';
import { bpText, dissociationText } from '../format/entries';
import { TREND_WORDS } from '../format/labels';
import { clock } from '../format/time';

export function LatestValues(props: { latest: Latest; className?: string }) {
  const { bp, spo2, moaas, dissociation } = props.latest;
  const trend = bp?.trend ? TREND_WORDS[bp.trend] : null;
  return (
    <dl className={`latest ${props.className ?? ''}`}>
      <div className="latest-item latest-item--bp">
        <dt>BP</dt>
        <dd>
          {bp ? (
            <>
              <span className="latest-value">{bpText(bp.value)}</span>
              {trend && (
                <span className={`trend trend--${bp.trend}`}>
                  <span aria-hidden="true">{trend.arrow}</span> {trend.word}
                </span>
              )}
              {bp.value.pulse !== undefined && <span className="latest-extra">pulse {bp.value.pulse}</span>}
              <span className="latest-at">{clock(bp.at)}</span>
            </>
          ) : (
            <span className="latest-none">none yet</span>
          )}
        </dd>
      </div>
      <div className="latest-item">
        <dt>SpO2</dt>
        <dd>
          {spo2 ? (
            <>
              <span className="latest-value">{spo2.value}%</span>
              <span className="latest-at">{clock(spo2.at)}</span>
            </>
          ) : (
            <span className="latest-none">none yet</span>
          )}
        </dd>
      </div>
      <div className="latest-item">
        <dt>MOAA/S</dt>
        <dd>
          {moaas ? (
            <>
              <span className="latest-value">{moaas.value}</span>
              <span className="latest-at">{clock(moaas.at)}</span>
            </>
          ) : (
            <span className="latest-none">none yet</span>
          )}
        </dd>
      </div>
      <div className="latest-item">
        <dt>Dissociation</dt>
        <dd>
          {dissociation ? (
            <>
              <span className="latest-value">{dissociationText(dissociation.value)}</span>
              <span className="latest-at">{clock(dissociation.at)}</span>
            </>
          ) : (
            <span className="latest-none">none yet</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
