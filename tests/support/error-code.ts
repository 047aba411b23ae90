// What a service call ended in: 'ok', or the code of the AppError it threw. Other errors fail the test.
import { AppError } from '../../lib/app-error';

export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
