import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { AppConfig } from './config/config';

const LEVELS: Record<AppConfig['log']['level'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Structured logs. Log ids and counts, never post text or personal data: at info level nothing
 * collected from a source may appear in a log line.
 */
export function createLogger(config: Pick<AppConfig, 'log'>): ConsoleLogger {
  return new ConsoleLogger({ json: config.log.format === 'json', logLevels: LEVELS[config.log.level], colors: false });
}
