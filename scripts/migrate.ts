import { prepareDatabase } from './database';

const { server } = await prepareDatabase();
await server?.stop();
