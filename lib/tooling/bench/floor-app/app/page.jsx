// The home page's twin: a dynamic page (the layout reads the nonce) that asks the database nothing,
// as the portal's home page asks nothing of it for a visitor who is not signed in.
export default function HomePage() {
  return (
    <main>
      <h1>Home</h1>
      <p>No query.</p>
    </main>
  );
}
