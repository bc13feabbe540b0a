import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/roles.decorator';

const TYPES: Record<string, string> = { 'app.css': 'text/css; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8', 'favicon.svg': 'image/svg+xml' };
const cache = new Map<string, Buffer>();

/** The dashboard's own stylesheet and script: served from here, never from a CDN. */
@Controller('assets')
@Public()
export class AssetsController {
  @Get(':name')
  @Header('Cache-Control', 'public, max-age=300')
  get(@Param('name') name: string, @Res() res: Response): void {
    const type = TYPES[name];
    if (!type) throw new NotFoundException();
    send(res, name, type);
  }
}

function send(res: Response, name: string, type: string): void {
  if (!cache.has(name)) cache.set(name, readFileSync(join(__dirname, 'assets', name)));
  res.type(type).send(cache.get(name));
}

/** Browsers ask for /favicon.ico on their own: the same icon, as SVG. */
@Controller()
@Public()
export class FaviconController {
  @Get('favicon.ico')
  @Header('Cache-Control', 'public, max-age=86400')
  get(@Res() res: Response): void {
    send(res, 'favicon.svg', TYPES['favicon.svg']);
  }
}
