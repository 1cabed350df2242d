import { IntakeError } from './intake-error';

/** The IntakeError a call throws; fails the test when it throws nothing or something else. */
export function refusalOf(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected an IntakeError');
}
