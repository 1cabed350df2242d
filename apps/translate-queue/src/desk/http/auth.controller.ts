import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserSummary, summarizeUser } from '../people/desk-user';
import { LogInUseCase, LoggedIn, readLogIn } from '../people/log-in/log-in.use-case';
import { ApiProblems, DESK_TOKEN } from './api-docs';
import { DeskAuthGuard, DeskRequest } from './desk-auth.guard';

@ApiTags('desk: sign-in')
@Controller('v1/auth')
export class AuthController {
  constructor(@Inject(LogInUseCase) private readonly logIn: LogInUseCase) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a bearer token for every other desk call, and when it expires' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['username', 'password'],
      properties: { username: { type: 'string' }, password: { type: 'string', format: 'password' } },
    },
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['token', 'expiresAt'],
      properties: {
        token: { type: 'string' },
        expiresAt: { type: 'string', format: 'date-time' },
        user: { type: 'object' },
      },
    },
  })
  @ApiProblems([400, 'Not {username, password}.'], [401, 'Wrong username or password, or a disabled account.'])
  login(@Body() body: unknown): Promise<LoggedIn> {
    return this.logIn.execute(readLogIn(body));
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(DeskAuthGuard)
  @ApiBearerAuth(DESK_TOKEN)
  @ApiOperation({ summary: 'End this session' })
  @ApiProblems([401, 'No live session.'])
  async logout(@Req() request: DeskRequest): Promise<void> {
    await this.logIn.logOut(request.deskToken!);
  }

  @Get('me')
  @UseGuards(DeskAuthGuard)
  @ApiBearerAuth(DESK_TOKEN)
  @ApiOperation({ summary: 'Who is signed in' })
  @ApiProblems([401, 'No live session.'])
  me(@Req() request: DeskRequest): UserSummary {
    return summarizeUser(request.deskUser!);
  }
}
