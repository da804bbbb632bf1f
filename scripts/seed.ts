import { prepareDatabase } from './database';

// `npm run db:seed`: migrate, then add the demo platform admin and organizations (idempotent).
const { server } = await prepareDatabase();
const { seedDemoData } = await import('../db/seed/seed');
await seedDemoData();
const { db } = await import('../db/client');
await db.$client.end();
await server?.stop();
