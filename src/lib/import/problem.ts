/** A reason one input cannot be imported; the CLI prints it after the file's name and goes on. */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
}
