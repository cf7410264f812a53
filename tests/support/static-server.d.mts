import type { Server } from 'node:http';
export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ origin: string; server: Server }>;
