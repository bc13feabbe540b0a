#!/usr/bin/env node
import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AuditModule } from './audit/audit.module';
import { CLI_ACTOR } from './audit/audit.service';
import { AuthModule } from './auth/auth.module';
import { AuthService, UserInputError } from './auth/auth.service';
import { AppConfig, ConfigError, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { createLogger } from './logging';
import { StoreModule } from './store/store.module';

const USAGE = `Usage: athar <command> [options]

Commands:
  users add --email <email> --name <name> --role <role> [--role <role> ...]
        Create a user. Roles: admin, operator, reviewer, researcher.
  users list
        List users and their roles.
  tokens create --email <email> [--name <label>]
        Issue an API token for a user. The token is printed once and never stored.
  tokens list --email <email>
        List a user's tokens (prefix, created, last used, revoked).
  tokens revoke --id <token id>
        Revoke a token at once.

The command reads MONGODB_URI and REDIS_URL like the server does.`;

class UsageError extends Error {}

@Module({})
class CliModule {
  static forConfig(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(config), StoreModule, AuditModule, AuthModule] };
  }
}

type Out = (line: string) => void;

/** `out` gets the command's result (a token, a list); `note` gets remarks meant for a person, not a pipe. */
export async function runCli(argv: string[], config: AppConfig, out: Out, note: Out = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  const [group, action, ...rest] = argv;
  const command = `${group ?? ''} ${action ?? ''}`.trim();
  if (!group || group === 'help' || group === '--help' || group === '-h') {
    out(USAGE);
    return;
  }
  const known = ['users add', 'users list', 'tokens create', 'tokens list', 'tokens revoke'];
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}"`);

  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      id: { type: 'string' },
    },
    strict: true,
  });
  const need = (key: 'email' | 'name' | 'id'): string => {
    const value = values[key];
    if (!value) throw new UsageError(`${command} needs --${key}`);
    return value;
  };

  const app = await NestFactory.createApplicationContext(CliModule.forConfig(config), { logger: createLogger({ log: { level: 'warn', format: 'text' } }) });
  try {
    const auth = app.get(AuthService);
    switch (command) {
      case 'users add': {
        const roles = (values.role ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
        const user = await auth.addUser(CLI_ACTOR, { email: need('email'), name: need('name'), roles });
        out(`created user ${user.email} (${user.roles.join(', ')}) with id ${user.id}`);
        break;
      }
      case 'users list':
        for (const u of await auth.listUsers()) out(`${u.id}  ${u.email}  ${u.roles.join(',')}${u.disabled ? '  (disabled)' : ''}`);
        break;
      case 'tokens create': {
        const { token, record } = await auth.createToken(CLI_ACTOR, need('email'), values.name ?? 'cli');
        out(token);
        note(`token "${record.name}" (id ${record.id}) created; it is shown only this once.`);
        break;
      }
      case 'tokens list':
        for (const t of await auth.listTokens(need('email'))) {
          out(`${t.id}  ${t.prefix}…  ${t.name}  created ${t.createdAt.toISOString()}  last used ${t.lastUsedAt?.toISOString() ?? 'never'}${t.revokedAt ? `  revoked ${t.revokedAt.toISOString()}` : ''}`);
        }
        break;
      case 'tokens revoke': {
        const t = await auth.revokeToken(CLI_ACTOR, need('id'));
        out(`revoked token ${t.id} (${t.name})`);
        break;
      }
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  try {
    await runCli(process.argv.slice(2), loadConfig(), (line) => process.stdout.write(`${line}\n`));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`athar: ${err.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    if (err instanceof ConfigError || err instanceof UserInputError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`athar: ${(err as Error).message}\n`);
      process.exit((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1);
    }
    throw err;
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`athar: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
