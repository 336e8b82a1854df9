/** Microsoft's four-square logo for "sign in with Microsoft" buttons (decorative: the button's text names it). */
export function MicrosoftLogo() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 21 21">
      <rect x="1" y="1" width="9" height="9" fill="#f25022" />
      <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
      <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
      <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
    </svg>
  );
}
