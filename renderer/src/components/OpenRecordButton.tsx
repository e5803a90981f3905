// "Open record" in a row of a records list; the row itself also opens it, so the click stops here.
export function OpenRecordButton(props: { label: string; onOpen: () => void }) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={props.label}
      onClick={(e) => {
        e.stopPropagation();
        props.onOpen();
      }}
    >
      Open record
    </button>
  );
}
