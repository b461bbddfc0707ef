import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { OrdersController } from './orders.controller';

@Module({
  imports: [BullModule.registerQueue({ name: 'fulfilment' })],
  controllers: [OrdersController],
  providers: [PrismaService],
})
export class OrdersModule {}
