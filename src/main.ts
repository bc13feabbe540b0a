import 'reflect-metadata';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config';
import { CONFIG_HELP } from './config/config-help';
import { createLogger } from './logging';
import { createHttpApp } from './web/configure-app';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n${CONFIG_HELP}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  const app = await createHttpApp(AppModule.forConfig(config), config, logger);
  app.enableShutdownHooks();
  await app.listen(config.port);
  logger.log({ msg: 'athar started', roles: [...config.roles], port: config.port }, 'Bootstrap');
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`athar failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
