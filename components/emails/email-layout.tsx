import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { getBranding } from "@/lib/platform/config/branding";

/**
 * Every email's frame: the agency's two-line logo text, the message, and the guide's support lines.
 * Inline styles only (mail clients ignore stylesheets); colours keep 4.5:1 contrast on white.
 * `preview` is the line inboxes show next to the subject.
 */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  const branding = getBranding();
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f6f8", fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2933", margin: 0 }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", backgroundColor: "#ffffff", padding: "24px" }}>
          <Section style={{ borderBottom: "4px solid #0b3d6b", paddingBottom: "12px" }}>
            <Text style={{ margin: 0, fontSize: "14px", color: "#0b3d6b" }}>{branding.logoTop}</Text>
            <Text style={{ margin: 0, fontSize: "22px", fontWeight: "bold", letterSpacing: "2px", color: "#0b3d6b" }}>
              {branding.logoBottom}
            </Text>
          </Section>
          <Section style={{ padding: "16px 0", fontSize: "16px", lineHeight: "24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#d5dbe1" }} />
          <Section style={{ fontSize: "13px", lineHeight: "20px", color: "#4a5560" }}>
            <Text style={{ margin: "4px 0" }}>
              For technical support, contact{" "}
              <Link href={`mailto:${branding.technicalSupportEmail}`}>{branding.technicalSupportEmail}</Link>
            </Text>
            <Text style={{ margin: "4px 0" }}>
              For policy related questions, contact <Link href={`mailto:${branding.policyEmail}`}>{branding.policyEmail}</Link>
            </Text>
            <Text style={{ margin: "4px 0" }}>
              {branding.portalName} · {branding.supportPhone}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** Body copy in the layout's type size (react-email's Text defaults to 14px). */
export const paragraph = { fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" } as const;
