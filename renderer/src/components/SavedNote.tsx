// "Saved": the short confirmation after a successful entry.
export function SavedNote(props: { visible: boolean; text?: string }) {
  return (
    <span role="status" className="saved-note">
      {props.visible ? (props.text ?? 'Saved') : ''}
    </span>
  );
}
