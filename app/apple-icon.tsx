import { ImageResponse } from "next/og";

// The home-screen icon (iOS wants a PNG): the same certificate-and-seal drawing as app/icon.svg.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#163e73" }}>
        <div style={{ position: "relative", width: 112, height: 84, display: "flex", flexDirection: "column", gap: 14, padding: "18px 16px", background: "#ffffff", borderRadius: 8 }}>
          <div style={{ width: 78, height: 9, borderRadius: 4, background: "#163e73" }} />
          <div style={{ width: 56, height: 9, borderRadius: 4, background: "#163e73" }} />
          <div style={{ position: "absolute", right: -14, bottom: -30, width: 50, height: 50, borderRadius: 25, background: "#f2b300", border: "8px solid #ffffff" }} />
        </div>
      </div>
    ),
    size,
  );
}
