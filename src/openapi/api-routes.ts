import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/roles.decorator';
import { routeInputs } from '../validation/zod.pipe';
import { API_ROUTE_KEY, type ApiRouteDoc } from '../validation/api-route.decorator';
import type { ApiRouteInfo } from './openapi.builder';

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [''] : Array.isArray(value) ? value : [value]);
const join = (...parts: string[]) =>
  '/' +
  parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter((p) => p !== '')
    .join('/');

/**
 * Every route the application registered under /api, read from Nest's own route metadata (the
 * same that Nest's router reads), with the roles, the validated inputs and the @ApiRoute notes.
 */
export function collectApiRoutes(discovery: DiscoveryService, scanner: MetadataScanner): ApiRouteInfo[] {
  const routes: ApiRouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller || !wrapper.instance) continue;
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
      const meta = <T>(key: string): T | undefined =>
        (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
      for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined)) {
        for (const sub of asList(paths)) {
          const path = join(base, sub);
          if (path !== '/api' && !path.startsWith('/api/')) continue;
          routes.push({
            path,
            method,
            roles: meta<string[]>(ROLES_KEY) ?? [],
            isPublic: meta<boolean>(PUBLIC_KEY) === true,
            httpCode: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined,
            inputs: routeInputs(prototype, name),
            doc: meta<ApiRouteDoc>(API_ROUTE_KEY),
            handler: `${controller.name}.${name}`,
          });
        }
      }
    }
  }
  return routes;
}
