import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApiTokenGuard } from './api-token.guard';
import { AuthService } from './auth.service';

@Module({ imports: [AuditModule], providers: [AuthService, ApiTokenGuard], exports: [AuthService, ApiTokenGuard] })
export class AuthModule {}
