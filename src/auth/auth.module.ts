import { Module } from '@nestjs/common';
import { PasswordResetService } from './password-reset.service';
import { AuditModule } from '../audit/audit.module';
import { SessionService } from './session.service';
import { AccessGuard } from './access.guard';
import { AuthService } from './auth.service';

@Module({
  imports: [AuditModule],
  providers: [AuthService, SessionService, AccessGuard, PasswordResetService],
  exports: [AuthService, SessionService, AccessGuard, PasswordResetService],
})
export class AuthModule {}
