import type { Branding } from "@/lib/platform/config/branding";

/** The department's two-line word mark, as on the guide's screens; text, so it scales and reads aloud. */
export function AgencyLogo({ branding }: { branding: Branding }) {
  return (
    <span className="flex flex-col leading-none">
      <span className="text-sm font-semibold tracking-wide sm:text-base">{branding.logoTop}</span>
      <span className="text-2xl font-black tracking-[0.2em] sm:text-3xl">{branding.logoBottom}</span>
    </span>
  );
}
