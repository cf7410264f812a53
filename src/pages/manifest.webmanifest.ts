import type { APIRoute } from 'astro';
import { siteConfig } from '~/site.config';
import { BRAND_COLOUR, PAPER_COLOUR } from '~/lib/theme';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${siteConfig.siteName}: ${siteConfig.campaignName}`,
      short_name: siteConfig.siteName,
      description: `Hướng dẫn và công cụ soạn báo cáo tự rà soát trong đợt sinh hoạt “${siteConfig.campaignName}”.`,
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: PAPER_COLOUR,
      theme_color: BRAND_COLOUR,
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
