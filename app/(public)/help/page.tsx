import type { Metadata } from "next";
import Link from "next/link";
import { getBranding } from "@/lib/platform/config/branding";
import { glossary } from "./glossary";

export const metadata: Metadata = { title: "Help and glossary" };

/** The questions people ask the help desk most, answered where they can be, and the words on a certificate. */
export default function HelpPage() {
  const { agencyName, supportPhone } = getBranding();
  const faq = [
    {
      question: "I think I already have an account or a record. How do I find it?",
      answer: (
        <>
          Start at <Link href="/register">Register</Link>: search with your name, the last four digits of your Social Security number and
          your date of birth. If we find you, choose &ldquo;This is me!&rdquo;. Only one account per person is allowed, so please do not create a
          second one.
        </>
      ),
    },
    {
      question: "I forgot my username or password.",
      answer: (
        <>
          Use <Link href="/forgot-username">Forgot username</Link> or <Link href="/forgot-password">Forgot password</Link>. We email the
          address on your account. If you no longer have that address, use the{" "}
          <Link href="/support?topic=lost_email_access">online support form</Link>.
        </>
      ),
    },
    {
      question: "My name has changed.",
      answer: <>Sign in and request a name change from your profile. You can follow it under My requests.</>,
    },
    {
      question: "How can a school check my certificate?",
      answer: (
        <>
          Anyone can use the <Link href="/search">public search</Link>. Your own public page is linked from your profile, and its printout
          carries a link back to it.
        </>
      ),
    },
    {
      question: "When will I be reminded to renew?",
      answer: <>We email you 90, 30 and 7 days before each certificate expires. You can choose which emails you get on your profile.</>,
    },
  ];
  return (
    <article className="max-w-prose space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">Help and glossary</h1>
      <section aria-labelledby="faq-heading" className="space-y-4">
        <h2 id="faq-heading" className="text-2xl font-bold">
          Common questions
        </h2>
        {faq.map(({ question, answer }) => (
          <div key={question} className="space-y-1">
            <h3 className="text-lg font-semibold">{question}</h3>
            <p>{answer}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="glossary-heading" className="space-y-4">
        <h2 id="glossary-heading" className="text-2xl font-bold">
          Glossary
        </h2>
        <dl className="space-y-3">
          {glossary.map(({ term, id, meaning }) => (
            <div key={id} id={id}>
              <dt className="font-semibold">{term}</dt>
              <dd className="ml-0">{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="contact-heading" className="space-y-2">
        <h2 id="contact-heading" className="text-2xl font-bold">
          Still stuck?
        </h2>
        <p>
          Use the <Link href="/support">online support form</Link> or call the {agencyName} at{" "}
          <a href={`tel:+1${supportPhone.replace(/\D/g, "")}`}>{supportPhone}</a>.
        </p>
      </section>
    </article>
  );
}
