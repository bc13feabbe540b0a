import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionService } from '../web/session.service';
import { AccessGuard } from './access.guard';
import { AuthService } from './auth.service';

@Module({ imports: [AuditModule], providers: [AuthService, SessionService, AccessGuard], exports: [AuthService, SessionService, AccessGuard] })
export class AuthModule {}
