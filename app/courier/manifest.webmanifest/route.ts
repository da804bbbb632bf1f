/** The courier app's web app manifest: installable from /courier, with its own icons. */
export const dynamic = 'force-static';

export function GET() {
  const manifest = {
    name: 'Courier',
    short_name: 'Courier',
    description: 'Your deliveries: route, proof of delivery, location sharing and earnings.',
    id: '/courier',
    start_url: '/courier',
    scope: '/courier',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#0f172a',
    icons: [
      { src: '/courier/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/courier/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/courier/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'public, max-age=3600' },
  });
}
