// Its own configuration, so Next does not pick up the portal's from the parent folders. Like the
// portal's next.config.ts, no X-Powered-By header.
const nextConfig = { poweredByHeader: false };

export default nextConfig;
