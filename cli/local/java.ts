// DynamoDB Local is a Java program: `claimwatch run` checks for a new enough Java before it starts anything, so a
// missing runtime is one clear message instead of a server that dies half-way through starting.
import { spawnSync } from 'node:child_process';

/** DynamoDB Local's classes are Java 17 bytecode (class file version 61), so older JVMs cannot load them. */
export const MIN_JAVA_MAJOR = 17;
export const JAVA_HELP =
  `Install a Java runtime >= ${MIN_JAVA_MAJOR} (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless) ` +
  `or put any Java >= ${MIN_JAVA_MAJOR} first on PATH.`;

/** Throws, with how to install Java, unless `java` on PATH is Java MIN_JAVA_MAJOR or newer. */
export function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `DynamoDB Local needs Java, but \`java\` was not found on PATH (${result.error.message}). ${JAVA_HELP}`,
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const major = parseJavaMajor(text);
  if (major === undefined)
    throw new Error(
      `DynamoDB Local needs Java; could not read the version from \`java -version\`:\n${text}\n${JAVA_HELP}`,
    );
  if (major < MIN_JAVA_MAJOR)
    throw new Error(
      `DynamoDB Local needs Java >= ${MIN_JAVA_MAJOR}, but \`java\` on PATH is Java ${major}. ${JAVA_HELP}`,
    );
}

/** `openjdk version "17.0.15"` → 17; `java version "1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
