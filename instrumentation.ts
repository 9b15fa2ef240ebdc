/** Opens the database at start (migrations, demo seed) and runs the 经办 scheduler and SMS retries. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseDemoStaffOutsideDemo, seedDemoDataOnOpen } = await import('./lib/demo/start-up');
  seedDemoDataOnOpen();
  await refuseDemoStaffOutsideDemo();
  const { startBackgroundJobs } = await import('./lib/server/background');
  await startBackgroundJobs();
}
