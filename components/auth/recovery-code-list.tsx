/** The ten recovery codes, shown once right after they were made (MFA-4). */
export function RecoveryCodeList({ codes, doneHref = "/profile#two-step" }: { codes: string[]; doneHref?: string }) {
  return (
    <div role="status" className="space-y-3 border-l-4 border-green-800 bg-white p-4">
      <h4 className="text-lg font-bold">Save your recovery codes</h4>
      <p>Each code signs you in once if you cannot use your passkey or authenticator app. Keep them somewhere safe: they will not be shown again.</p>
      <ul aria-label="Recovery codes" className="grid max-w-sm grid-cols-2 gap-2 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p>
        <a href={doneHref}>I have saved my recovery codes</a>
      </p>
    </div>
  );
}
