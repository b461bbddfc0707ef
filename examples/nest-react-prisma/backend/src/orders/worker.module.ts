import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { FulfilmentProcessor } from './fulfilment.processor';

@Module({
  imports: [
    BullModule.forRoot({ connection: { url: process.env.REDIS_URL } }),
    BullModule.registerQueue({ name: 'fulfilment' }),
  ],
  providers: [PrismaService, FulfilmentProcessor],
})
export class WorkerModule {}
