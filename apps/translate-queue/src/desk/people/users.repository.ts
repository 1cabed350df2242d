import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows, tableIn } from '../sql';
import { DeskRole } from './desk-roles';
import { DeskUser } from './desk-user';

interface UserRow {
  id: string;
  username: string;
  role: DeskRole;
  display_name: string;
  password_hash: string;
  disabled: boolean;
  created_at: Date;
}

const USER_COLUMNS = 'u.id, u.username, u.role, u.display_name, u.password_hash, u.disabled, u.created_at';

function toUser(row: UserRow): DeskUser {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    disabled: row.disabled,
    createdAt: row.created_at,
  };
}

/** desk_users and desk_sessions, nothing more: the rules are in the use cases. */
@Injectable()
export class UsersRepository {
  private readonly users: string;
  private readonly sessions: string;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.users = tableIn(dataSource, 'desk_users');
    this.sessions = tableIn(dataSource, 'desk_sessions');
  }

  /** null when the username is taken. */
  async insert(user: Omit<DeskUser, 'id' | 'createdAt' | 'disabled'>): Promise<DeskUser | null> {
    const rows = await this.dataSource.query<UserRow[]>(
      `INSERT INTO ${this.users} AS u (username, role, display_name, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [user.username, user.role, user.displayName, user.passwordHash],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findByUsername(username: string): Promise<DeskUser | null> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${this.users} u WHERE u.username = $1`,
      [username],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findByIds(ids: string[]): Promise<Map<string, DeskUser>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${this.users} u WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, toUser(row)]));
  }

  async list(): Promise<DeskUser[]> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${this.users} u ORDER BY u.username`,
    );
    return rows.map(toUser);
  }

  /** The updated user; null when no user has that name. */
  async update(
    username: string,
    changes: Partial<Pick<DeskUser, 'disabled' | 'passwordHash' | 'displayName' | 'role'>>,
  ): Promise<DeskUser | null> {
    const result = await this.dataSource.query<unknown>(
      `UPDATE ${this.users} u SET
         disabled = coalesce($2, u.disabled),
         password_hash = coalesce($3, u.password_hash),
         display_name = coalesce($4, u.display_name),
         role = coalesce($5, u.role)
       WHERE u.username = $1 RETURNING ${USER_COLUMNS}`,
      [
        username,
        changes.disabled ?? null,
        changes.passwordHash ?? null,
        changes.displayName ?? null,
        changes.role ?? null,
      ],
    );
    const [row] = returnedRows<UserRow>(result);
    return row ? toUser(row) : null;
  }

  async createSession(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(`INSERT INTO ${this.sessions} (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [
      tokenHash,
      userId,
      expiresAt,
    ]);
  }

  /** The enabled user a live session belongs to. */
  async findSessionUser(tokenHash: string, now: Date): Promise<DeskUser | null> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${this.sessions} s JOIN ${this.users} u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
      [tokenHash, now],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.sessions} WHERE token_hash = $1`, [tokenHash]);
  }

  async deleteSessionsOf(userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.sessions} WHERE user_id = $1`, [userId]);
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.sessions} WHERE expires_at <= $1`, [now]);
  }
}
