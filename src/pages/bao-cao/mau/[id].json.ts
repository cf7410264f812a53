/**
 * One file per report template (`/bao-cao/mau/dang-vien.json`): the form page carries only the templates'
 * names, and the island fetches the data of the one the member opens, so a first visit does not pay for
 * the other six.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getReportTemplates } from '~/lib/content';

export const getStaticPaths = (async () =>
  (await getReportTemplates()).map((template) => ({
    params: { id: template.id },
    props: { template },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.template), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
