import { Controller, Get, Header } from '@nestjs/common';
import { asyncApiDocument } from '@news/contracts';

/** The topics' AsyncAPI 3 document, generated from the contract (docs/asyncapi.json is the same document). */
@Controller()
export class AsyncApiController {
  private readonly document = JSON.stringify(asyncApiDocument());

  @Get('asyncapi.json')
  @Header('content-type', 'application/json; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  read(): string {
    return this.document;
  }
}
