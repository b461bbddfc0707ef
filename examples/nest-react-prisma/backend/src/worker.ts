import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './orders/worker.module';

// Runs the BullMQ processors without an HTTP server.
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
}

void bootstrap();
