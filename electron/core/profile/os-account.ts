import os from 'node:os';

export interface OsAccount {
  /** Numeric uid on POSIX; -1 on Windows, where the name identifies the account. */
  uid: number;
  username: string;
  /** The value stored in every row's user_id. Only core sets it; no caller can choose it. */
  userId: string;
}

export function currentOsAccount(): OsAccount {
  const info = os.userInfo();
  return { uid: info.uid, username: info.username, userId: info.username };
}
